"""The machinery behind tests/sinergi/test_permissions_table.py: the expected outcomes, the table's rows,
the walk over every URL pattern, and the world the URLs are filled from.

The table itself (what each role gets) lives in the test module, so that it reads like a spec.
"""

import json
import re
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from types import SimpleNamespace

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import TestCase
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.converters import IntConverter, UUIDConverter

ROLES = ("anonymous", "participant_a", "participant_b", "trainer", "officer")


# Outcomes ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Status:
    code: int
    label: str

    def matches(self, response) -> bool:
        return response.status_code == self.code

    def __repr__(self):
        return self.label


@dataclass(frozen=True)
class RedirectTo:
    """A redirect (302 unless said otherwise) whose target path starts with `prefix` (any target if empty)."""

    prefix: str
    label: str
    code: int = 302
    exact: bool = False

    def matches(self, response) -> bool:
        if response.status_code != self.code:
            return False
        target = response.get("Location", "").split("?", 1)[0]
        target = re.sub(r"^https?://[^/]+", "", target)
        return target == self.prefix if self.exact else target.startswith(self.prefix)

    def __repr__(self):
        return self.label


@dataclass(frozen=True)
class AnyOf:
    outcomes: tuple
    label: str

    def matches(self, response) -> bool:
        return any(outcome.matches(response) for outcome in self.outcomes)

    def __repr__(self):
        return self.label


OK = Status(200, "200")
BAD_REQUEST = Status(400, "400")
FORBIDDEN = Status(403, "403")
NOT_FOUND = Status(404, "404")
NOT_ALLOWED = Status(405, "405")
UNAUTHORIZED = Status(401, "401")
LOGIN = RedirectTo("/akun/login/", "302→login")
ADMIN_LOGIN = RedirectTo("/admin/login/", "302→admin login")
# Wagtail's answer to PermissionDenied inside the admin: back to the dashboard with "no permission".
ADMIN_DENIED = RedirectTo("/admin/", "302→admin home (denied)", exact=True)
# Refused in any of the ways the admin refuses: its "no permission" redirect, 403 or 404.
DENIED = AnyOf((ADMIN_DENIED, Status(403, "403"), Status(404, "404")), "denied (302→admin home, 403 or 404)")
REDIRECT = RedirectTo("", "302")
MOVED = RedirectTo("", "301", code=301)


def redirect_to(path: str) -> RedirectTo:
    return RedirectTo(path, f"302→{path}")


# Rows ----------------------------------------------------------------------------------------------------


@dataclass
class Url:
    """One URL pattern (by name, or by route when it has none) and what each role gets from it.

    `GET`/`POST` list the outcome for (anonymous, participant A, participant B, trainer, officer), or None
    when the method is not tried. `kwargs` name world values (see `World.value`); a kwarg not given takes
    the default from KWARG_DEFAULTS in the test module. `data` names the POST body in the world."""

    name: str
    GET: tuple | None = None
    POST: tuple | None = None
    kwargs: dict = field(default_factory=dict)
    args: tuple = ()
    path: str = ""
    data: str = ""
    xfail: dict = field(default_factory=dict)  # {(method, role): reason}

    def __post_init__(self):
        for method in ("GET", "POST"):
            outcomes = getattr(self, method)
            if outcomes is not None and len(outcomes) != len(ROLES):
                raise ValueError(f"{self.name} {method}: one outcome per role {ROLES}")


def page(page_type: str, **kwargs) -> Url:
    """A Wagtail page of this type, served by Wagtail's catch-all route at its own address."""
    return Url(f"page:{page_type}", path=f"page:{page_type}", **kwargs)


def same(outcome) -> tuple:
    return (outcome,) * len(ROLES)


# Walking the URL configuration ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Pattern:
    key: str  # the namespaced name, or the full route when the pattern has no name
    route: str
    converters: tuple  # (kwarg name, converter) of every level


def _route_of(pattern) -> str:
    return str(pattern.pattern)


def walk_urls(resolver=None, prefix="", namespace="", converters=()):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        level = tuple(getattr(entry.pattern, "converters", {}).items())
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from walk_urls(entry, prefix + _route_of(entry), inner, converters + level)
        elif isinstance(entry, URLPattern):
            route = prefix + _route_of(entry)
            key = f"{namespace}{entry.name}" if entry.name else route
            yield Pattern(key=key, route=route, converters=converters + level)


def sample_url(pattern: Pattern) -> str:
    """Any address this pattern answers, with made-up values (for the rule-covered Wagtail admin URLs)."""
    kwargs = {}
    for name, converter in pattern.converters:
        if isinstance(converter, IntConverter):
            kwargs[name] = 999999
        elif isinstance(converter, UUIDConverter):
            kwargs[name] = uuid.UUID(int=1)
        else:
            kwargs[name] = "x"
    if ":" in pattern.key or "/" not in pattern.key:
        try:
            return reverse(pattern.key, kwargs=kwargs)
        except Exception:  # noqa: BLE001 (regex patterns with positional groups)
            for args in (("999999",), ("999999", "x"), ("x",)):
                try:
                    return reverse(pattern.key, args=args)
                except Exception:  # noqa: BLE001, S112
                    continue
    raise LookupError(f"no sample address for {pattern.key}: give it an explicit row")


def kwargs_for(name: str, pattern: Pattern, given: dict, defaults: dict) -> dict:
    """The pattern's keyword arguments: those the row gives, else by (URL name prefix, keyword), else by
    keyword alone."""
    kwargs = dict(given)  # regular-expression patterns name no converters: the row gives their groups
    for kwarg, _converter in pattern.converters:
        if kwarg in given:
            kwargs[kwarg] = given[kwarg]
            continue
        matches = [
            (len(prefix), value)
            for (prefix, key), value in defaults.items()
            if key == kwarg and prefix is not None and name.startswith(prefix)
        ]
        if matches:
            kwargs[kwarg] = max(matches, key=lambda match: match[0])[1]  # the longest prefix wins
        elif (None, kwarg) in defaults:
            kwargs[kwarg] = defaults[(None, kwarg)]
        else:
            raise LookupError(f"{name}: no value for <{kwarg}>; add it to KWARGS or to the row")
    return kwargs


# The world --------------------------------------------------------------------------------------------


class World(SimpleNamespace):
    """Participants A and B, each enrolled in the same course with a submitted and an open quiz attempt, a
    certificate, an H5P result and a workshop registration; a trainer who did not write the course, and an
    officer. `value(name)` turns a name used in the table into what goes in a URL or a POST body."""

    def value(self, name):
        """A world value by name; anything else (a number, a literal string) stands for itself."""
        return getattr(self, name) if isinstance(name, str) and hasattr(self, name) else name

    def user(self, role):
        return None if role == "anonymous" else getattr(self, role)

    @property
    def check_in_code(self) -> str:
        """The session's code of this moment: a code lives for a minute, the module runs longer."""
        from workshops import checkin

        return checkin.make_code(self.session)


def _statement(activity_id: int) -> dict:
    verb = "http://adlnet.gov/expapi/verbs/completed"
    return {
        "actor": {"account": {"name": "x"}, "objectType": "Agent"},
        "verb": {"id": verb},
        "object": {"id": f"http://testserver/h5p/aktivitas/{activity_id}/"},
        "result": {"score": {"min": 0, "raw": 3, "max": 3, "scaled": 1}, "completion": True},
    }


def build_world() -> World:
    """Everything through the apps' own services, as participants and officers make it."""
    from wagtail.models import Site

    from certificates import demo as certificate_demo
    from certificates.models import Certificate
    from courses import services as course_services
    from courses.models import CourseIndexPage
    from h5p import services as h5p_services
    from h5p import tokens
    from h5p.models import H5PActivity, H5PResult
    from people import services as people_services
    from people.choices import Role
    from quizzes import services as quiz_services
    from sinergi.models import HomePage
    from tests.conftest import make_profile, make_user
    from tests.courses.conftest import make_course, make_module, make_quiz, quiz_block, take_quiz
    from tests.h5p.packages import build
    from tests.workshops.conftest import days_from_now, make_workshop
    from workshops import services as workshop_services

    w = World()
    w.participant_a = make_user(email="peserta.a@contoh.id")
    make_profile(w.participant_a, full_name="Ani Peserta A")
    w.participant_b = make_user(email="peserta.b@contoh.id")
    make_profile(w.participant_b, full_name="Budi Peserta B")
    w.trainer = make_user(email="pelatih@contoh.id", role=Role.TRAINER)
    make_profile(w.trainer, full_name="Dedi Pelatih")
    w.officer = make_user(email="petugas@contoh.id", role=Role.OFFICER)
    make_profile(w.officer, full_name="Rina Petugas")

    template = certificate_demo.seed_certificate_template()
    w.home = HomePage.objects.get()
    w.catalogue = CourseIndexPage.objects.get()

    with TestCase.captureOnCommitCallbacks(execute=True):
        activity = H5PActivity(title="Aktivitas tanda bahaya")
        activity.package.save("aktivitas.h5p", ContentFile(build()), save=False)
        activity.save()
    activity.refresh_from_db()
    w.activity_obj = activity

    quiz = make_quiz(title="Kuis TPPO", pass_mark=70)
    w.quiz_obj = quiz
    # The course needs its quiz; the H5P block is practice so that A's and B's courses complete by the quiz.
    course = make_course(title="Mencegah TPPO di Sekolah", require_read=False, require_quiz=True)
    course.certificate_template = template
    course.save()
    h5p_block = {"type": "h5p", "value": {"activity": activity.pk, "requirement": "", "pass_percent": None}}
    module = make_module(course, title="Modul Tanda Bahaya", body=[quiz_block(quiz), h5p_block])
    module.save_revision().publish()
    # A second quiz, outside any course, where A has an attempt still open.
    open_quiz = make_quiz(title="Kuis latihan terbuka")
    w.course_obj, w.module_obj = course, module

    for key in ("a", "b"):
        user = getattr(w, f"participant_{key}")
        with TestCase.captureOnCommitCallbacks(execute=True):
            course_services.enrol(user=user, course=course)
        with TestCase.captureOnCommitCallbacks(execute=True):
            attempt = take_quiz(user, quiz, correct=True)
        with TestCase.captureOnCommitCallbacks(execute=True):
            course_services.complete_module(user=user, module=module)
        with TestCase.captureOnCommitCallbacks(execute=True):
            h5p_services.record_result(user=user, activity=activity, statement=_statement(activity.pk))
        certificate = Certificate.objects.get(user=user)
        setattr(w, f"attempt_{key}", attempt.pk)
        setattr(w, f"certificate_{key}", certificate.pk)
        setattr(w, f"certificate_code_{key}", certificate.display_code)
        setattr(w, f"h5p_result_{key}", H5PResult.objects.filter(user=user).get().pk)
        setattr(w, f"h5p_token_{key}", tokens.issue(user_id=user.pk, activity_id=activity.pk))
        setattr(w, f"profile_{key}", user.profile.pk)
        setattr(w, f"user_{key}", user.pk)
    # A third participant has asked for their account to be deleted: the officers' requests list has a row.
    leaving = make_user(email="peserta.c@contoh.id")
    make_profile(leaving, full_name="Citra Peserta C")
    w.deletion_request = people_services.request_account_deletion(user=leaving).pk
    w.open_attempt_a = quiz_services.start_attempt(user=w.participant_a, quiz=open_quiz).pk
    question = open_quiz.fixed_questions.get().question
    w.answer_a = {"question": question.pk, "choice": question.choices.get(is_correct=True).pk}
    assert Certificate.objects.get(pk=w.certificate_a).pdf, "the world needs a rendered certificate"

    workshop = make_workshop(title="Lokakarya Perlindungan Anak", sessions=[days_from_now(5)])
    running = make_workshop(title="Lokakarya hari ini")  # a session running now, for check-in
    for user in (w.participant_a, w.participant_b):
        with TestCase.captureOnCommitCallbacks(execute=True):
            workshop_services.register(workshop=workshop, user=user)
            workshop_services.register(workshop=running, user=user)
    w.workshop_obj, w.workshop_index_obj = workshop, workshop.get_parent().specific
    w.session_obj = running.sessions.get()
    w.mark_b = {"user": w.participant_b.pk}
    w.register_b = {"email": w.participant_b.email}
    w.walk_in = {"full_name": "Peserta Baru", "email": "baru@contoh.id"}
    w.enrol_b = {"course": course.pk, "emails": w.participant_b.email}

    # Plain ids the table names.
    w.quiz, w.open_quiz, w.course, w.module = quiz.pk, open_quiz.pk, course.pk, module.pk
    w.activity, w.workshop, w.session = activity.pk, workshop.pk, w.session_obj.pk
    w.question_bank = quiz.fixed_questions.get().question.bank_id
    w.question = quiz.fixed_questions.get().question_id
    w.certificate_template = template.pk
    w.trainer_group = Group.objects.get(name=Role.TRAINER).pk
    w.site = Site.objects.get(is_default_site=True).pk
    w.institution_a = w.participant_a.profile.institution_id
    w.kecamatan_a = w.participant_a.profile.kecamatan_id
    w.statement = json.dumps({"statement": _statement(activity.pk)})
    w.state = json.dumps({"state": json.dumps({"done": True})})
    w.hours = Decimal(course.duration_jp)
    return w
