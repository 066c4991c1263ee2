"""The Wagtail admin in Indonesian, complete: an officer whose admin language is Indonesian walks the listing,
inspect, edit and add views of every snippet of ours and every report view, and sees no English leftovers
(labels Django derives from field names such as "Updated at", raw True/False, Wagtail sentences its own
Indonesian catalogue lacks)."""

import re

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.functional import Promise
from wagtail.snippets.models import get_snippet_models

from tests.sinergi.permissions import build_world

# Our snippets (app_model) and the world value of one of their objects.
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
REPORTS = [
    ("reports:dashboard", {}),
    ("reports:participants", {}),
    ("reports:participant", {"pk": "user_a"}),
    ("reports:table", {"table": "kecamatan"}),
    ("reports:monthly", {}),
    ("quizzes_admin:attempts", {"quiz_id": "quiz"}),
    ("quizzes_admin:item_analysis", {"quiz_id": "quiz"}),
    ("certificates_admin:index", {}),
    ("certificates_admin:inspect", {"pk": "certificate_a"}),
    ("workshops_admin:index", {}),
    ("workshops_admin:workshop", {"pk": "workshop"}),
    # Our page types in Wagtail's page editor.
    ("wagtailadmin_pages:edit", {"page_id": "course"}),
    ("wagtailadmin_pages:edit", {"page_id": "module"}),
]

# English that an Indonesian page must not show: labels derived from field names, raw booleans and Wagtail's
# sentences. Matched on whole words of the visible text.
LEFTOVERS = re.compile(
    r"\b(Updated at|Created at|Is [a-z]+|True|False|None|There are no|No results|Add a|Add an|Edit |Delete |"
    r"Inspect|Sort by|Select all|Showing|of \d+|Name|Date|Actions?|Search|Live|Draft)\b"
)


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        from django.db import transaction

        with transaction.atomic():
            built = build_world()
            built.officer.wagtail_userprofile.preferred_language = "id"
            built.officer.wagtail_userprofile.save()
            yield built
            transaction.set_rollback(True)


# Messages whose Indonesian is the same word (or that carry no words).
SAME_IN_INDONESIAN = {
    "Status",
    "status",
    "Kecamatan",
    "kecamatan",
    "NIP",
    "E-mail",
    "Bahasa Indonesia",
    "April",
    "November",
    "September",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "sep",
    "nov",
    ", ",
    ":",
    "…",
    "%s KB",
    "items",
    "exact",
    "Status: ",
    "Tips",
    "Video",
    "slug",
    "0 minutes",
    "Pre-test",
    "Post-test",
    "String to return when truncating text|%(truncated_text)s…",
}


@pytest.fixture
def untranslated(monkeypatch):
    """Every message looked up in Indonesian that came back in English: a gap in some catalogue."""
    from django.utils.translation import trans_real

    found = set()

    def watch(real, key):
        def lookup(*args):
            result = real(*args)
            if translation.get_language() == "id" and result in key(args):
                found.add(key(args)[0])
            return result

        return lookup

    translation._trans.gettext  # noqa: B018 (lets Django pick its real implementation before we wrap it)
    monkeypatch.setattr(translation._trans, "gettext", watch(trans_real.gettext, lambda a: (a[0],)))
    monkeypatch.setattr(translation._trans, "ngettext", watch(trans_real.ngettext, lambda a: (a[0], a[1])))
    monkeypatch.setattr(
        translation._trans, "pgettext", watch(trans_real.pgettext, lambda a: (f"{a[0]}|{a[1]}",))
    )
    return found


def visible_text(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "template", "noscript"]):
        tag.decompose()
    # Wagtail's sidebar and the page chrome are rendered from JSON props, but skip any hidden dialogs too.
    return " ".join(soup.get_text(" ").split())


def admin_urls(world):
    for model, value in SNIPPETS.items():
        pk = getattr(world, value)
        for view, kwargs in (("list", {}), ("add", {}), ("inspect", {"pk": pk}), ("edit", {"pk": pk})):
            try:
                url = reverse(f"wagtailsnippets_{model}:{view}", kwargs=kwargs)
            except NoReverseMatch:
                continue
            yield url
            if view == "list":
                yield url + "?q=tidakadayangcocok"  # the "no matches" message
    for name, kwargs in REPORTS:
        yield reverse(name, kwargs={k: world.value(v) for k, v in kwargs.items()})


def test_officer_sees_no_english_in_our_admin(world, db, untranslated):
    client = Client()
    client.force_login(world.officer)
    found = {}
    for url in admin_urls(world):
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="id")
        if response.status_code == 302:  # a view this officer may not use (e.g. adding a profile)
            continue
        assert response.status_code == 200, url
        text = visible_text(response.content.decode())
        hits = sorted(
            {
                f"{m.group(0)!r} in …{text[max(m.start() - 40, 0) : m.end() + 20]}…"
                for m in LEFTOVERS.finditer(text)
            }
        )
        if hits:
            found[url] = hits
    assert not found, "\n".join(f"{url}: {hits}" for url, hits in found.items())
    gaps = sorted(untranslated - SAME_IN_INDONESIAN)
    assert not gaps, (
        f"English in Indonesian pages: translate these (Wagtail's: sinergi/wagtail_gaps.py): {gaps}"
    )


def test_empty_listing_says_so_in_indonesian(world, db):
    from people.models import AccountDeletionRequest

    AccountDeletionRequest.objects.all().delete()
    client = Client()
    client.force_login(world.officer)
    response = client.get(reverse("wagtailsnippets_people_accountdeletionrequest:list"))
    text = visible_text(response.content.decode())
    assert "Belum ada" in text, text
    assert "There are no" not in text


def test_fields_our_admin_shows_have_translated_names():
    """A field without a verbose name shows in the admin as English derived from its name ("Updated at")."""
    from certificates.models import Certificate

    unnamed = [
        f"{model._meta.label}.{field.name}"
        for model in [*get_snippet_models(), Certificate]
        for field in model._meta.get_fields()
        if field.concrete and not field.auto_created and not isinstance(field.verbose_name, Promise)
    ]
    assert not unnamed
