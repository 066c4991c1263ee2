"""Who gets what from every URL: the permission table.

Every URL pattern in the URL configuration (ours, allauth's, Wagtail's) has a row here, or is one of Wagtail's
own admin URLs covered by the rule at the bottom; a new URL without a row fails `test_every_url_has_a_row`.
Each row says what a request answers for (anonymous, participant A, participant B, trainer, officer).

The world (tests/sinergi/permissions.py): participants A and B are both enrolled in one course, each with a
submitted quiz attempt, a certificate, an H5P result and workshop registrations; A also has an attempt still
open. URLs with an object id are filled with A's object, so the B column says what another participant gets
from A's attempt or certificate: the promise that a participant never sees another's. The trainer did not
write the course; the officer holds the officers' group.

Outcomes: 200, 400, 403, 404, 405; LOGIN = 302 to the site's login, ADMIN_LOGIN = 302 to the admin's login,
ADMIN_DENIED = Wagtail's "no permission" (302 to the admin dashboard), REDIRECT = 302 elsewhere, MOVED = 301.
Every request is rolled back, so one role's POST never changes what the next role sees.
"""

import shutil

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.test import Client, override_settings
from django.urls import reverse

from .permissions import (
    ADMIN_DENIED,
    ADMIN_LOGIN,
    BAD_REQUEST,
    DENIED,
    FORBIDDEN,
    LOGIN,
    MOVED,
    NOT_ALLOWED,
    NOT_FOUND,
    OK,
    REDIRECT,
    ROLES,
    UNAUTHORIZED,
    Url,
    build_world,
    kwargs_for,
    page,
    redirect_to,
    same,
    sample_url,
    walk_urls,
)

TO_QUIZ = redirect_to("/kuis/")  # the quiz's intro page
TO_ATTEMPT = redirect_to("/kuis/percobaan/")  # a question or the result of one's own attempt
TO_LEARNING = redirect_to("/belajar/")
TO_HOME = redirect_to("/")


def admin(name, trainer, officer, *, post=None, **kwargs) -> Url:
    """A URL inside the Wagtail admin: visitors and participants are sent to the admin's login page."""
    turned_away = (ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN)
    return Url(
        name,
        GET=None if trainer is None else (*turned_away, trainer, officer),
        POST=None if post is None else (*turned_away, *post),
        **kwargs,
    )


def snippet(name, trainer, officer, **kwargs) -> Url:
    """One of our snippets' admin views (wagtailsnippets_<app>_<model>:<view>)."""
    return admin(f"wagtailsnippets_{name}", trainer, officer, **kwargs)


def chooser(name, trainer, officer, **kwargs) -> Url:
    """One of our snippets' chooser views (wagtailsnippetchoosers_<app>_<model>:<view>)."""
    return admin(f"wagtailsnippetchoosers_{name}", trainer, officer, **kwargs)


# What goes in a URL: by URL name prefix and keyword (the longest prefix wins), then by keyword alone. A string
# names a value of the world (tests/sinergi/permissions.py) if it has one, else stands for itself.
KWARGS = {
    ("quizzes:result", "attempt_id"): "attempt_a",
    ("quizzes:", "attempt_id"): "open_attempt_a",
    ("quizzes:", "pk"): "quiz",
    ("workshops", "pk"): "workshop",
    ("certificates:", "pk"): "certificate_a",
    ("certificates:", "code"): "certificate_code_a",
    ("certificates_admin:", "pk"): "certificate_a",
    ("reports:participant", "pk"): "user_a",
    ("wagtailadmin_pages:", "page_id"): "module",
    ("wagtailusers_groups:", "pk"): "trainer_group",
    ("wagtailusers_users:", "pk"): "user_a",
    (None, "token"): "h5p_token_a",
    (None, "path"): "h5p.json",  # a file of the package
    (None, "code"): "check_in_code",
    (None, "position"): 1,
    (None, "course_id"): "course",
    (None, "module_id"): "module",
    (None, "activity_id"): "activity",
    (None, "session_id"): "session",
    (None, "quiz_id"): "quiz",
    (None, "table"): "kecamatan",  # the dashboard table's slug
    (None, "parent_page_id"): "course",
    (None, "pk"): "module",
}

# Our snippets' objects, for their listings' and choosers' URLs.
SNIPPETS = {
    "people_profile": "profile_a",
    "people_accountdeletionrequest": "deletion_request",
    "people_institution": "institution_a",
    "people_kecamatan": "kecamatan_a",
    "h5p_h5presult": "h5p_result_a",
    "h5p_h5pactivity": "activity",
    "quizzes_quiz": "quiz",
    "quizzes_question": "question",
    "quizzes_questionbank": "question_bank",
    "certificates_certificatetemplate": "certificate_template",
}
for _model, _value in SNIPPETS.items():
    KWARGS[(f"wagtailsnippets_{_model}:", "pk")] = _value
    KWARGS[(f"wagtailsnippetchoosers_{_model}:", "pk")] = _value
# Reviewed snippets: their revisions and workflow views act on the quiz and question a trainer submitted.
for _model in ("quiz", "question"):
    for _view in ("revisions", "workflow", "collect_workflow", "confirm_workflow"):
        KWARGS[(f"wagtailsnippets_quizzes_{_model}:{_view}", "pk")] = f"{_model}_in_review"
    KWARGS[(f"wagtailsnippets_quizzes_{_model}:", "revision_id")] = f"{_model}_revision"
    KWARGS[(f"wagtailsnippets_quizzes_{_model}:", "task_state_id")] = f"{_model}_task_state"
    KWARGS[(f"wagtailsnippets_quizzes_{_model}:", "workflow_state_id")] = f"{_model}_workflow_state"
    KWARGS[(f"wagtailsnippets_quizzes_{_model}:", "action_name")] = "approve"
    KWARGS[(f"wagtailsnippets_quizzes_{_model}:", "revision_id_a")] = "live"
    KWARGS[(f"wagtailsnippets_quizzes_{_model}:", "revision_id_b")] = "latest"

# fmt: off
TABLE = [
    # The site: pages served by Wagtail, one row per page type -------------------------------------------------
    #    page type                     anonymous    A       B       trainer  officer
    page("sinergi.HomePage",           GET=same(OK)),
    page("courses.CourseIndexPage",    GET=same(OK)),
    page("courses.CoursePage",         GET=same(OK)),
    # A module: enrolled participants read it; trainers and officers check it; a visitor is sent to the course.
    page("courses.ModulePage",         GET=(redirect_to("/kursus/"), OK, OK, OK, OK)),
    page("workshops.WorkshopIndexPage", GET=same(OK)),
    page("workshops.WorkshopPage",     GET=same(OK)),
    Url("wagtail_serve",               path="/halaman-yang-tidak-ada/", GET=same(NOT_FOUND)),  # no such page
    Url("sitemap",                     GET=same(OK)),
    Url("javascript-catalog",          GET=same(OK)),
    Url("service_worker",              GET=same(OK), POST=same(NOT_ALLOWED)),
    Url("web_manifest",                GET=same(OK), POST=same(NOT_ALLOWED)),
    Url("offline",                     GET=same(OK), POST=same(NOT_ALLOWED)),  # names nobody
    Url("set_language",                POST=same(REDIRECT)),
    Url("wagtailcore_login",           GET=same(OK)),
    Url("wagtailcore_authenticate_with_password", kwargs={"page_view_restriction_id": 999999, "page_id": "module"},
        GET=same(NOT_FOUND)),
    Url("wagtaildocs_serve",           args=(999999, "x.pdf"), GET=same(NOT_FOUND)),
    Url("wagtaildocs_authenticate_with_password", kwargs={"restriction_id": 999999}, GET=same(NOT_FOUND)),

    # people --------------------------------------------------------------------------------------------------
    #    URL name                      anonymous    A            B            trainer      officer
    Url("people:profile",
        GET=                          (LOGIN,       OK,          OK,          OK,          OK),
        POST=                         (LOGIN,       OK,          OK,          OK,          OK)),  # empty: form errors
    Url("people:privacy",          GET=same(OK)),
    Url("people:export_data",  # each their own data, as JSON
        GET=                          (LOGIN,       OK,          OK,          OK,          OK),
        POST=same(NOT_ALLOWED)),
    Url("people:delete_account",
        GET=                          (LOGIN,       OK,          OK,          OK,          OK),
        POST=                         (LOGIN,       OK,          OK,          OK,          OK)),  # empty: asks again
    Url("people:cancel_deletion",
        GET=same(NOT_ALLOWED),
        POST=                         (LOGIN,       REDIRECT,    REDIRECT,    REDIRECT,    REDIRECT)),

    # h5p: the player and its files are authorised by the signed play token in the URL (no cookies reach the
    # sandboxed frame), so the token, not the session, is the credential. Results and states are the session's.
    Url("h5p:player",                 GET=same(OK)),
    Url("h5p:file",                   GET=same(OK)),
    Url("h5p:result",                 data="statement",
        GET=same(NOT_ALLOWED),
        POST=                         (FORBIDDEN,   OK,          OK,          FORBIDDEN,   FORBIDDEN)),
    Url("h5p:state",                  data="state",
        GET=same(NOT_ALLOWED),
        POST=                         (FORBIDDEN,   OK,          OK,          FORBIDDEN,   FORBIDDEN)),

    # quizzes: attempts are A's --------------------------------------------------------------------------------
    Url("quizzes:intro",
        GET=                          (LOGIN,       OK,          OK,          OK,          OK)),
    Url("quizzes:start",
        GET=                          (LOGIN,       TO_QUIZ,     TO_QUIZ,     TO_QUIZ,     TO_QUIZ),
        POST=                         (LOGIN,       TO_ATTEMPT,  TO_ATTEMPT,  TO_ATTEMPT,  TO_ATTEMPT)),
    Url("quizzes:question",           data="answer_a",
        GET=                          (LOGIN,       OK,          NOT_FOUND,   NOT_FOUND,   NOT_FOUND),
        POST=                         (LOGIN,       TO_ATTEMPT,  NOT_FOUND,   NOT_FOUND,   NOT_FOUND)),
    Url("quizzes:save",               data="answer_a",
        GET=same(NOT_ALLOWED),
        POST=                         (LOGIN,       OK,          NOT_FOUND,   NOT_FOUND,   NOT_FOUND)),
    Url("quizzes:submit",
        GET=same(NOT_ALLOWED),
        POST=                         (LOGIN,       OK,          NOT_FOUND,   NOT_FOUND,   NOT_FOUND)),
    Url("quizzes:finish",
        GET=                          (LOGIN,       OK,          NOT_FOUND,   NOT_FOUND,   NOT_FOUND),
        POST=                         (LOGIN,       TO_ATTEMPT,  NOT_FOUND,   NOT_FOUND,   NOT_FOUND)),
    Url("quizzes:result",
        GET=                          (LOGIN,       OK,          NOT_FOUND,   NOT_FOUND,   NOT_FOUND)),

    # courses --------------------------------------------------------------------------------------------------
    Url("courses:my_learning",
        GET=                          (LOGIN,       OK,          OK,          OK,          OK)),
    Url("courses:search",             GET=same(OK)),
    Url("courses:onward",
        GET=                          (LOGIN,       REDIRECT,    REDIRECT,    REDIRECT,    REDIRECT)),
    Url("courses:enrol",
        GET=                          (LOGIN,       OK,          OK,          OK,          OK),
        POST=                         (LOGIN,       REDIRECT,    REDIRECT,    REDIRECT,    REDIRECT)),
    Url("courses:module",             GET=same(MOVED)),  # old lesson links: the page itself decides
    Url("courses:offline_pages",  # what "available offline" stores: only for the course's own participants
        GET=                          (LOGIN,       OK,          OK,          FORBIDDEN,   FORBIDDEN),
        POST=same(NOT_ALLOWED)),
    Url("courses:complete",
        GET=same(NOT_ALLOWED),
        POST=                         (LOGIN,       REDIRECT,    REDIRECT,    REDIRECT,    REDIRECT)),

    # workshops: organisers (trainers, officers) run rosters and check-in -------------------------------------
    Url("workshops:mine",
        GET=                          (LOGIN,       OK,          OK,          OK,          OK)),
    Url("workshops:register",
        GET=same(NOT_ALLOWED),
        POST=                         (LOGIN,       REDIRECT,    REDIRECT,    REDIRECT,    REDIRECT)),
    Url("workshops:cancel",
        GET=same(NOT_ALLOWED),
        POST=                         (LOGIN,       REDIRECT,    REDIRECT,    REDIRECT,    REDIRECT)),
    Url("workshops:calendar",         GET=same(OK)),
    Url("workshops:manage",
        GET=                          (LOGIN,       FORBIDDEN,   FORBIDDEN,   FORBIDDEN,   OK)),
    Url("workshops:register_other",   data="register_b",
        GET=same(NOT_ALLOWED),
        POST=                         (FORBIDDEN,   FORBIDDEN,   FORBIDDEN,   FORBIDDEN,   REDIRECT)),
    Url("workshops:roster",
        GET=                          (LOGIN,       FORBIDDEN,   FORBIDDEN,   FORBIDDEN,   OK)),
    Url("workshops:mark",             data="mark_b",
        GET=same(NOT_ALLOWED),
        POST=                         (FORBIDDEN,   FORBIDDEN,   FORBIDDEN,   FORBIDDEN,   REDIRECT)),
    Url("workshops:walk_in",          data="walk_in",
        GET=same(NOT_ALLOWED),
        POST=                         (FORBIDDEN,   FORBIDDEN,   FORBIDDEN,   FORBIDDEN,   REDIRECT)),
    Url("workshops:qr",
        GET=                          (LOGIN,       FORBIDDEN,   FORBIDDEN,   FORBIDDEN,   OK)),
    Url("workshops:qr_code",
        GET=                          (FORBIDDEN,   FORBIDDEN,   FORBIDDEN,   FORBIDDEN,   OK)),
    # Opening the code's URL checks in (the one GET that records something); only the registered get in.
    Url("workshops:check_in",
        GET=                          (LOGIN,       OK,          OK,          BAD_REQUEST, BAD_REQUEST)),

    # certificates: A's certificate -------------------------------------------------------------------------
    Url("certificates:mine",
        GET=                          (LOGIN,       OK,          OK,          OK,          OK)),
    Url("certificates:download",
        GET=                          (LOGIN,       OK,          NOT_FOUND,   NOT_FOUND,   OK),
        POST=                         (LOGIN,       NOT_ALLOWED, NOT_ALLOWED, NOT_ALLOWED, NOT_ALLOWED)),
    Url("certificates:share_image",
        GET=                          (LOGIN,       OK,          NOT_FOUND,   NOT_FOUND,   OK)),
    Url("certificates:verify_form",   GET=same(OK), POST=same(NOT_ALLOWED)),
    Url("certificates:verify",        GET=same(OK), POST=same(NOT_ALLOWED)),  # public by its secret code

    # accounts (allauth) ---------------------------------------------------------------------------------------
    Url("account_login",
        GET=                          (OK,          TO_LEARNING, TO_LEARNING, ADMIN_DENIED, ADMIN_DENIED)),
    Url("account_logout",
        GET=                          (TO_HOME,     OK,          OK,          OK,          OK),
        POST=same(TO_HOME)),
    Url("account_inactive",           GET=same(OK)),
    Url("account_signup",
        GET=                          (OK,          TO_LEARNING, TO_LEARNING, ADMIN_DENIED, ADMIN_DENIED)),
    Url("account_reauthenticate",
        GET=                          (LOGIN,       OK,          OK,          OK,          OK)),
    Url("account_request_reauthentication_code",
        GET=                          (LOGIN,       OK,          OK,          OK,          OK)),
    Url("account_confirm_reauthentication_code",
        GET=                          (LOGIN,       REDIRECT,    REDIRECT,    REDIRECT,    REDIRECT)),
    Url("account_email",
        GET=                          (LOGIN,       OK,          OK,          OK,          OK)),
    Url("account_email_verification_sent", GET=same(OK)),
    Url("account_change_password",
        GET=                          (LOGIN,       OK,          OK,          OK,          OK)),
    Url("account_set_password",
        GET=                          (LOGIN,       REDIRECT,    REDIRECT,    REDIRECT,    REDIRECT)),
    Url("account_reset_password",     GET=same(OK)),
    Url("account_confirm_login_code",
        GET=                          (LOGIN,       TO_LEARNING, TO_LEARNING, ADMIN_DENIED, ADMIN_DENIED)),
    Url("account_confirm_email",      kwargs={"key": "bukan-kunci"}, GET=same(OK)),  # "invalid link" page
    Url("account_reset_password_from_key", kwargs={"uidb36": "zz", "key": "bukan-kunci"}, GET=same(OK)),
    Url("account_reset_password_from_key_done", GET=same(OK)),
    Url("account_reset_password_done", GET=same(OK)),
    Url("socialaccount_login_cancelled", GET=same(OK)),
    Url("socialaccount_login_error",  GET=same(UNAUTHORIZED)),
    Url("socialaccount_signup",       GET=same(LOGIN)),
    Url("socialaccount_connections",
        GET=                          (LOGIN,       OK,          OK,          OK,          OK)),
    # allauth's old addresses move permanently to /akun/3rdparty/.
    Url("akun/social/login/cancelled/", path="/akun/social/login/cancelled/", GET=same(MOVED)),
    Url("akun/social/login/error/",   path="/akun/social/login/error/", GET=same(MOVED)),
    Url("akun/social/signup/",        path="/akun/social/signup/", GET=same(MOVED)),
    Url("akun/social/connections/",   path="/akun/social/connections/", GET=same(MOVED)),
    # Without GOOGLE_CLIENT_ID/SECRET there is no Google sign-in: nothing to find (it used to answer 500).
    Url("google_login",               GET=same(NOT_FOUND)),
    Url("google_callback",            GET=same(NOT_FOUND)),
    Url("google_login_by_token",      POST=same(NOT_FOUND)),

    # Our admin views: reports (officers: the city; trainers: their own courses, here none) --------------------
    #     URL name                                                trainer        officer
    admin("reports:dashboard",                                    OK,            OK),
    admin("reports:participants",                                 OK,            OK),
    admin("reports:participants_results",                         OK,            OK),
    admin("reports:participant",                                  NOT_FOUND,     OK),  # A is in none of the trainer's courses
    admin("reports:table",                                        OK,            OK),
    admin("reports:table_results",                                OK,            OK),
    admin("reports:monthly",                                      OK,            OK),
    # A quiz's attempts name every participant with their scores: only for the course's own trainers.
    admin("quizzes_admin:attempts",                               OK,            OK),
    admin("quizzes_admin:attempts_results",                       OK,            OK),
    admin("quizzes_admin:item_analysis",                          OK,            OK),
    admin("certificates_admin:index",                             ADMIN_DENIED,  OK),
    admin("certificates_admin:index_results",                     ADMIN_DENIED,  OK),
    admin("certificates_admin:inspect",                           ADMIN_DENIED,  OK),
    admin("certificates_admin:history",                           ADMIN_DENIED,  OK),
    admin("certificates_admin:history_results",                   ADMIN_DENIED,  OK),
    admin("certificates_admin:revoke",                            ADMIN_DENIED,  OK, post=(ADMIN_DENIED, OK)),  # empty: asks why
    admin("certificates_admin:reissue",                           ADMIN_DENIED,  OK, post=(ADMIN_DENIED, OK)),
    admin("certificates_admin:retry",                             ADMIN_DENIED,  OK, post=(ADMIN_DENIED, REDIRECT)),  # asks first
    admin("certificates_admin:issue",                             ADMIN_DENIED,  OK, post=(ADMIN_DENIED, OK)),
    admin("certificates_admin:zip_start",                         ADMIN_DENIED,  OK),
    admin("certificates_admin:zip",                               ADMIN_DENIED,  OK),
    admin("certificates_admin:zip_progress",                      ADMIN_DENIED,  OK, kwargs={"token": "x"}),
    admin("workshops_admin:index",                                ADMIN_DENIED,  OK),
    admin("workshops_admin:index_results",                        ADMIN_DENIED,  OK),
    admin("workshops_admin:workshop",                             ADMIN_DENIED,  OK),
    admin("workshops_admin:workshop_results",                     ADMIN_DENIED,  OK),
    # Inviting by list: officers, and trainers for the workshops they may edit (every workshop, by page rights).
    admin("workshops_import",                                     ADMIN_DENIED,  OK),
    admin("workshops_import_template",                            ADMIN_DENIED,  OK),
    admin("workshops_import_preview",                             REDIRECT,      REDIRECT, kwargs={"token": "x"}),
    admin("workshops_import_confirm",                             None,          None, kwargs={"token": "x"},
          post=(REDIRECT, REDIRECT)),
    admin("workshops_import_cancel",                              None,          None, kwargs={"token": "x"},
          post=(REDIRECT, REDIRECT)),
    admin("workshops_import_errors",                              REDIRECT,      REDIRECT, kwargs={"token": "x"}),
    admin("courses_enrol_participants",                           ADMIN_DENIED,  OK, data="enrol_b", post=(ADMIN_DENIED, OK)),
    admin("demo_update_starter_course",                           ADMIN_DENIED,  OK),
]
# fmt: on

# fmt: off
TABLE += [
    # Our snippets and their choosers. Trainers write quizzes, questions and H5P activities; officers look
    # after people, institutions and certificate templates. A chooser shows only what its user may view.
    #       URL name after wagtailsnippets(choosers)_             trainer        officer
    snippet("certificates_certificatetemplate:list",              OK,            OK),
    snippet("certificates_certificatetemplate:list_results",      OK,            OK),
    snippet("certificates_certificatetemplate:add",               ADMIN_DENIED,  OK, post=(ADMIN_DENIED, OK)),
    snippet("certificates_certificatetemplate:edit",              ADMIN_DENIED,  OK, post=(ADMIN_DENIED, OK)),
    snippet("certificates_certificatetemplate:delete",            ADMIN_DENIED,  OK, post=(ADMIN_DENIED, REDIRECT)),
    snippet("certificates_certificatetemplate:usage",             ADMIN_DENIED,  OK),
    snippet("certificates_certificatetemplate:history",           ADMIN_DENIED,  OK),
    snippet("certificates_certificatetemplate:history_results",   ADMIN_DENIED,  OK),
    snippet("certificates_certificatetemplate:copy",              ADMIN_DENIED,  OK),
    snippet("certificates_certificatetemplate:preview_on_add",    ADMIN_DENIED,  OK),
    snippet("certificates_certificatetemplate:preview_on_edit",   ADMIN_DENIED,  OK),
    chooser("certificates_certificatetemplate:choose",            OK,            OK),
    chooser("certificates_certificatetemplate:choose_results",    OK,            OK),
    chooser("certificates_certificatetemplate:chosen",            OK,            OK),
    chooser("certificates_certificatetemplate:chosen_multiple",   OK,            OK),
    chooser("certificates_certificatetemplate:create",            ADMIN_DENIED,  OK),

    snippet("h5p_h5pactivity:list",                               OK,            OK),
    snippet("h5p_h5pactivity:list_results",                       OK,            OK),
    snippet("h5p_h5pactivity:add",                                OK,            OK, post=(OK, OK)),
    snippet("h5p_h5pactivity:edit",                               OK,            OK),
    snippet("h5p_h5pactivity:delete",                             OK,            OK, post=(REDIRECT, REDIRECT)),
    snippet("h5p_h5pactivity:usage",                              OK,            OK),
    snippet("h5p_h5pactivity:history",                            OK,            OK),
    snippet("h5p_h5pactivity:history_results",                    OK,            OK),
    snippet("h5p_h5pactivity:copy",                               OK,            OK),
    chooser("h5p_h5pactivity:choose",                             OK,            OK),
    chooser("h5p_h5pactivity:choose_results",                     OK,            OK),
    chooser("h5p_h5pactivity:chosen",                             OK,            OK),
    chooser("h5p_h5pactivity:chosen_multiple",                    OK,            OK),
    chooser("h5p_h5pactivity:create",                             OK,            OK),
    # Results are what browsers reported: read-only for everyone. The list is for a trainer's own courses
    # only (finding 5, not expressible as a status code); A's result is in none of this trainer's courses.
    snippet("h5p_h5presult:list",                                 OK,            OK),
    snippet("h5p_h5presult:list_results",                         OK,            OK),
    snippet("h5p_h5presult:inspect",                              DENIED,        OK),
    snippet("h5p_h5presult:add",                                  ADMIN_DENIED,  ADMIN_DENIED, post=(ADMIN_DENIED, ADMIN_DENIED)),
    snippet("h5p_h5presult:edit",                                 ADMIN_DENIED,  ADMIN_DENIED, post=(ADMIN_DENIED, ADMIN_DENIED)),
    snippet("h5p_h5presult:delete",                               ADMIN_DENIED,  ADMIN_DENIED, post=(ADMIN_DENIED, ADMIN_DENIED)),
    snippet("h5p_h5presult:usage",                                ADMIN_DENIED,  ADMIN_DENIED),
    snippet("h5p_h5presult:history",                              ADMIN_DENIED,  ADMIN_DENIED),
    snippet("h5p_h5presult:history_results",                      ADMIN_DENIED,  ADMIN_DENIED),
    snippet("h5p_h5presult:copy",                                 ADMIN_DENIED,  ADMIN_DENIED),
    chooser("h5p_h5presult:choose",                               OK,            OK),
    chooser("h5p_h5presult:choose_results",                       OK,            OK),
    chooser("h5p_h5presult:chosen",                               DENIED,        OK),
    chooser("h5p_h5presult:chosen_multiple",                      OK,            OK),
    chooser("h5p_h5presult:create",                               ADMIN_DENIED,  ADMIN_DENIED),

    snippet("quizzes_quiz:list",                                  OK,            OK),
    snippet("quizzes_quiz:list_results",                          OK,            OK),
    snippet("quizzes_quiz:add",                                   OK,            OK, post=(OK, OK)),
    snippet("quizzes_quiz:edit",                                  OK,            OK, post=(OK, OK)),
    snippet("quizzes_quiz:delete",                                ADMIN_DENIED,  OK),
    snippet("quizzes_quiz:usage",                                 OK,            OK),
    snippet("quizzes_quiz:history",                               OK,            OK),
    snippet("quizzes_quiz:history_results",                       OK,            OK),
    snippet("quizzes_quiz:copy",                                  OK,            OK),
    # Review: trainers submit, only officers approve, unpublish, lock or delete.
    snippet("quizzes_quiz:revisions_revert",                   OK,            OK),
    snippet("quizzes_quiz:revisions_compare",                  OK,            OK,
            path="/admin/snippets/quizzes/quiz/history/{quiz_in_review}/revisions/compare/live...latest/"),
    snippet("quizzes_quiz:revisions_unschedule",               ADMIN_DENIED,  OK),
    snippet("quizzes_quiz:unpublish",                          ADMIN_DENIED,  OK),
    snippet("quizzes_quiz:lock",                                  ADMIN_DENIED,  NOT_ALLOWED, post=(ADMIN_DENIED, REDIRECT)),
    snippet("quizzes_quiz:unlock",                                ADMIN_DENIED,  NOT_ALLOWED, post=(ADMIN_DENIED, REDIRECT)),
    snippet("quizzes_quiz:workflow_action",                    DENIED,        OK),
    snippet("quizzes_quiz:collect_workflow_action_data",       DENIED,        OK),
    snippet("quizzes_quiz:confirm_workflow_cancellation",      OK,            OK),
    snippet("quizzes_quiz:workflow_history",                   OK,            OK),
    snippet("quizzes_quiz:workflow_history_detail",            OK,            OK),
    chooser("quizzes_quiz:choose",                                OK,            OK),
    chooser("quizzes_quiz:choose_results",                        OK,            OK),
    chooser("quizzes_quiz:chosen",                                OK,            OK),
    chooser("quizzes_quiz:chosen_multiple",                       OK,            OK),
    chooser("quizzes_quiz:create",                                OK,            OK),
    snippet("quizzes_question:list",                              OK,            OK),
    snippet("quizzes_question:list_results",                      OK,            OK),
    snippet("quizzes_question:add",                               OK,            OK, post=(OK, OK)),
    snippet("quizzes_question:edit",                              OK,            OK, post=(OK, OK)),
    snippet("quizzes_question:delete",                            ADMIN_DENIED,  OK, post=(ADMIN_DENIED, ADMIN_DENIED)),  # in use
    snippet("quizzes_question:usage",                             OK,            OK),
    snippet("quizzes_question:history",                           OK,            OK),
    snippet("quizzes_question:history_results",                   OK,            OK),
    snippet("quizzes_question:copy",                              OK,            OK),
    # Review: trainers submit, only officers approve, unpublish, lock or delete.
    snippet("quizzes_question:revisions_revert",                   OK,            OK),
    snippet("quizzes_question:revisions_compare",                  OK,            OK,
            path="/admin/snippets/quizzes/question/history/{question_in_review}/revisions/compare/live...latest/"),
    snippet("quizzes_question:revisions_unschedule",               ADMIN_DENIED,  OK),
    snippet("quizzes_question:unpublish",                          ADMIN_DENIED,  OK),
    snippet("quizzes_question:lock",                              ADMIN_DENIED,  NOT_ALLOWED, post=(ADMIN_DENIED, REDIRECT)),
    snippet("quizzes_question:unlock",                            ADMIN_DENIED,  NOT_ALLOWED, post=(ADMIN_DENIED, REDIRECT)),
    snippet("quizzes_question:workflow_action",                    DENIED,        OK),
    snippet("quizzes_question:collect_workflow_action_data",       DENIED,        OK),
    snippet("quizzes_question:confirm_workflow_cancellation",      OK,            OK),
    snippet("quizzes_question:workflow_history",                   OK,            OK),
    snippet("quizzes_question:workflow_history_detail",            OK,            OK),
    chooser("quizzes_question:choose",                            OK,            OK),
    chooser("quizzes_question:choose_results",                    OK,            OK),
    chooser("quizzes_question:chosen",                            OK,            OK),
    chooser("quizzes_question:chosen_multiple",                   OK,            OK),
    chooser("quizzes_question:create",                            OK,            OK),
    snippet("quizzes_questionbank:list",                          OK,            OK),
    snippet("quizzes_questionbank:list_results",                  OK,            OK),
    snippet("quizzes_questionbank:add",                           OK,            OK, post=(OK, OK)),
    snippet("quizzes_questionbank:edit",                          OK,            OK, post=(OK, OK)),
    snippet("quizzes_questionbank:delete",                        OK,            OK, post=(ADMIN_DENIED, ADMIN_DENIED)),
    snippet("quizzes_questionbank:usage",                         OK,            OK),
    snippet("quizzes_questionbank:history",                       OK,            OK),
    snippet("quizzes_questionbank:history_results",               OK,            OK),
    snippet("quizzes_questionbank:copy",                          OK,            OK),
    chooser("quizzes_questionbank:choose",                        OK,            OK),
    chooser("quizzes_questionbank:choose_results",                OK,            OK),
    chooser("quizzes_questionbank:chosen",                        OK,            OK),
    chooser("quizzes_questionbank:chosen_multiple",               OK,            OK),
    chooser("quizzes_questionbank:create",                        OK,            OK),

    # Institutions are public (chosen at sign-up); their records are the officers'.
    snippet("people_institution:list",                            ADMIN_DENIED,  OK),
    snippet("people_institution:list_results",                    ADMIN_DENIED,  OK),
    snippet("people_institution:add",                             ADMIN_DENIED,  OK, post=(ADMIN_DENIED, OK)),
    snippet("people_institution:edit",                            ADMIN_DENIED,  OK, post=(ADMIN_DENIED, OK)),
    snippet("people_institution:delete",                          ADMIN_DENIED,  OK, post=(ADMIN_DENIED, ADMIN_DENIED)),
    snippet("people_institution:usage",                           ADMIN_DENIED,  OK),
    snippet("people_institution:history",                         ADMIN_DENIED,  OK),
    snippet("people_institution:history_results",                 ADMIN_DENIED,  OK),
    snippet("people_institution:copy",                            ADMIN_DENIED,  OK),
    snippet("people_institution:merge",                           ADMIN_DENIED,  OK, post=(ADMIN_DENIED, OK)),
    chooser("people_institution:choose",                          OK,            OK),
    chooser("people_institution:choose_results",                  OK,            OK),
    chooser("people_institution:chosen",                          OK,            OK),
    chooser("people_institution:chosen_multiple",                 OK,            OK),
    chooser("people_institution:create",                          ADMIN_DENIED,  OK),
    snippet("people_kecamatan:list",                              ADMIN_DENIED,  OK),
    snippet("people_kecamatan:list_results",                      ADMIN_DENIED,  OK),
    snippet("people_kecamatan:add",                               ADMIN_DENIED,  ADMIN_DENIED),
    snippet("people_kecamatan:edit",                              ADMIN_DENIED,  ADMIN_DENIED, post=(ADMIN_DENIED, ADMIN_DENIED)),
    snippet("people_kecamatan:delete",                            ADMIN_DENIED,  ADMIN_DENIED, post=(ADMIN_DENIED, ADMIN_DENIED)),
    snippet("people_kecamatan:usage",                             ADMIN_DENIED,  ADMIN_DENIED),
    snippet("people_kecamatan:history",                           ADMIN_DENIED,  ADMIN_DENIED),
    snippet("people_kecamatan:history_results",                   ADMIN_DENIED,  ADMIN_DENIED),
    snippet("people_kecamatan:copy",                              ADMIN_DENIED,  ADMIN_DENIED),
    chooser("people_kecamatan:choose",                            OK,            OK),
    chooser("people_kecamatan:choose_results",                    OK,            OK),
    chooser("people_kecamatan:chosen",                            OK,            OK),
    chooser("people_kecamatan:chosen_multiple",                   OK,            OK),
    chooser("people_kecamatan:create",                            ADMIN_DENIED,  ADMIN_DENIED),
    # Participants' profiles (names, WhatsApp numbers, institutions) are the officers' alone.
    snippet("people_profile:list",                                ADMIN_DENIED,  OK),
    snippet("people_profile:list_results",                        ADMIN_DENIED,  OK),
    snippet("people_profile:inspect",                             ADMIN_DENIED,  OK),
    snippet("people_profile:add",                                 ADMIN_DENIED,  ADMIN_DENIED),
    snippet("people_profile:edit",                                ADMIN_DENIED,  OK, post=(ADMIN_DENIED, OK)),
    snippet("people_profile:delete",                              ADMIN_DENIED,  ADMIN_DENIED, post=(ADMIN_DENIED, ADMIN_DENIED)),
    snippet("people_profile:usage",                               ADMIN_DENIED,  OK),
    snippet("people_profile:history",                             ADMIN_DENIED,  OK),
    snippet("people_profile:history_results",                     ADMIN_DENIED,  OK),
    snippet("people_profile:copy",                                ADMIN_DENIED,  ADMIN_DENIED),
    chooser("people_profile:choose",                              ADMIN_DENIED,  OK),
    chooser("people_profile:choose_results",                      ADMIN_DENIED,  OK),
    chooser("people_profile:chosen",                              ADMIN_DENIED,  OK),
    chooser("people_profile:chosen_multiple",                     ADMIN_DENIED,  OK),
    chooser("people_profile:create",                              ADMIN_DENIED,  ADMIN_DENIED),
    # Deletion requests name who is leaving: the officers carry them out; nobody adds or edits them by hand.
    snippet("people_accountdeletionrequest:list",                 ADMIN_DENIED,  OK),
    snippet("people_accountdeletionrequest:list_results",         ADMIN_DENIED,  OK),
    snippet("people_accountdeletionrequest:inspect",              ADMIN_DENIED,  OK),
    snippet("people_accountdeletionrequest:erase",                ADMIN_DENIED,  OK, post=(ADMIN_DENIED, REDIRECT)),
    snippet("people_accountdeletionrequest:add",                  ADMIN_DENIED,  ADMIN_DENIED),
    snippet("people_accountdeletionrequest:edit",                 ADMIN_DENIED,  ADMIN_DENIED, post=(ADMIN_DENIED, ADMIN_DENIED)),
    snippet("people_accountdeletionrequest:delete",               ADMIN_DENIED,  ADMIN_DENIED, post=(ADMIN_DENIED, ADMIN_DENIED)),
    snippet("people_accountdeletionrequest:usage",                ADMIN_DENIED,  ADMIN_DENIED),
    snippet("people_accountdeletionrequest:history",              ADMIN_DENIED,  ADMIN_DENIED),
    snippet("people_accountdeletionrequest:history_results",      ADMIN_DENIED,  ADMIN_DENIED),
    snippet("people_accountdeletionrequest:copy",                 ADMIN_DENIED,  ADMIN_DENIED),
    chooser("people_accountdeletionrequest:choose",               ADMIN_DENIED,  OK),
    chooser("people_accountdeletionrequest:choose_results",       ADMIN_DENIED,  OK),
    chooser("people_accountdeletionrequest:chosen",               ADMIN_DENIED,  OK),
    chooser("people_accountdeletionrequest:chosen_multiple",      ADMIN_DENIED,  OK),
    chooser("people_accountdeletionrequest:create",               ADMIN_DENIED,  ADMIN_DENIED),

    # Wagtail's own admin: a sample with real objects. Every other URL of Wagtail's admin is covered by
    # WAGTAIL_ADMIN_RULE below for visitors and participants; what trainers and officers may do there is
    # Wagtail's permission system, configured by the roles' data migrations.
    admin("wagtailadmin_home",                                    OK,            OK),
    admin("wagtailadmin_explore_root",                            REDIRECT,      OK),
    admin("wagtailadmin_explore",                                 OK,            OK, kwargs={"parent_page_id": "course"}),
    admin("wagtailadmin_pages:edit",                              OK,            OK),
    admin("wagtailadmin_pages:add_subpage",                       REDIRECT,      REDIRECT),  # one type fits
    admin("wagtailadmin_pages:delete",                            ADMIN_DENIED,  OK),
    admin("wagtailadmin_pages:unpublish",                         ADMIN_DENIED,  OK),
    admin("wagtailadmin_pages:set_privacy",                       ADMIN_DENIED,  OK),
    admin("wagtailadmin_pages:history",                           OK,            OK),
    admin("wagtailadmin_pages:revisions_compare",                 OK,            OK,
          path="/admin/pages/{module}/revisions/compare/earliest...latest/"),
    admin("wagtailadmin_pages:search",                            OK,            OK),
    admin("wagtailadmin_api:pages:listing",                       OK,            OK),
    admin("wagtailadmin_reports:site_history",                    OK,            OK),
    admin("wagtailadmin_reports:locked_pages",                    ADMIN_DENIED,  OK),
    admin("wagtailsettings:edit",                                 ADMIN_DENIED,  REDIRECT,
          kwargs={"app_name": "sinergi", "model_name": "helpsettings"}),  # to the site's own settings
    admin("wagtailusers_users:index",                             ADMIN_DENIED,  ADMIN_DENIED),
    admin("wagtailusers_users:edit",                              ADMIN_DENIED,  ADMIN_DENIED),
    admin("wagtailusers_groups:index",                            ADMIN_DENIED,  ADMIN_DENIED),
    admin("wagtailusers_groups:edit",                             ADMIN_DENIED,  ADMIN_DENIED),
    admin("wagtailsites:index",                                   ADMIN_DENIED,  ADMIN_DENIED),
    admin("wagtailredirects:index",                               ADMIN_DENIED,  ADMIN_DENIED),
    admin("wagtailadmin_workflows:index",                         ADMIN_DENIED,  ADMIN_DENIED),
    admin("wagtailadmin_collections:index",                       ADMIN_DENIED,  ADMIN_DENIED),
    admin("wagtaildocs:index",                                    OK,            OK),
    admin("wagtailimages:index",                                  OK,            OK),
    # The admin's own pages that answer before anyone logs in.
    Url("wagtailadmin_login",         GET=(OK, OK, OK, ADMIN_DENIED, ADMIN_DENIED)),
    Url("wagtailadmin_password_reset", GET=same(OK)),
    Url("wagtailadmin_password_reset_done", GET=same(OK)),
    Url("wagtailadmin_password_reset_confirm", kwargs={"uidb64": "zz", "token": "bukan-token"}, GET=same(OK)),
    Url("wagtailadmin_password_reset_complete", GET=same(OK)),
    Url("wagtailadmin_sprite",        GET=same(OK)),
    Url("wagtailadmin_javascript_catalog", GET=same(OK)),
    admin("admin/test404/",                                       OK,            OK, path="/admin/test404/"),
    Url("admin/^.*/$",                path="/admin/tidak-ada/",
        GET=                          (ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, NOT_FOUND,   NOT_FOUND)),
]
# fmt: on

# Wagtail's own admin URLs not in TABLE, by name prefix: visitors and participants are sent to its login.
WAGTAIL_ADMIN_RULE = (
    "wagtailadmin_",
    "wagtail_bulk_action",
    "wagtailimages",
    "wagtaildocs",
    "wagtailusers_",
    "wagtailsites:",
    "wagtailredirects:",
    "wagtailsettings:",
    "wagtailembeds:",
    "wagtailsnippets:",
)
# Page types by the world object of that type.
PAGES = {
    "sinergi.HomePage": "home",
    "courses.CourseIndexPage": "catalogue",
    "courses.CoursePage": "course_obj",
    "courses.ModulePage": "module_obj",
    "workshops.WorkshopIndexPage": "workshop_index_obj",
    "workshops.WorkshopPage": "workshop_obj",
}


# The tests ---------------------------------------------------------------------------------------------------

PATTERNS = {}
for _pattern in walk_urls():
    PATTERNS.setdefault(_pattern.key, _pattern)


def _wagtail_rule_covers(key: str) -> bool:
    return key.startswith(WAGTAIL_ADMIN_RULE)


def test_every_url_has_a_row():
    rows = {row.name for row in TABLE}
    missing = sorted(key for key in PATTERNS if key not in rows and not _wagtail_rule_covers(key))
    assert not missing, "URLs without a row in the permission table:\n" + "\n".join(missing)
    stale = sorted(name for name in rows if name not in PATTERNS and not name.startswith("page:"))
    assert not stale, "Rows for URLs that no longer exist:\n" + "\n".join(stale)


def test_every_page_type_has_a_row():
    from wagtail.models import get_page_models

    types = {model._meta.label for model in get_page_models() if model._meta.label != "wagtailcore.Page"}
    rows = {row.name.removeprefix("page:") for row in TABLE if row.name.startswith("page:")}
    assert types == rows == set(PAGES)


def test_rows_are_unique():
    names = [row.name for row in TABLE]
    assert len(names) == len(set(names))


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    """Built once for the module inside a transaction that is rolled back at the end; each test runs in
    its own savepoint within it."""
    media = tmp_path_factory.mktemp("media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media), transaction.atomic():
        built = build_world()
        built.sessions = {}
        for role in ROLES[1:]:
            client = Client()
            client.force_login(built.user(role))
            built.sessions[role] = client.cookies[settings.SESSION_COOKIE_NAME].value
        yield built
        transaction.set_rollback(True)
    shutil.rmtree(media, ignore_errors=True)


def url_of(row: Url, world) -> str:
    if row.name.startswith("page:"):
        return world.value(PAGES[row.name.removeprefix("page:")]).url
    if row.path:
        return row.path.format(**vars(world))
    pattern = PATTERNS[row.name]
    if row.args:
        return reverse(row.name, args=[world.value(arg) for arg in row.args])
    kwargs = kwargs_for(row.name, pattern, row.kwargs, KWARGS)
    return reverse(row.name, kwargs={key: world.value(value) for key, value in kwargs.items()})


def answer(world, url: str, method: str, role: str, data: str):
    """One request by one role, rolled back afterwards so that nothing it changes reaches the next."""
    cache.clear()  # rate limits, cached sessions and settings start empty
    client = Client()
    if role in world.sessions:  # logged in once for the module: the session row lives in its transaction
        client.cookies[settings.SESSION_COOKIE_NAME] = world.sessions[role]
    savepoint = transaction.savepoint()
    try:
        if method == "GET":
            return client.get(url)
        body = world.value(data) if data else {}
        if isinstance(body, str):
            return client.post(url, body, content_type="application/json")
        return client.post(url, body)
    finally:
        transaction.savepoint_rollback(savepoint)


def _cases():
    for row in TABLE:
        for method in ("GET", "POST"):
            outcomes = getattr(row, method)
            if outcomes is None:
                continue
            expected = dict(zip(ROLES, outcomes, strict=True))
            xfails = {role: why for (m, role), why in row.xfail.items() if m == method}
            plain = {role: outcome for role, outcome in expected.items() if role not in xfails}
            yield pytest.param(row, method, plain, id=f"{row.name} {method}")
            for role, why in xfails.items():
                yield pytest.param(
                    row,
                    method,
                    {role: expected[role]},
                    id=f"{row.name} {method} {role}",
                    marks=pytest.mark.xfail(strict=True, reason=why),
                )


@pytest.mark.parametrize(("row", "method", "expected"), list(_cases()))
def test_what_each_role_gets(world, db, row, method, expected):
    url = url_of(row, world)
    wrong = []
    for role, outcome in expected.items():
        response = answer(world, url, method, role, row.data)
        if not outcome.matches(response):
            got = response.status_code
            where = response.get("Location", "")
            wrong.append(f"  {role}: expected {outcome!r}, got {got}{' → ' + where if where else ''}")
    assert not wrong, f"{method} {url} ({row.name})\n" + "\n".join(wrong)


@pytest.mark.parametrize("role", ["anonymous", "participant_a", "participant_b"])
def test_wagtail_admin_turns_away_visitors_and_participants(world, db, role):
    """Every Wagtail admin URL without its own row, with made-up ids: before any lookup, the admin sends
    visitors and participants (who lack `access_admin`) to its login page."""
    rows = {row.name for row in TABLE}
    wrong = []
    for key, pattern in PATTERNS.items():
        if key in rows or not _wagtail_rule_covers(key):
            continue
        url = sample_url(pattern)
        response = answer(world, url, "GET", role, "")
        if not ADMIN_LOGIN.matches(response):
            wrong.append(f"  GET {url} ({key}): {response.status_code} {response.get('Location', '')}")
    assert not wrong, f"{role} was not sent to the admin login:\n" + "\n".join(wrong)


# What a page shows, beyond its status: on every page the table lets them open, participant B finds nothing of
# A's, and the trainer (who owns no course) nothing of either participant's.
NAMES_BY_DESIGN = {
    "certificates:verify": "the public verification page shows the holder's name",
    "workshops:roster": "the organisers' attendance list",
}
RESULT_LISTINGS = ["wagtailsnippets_h5p_h5presult:list", "wagtailsnippets_h5p_h5presult:list_results"]


def _personal_details(world, role) -> list[str]:
    others = [world.participant_a] if role == "participant_b" else [world.participant_a, world.participant_b]
    return [detail for user in others for detail in (user.email, user.profile.full_name)]


def _shown(world, row, role) -> list[str]:
    response = answer(world, url_of(row, world), "GET", role, "")
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    text = body.decode(errors="replace")
    return [detail for detail in _personal_details(world, role) if detail in text]


@pytest.mark.parametrize("role", ["participant_b", "trainer"])
def test_pages_show_nothing_of_other_participants(world, db, role):
    index = ROLES.index(role)
    shown = {}
    for row in TABLE:
        if row.GET is None or row.GET[index] is not OK or row.name in NAMES_BY_DESIGN:
            continue
        if found := _shown(world, row, role):
            shown[row.name] = found
    assert not shown, f"{role} sees other participants' details on: {shown}"


@pytest.mark.parametrize("name", RESULT_LISTINGS)
def test_trainers_see_results_only_of_their_own_courses(world, db, name):
    row = next(row for row in TABLE if row.name == name)
    assert not _shown(world, row, "trainer")
