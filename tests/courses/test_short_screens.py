"""Short screens: a long lesson is split at its headings, and a sticky bar says where the participant is
(section, module, course) and offers the module's next step, the same one the completion panel offers."""

import re

import pytest

from courses import services
from courses.sections import INTRO_ANCHOR, heading_anchors, split

from .conftest import lesson_body, make_course, make_module, make_quiz, quiz_block, take_quiz


def heading(text: str, level: str = "h2") -> dict:
    return {"type": "heading", "value": {"text": text, "level": level}}


def paragraph(text: str = "Isi.") -> dict:
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


# Splitting (pure) -----------------------------------------------------------------------------------------


def test_a_lesson_is_split_at_its_h2_headings_and_its_h3_stay_inside():
    body = [
        heading("Tiga unsur TPPO"),
        paragraph(),
        heading("Proses", "h3"),
        paragraph(),
        heading("Modus yang sering dipakai"),
        paragraph(),
    ]
    sections = split(body)
    assert [(s.number, s.title, s.anchor, s.start) for s in sections] == [
        (1, "Tiga unsur TPPO", "tiga-unsur-tppo", 0),
        (2, "Modus yang sering dipakai", "modus-yang-sering-dipakai", 4),
    ]
    assert heading_anchors(body)[2] == "proses", "an h3 gets an id too, so it can be linked"


def test_text_before_the_first_heading_is_an_introduction_section():
    sections = split([paragraph("Pembuka."), heading("Satu"), paragraph(), heading("Dua")])
    assert [(s.title, s.anchor) for s in sections] == [("", INTRO_ANCHOR), ("Satu", "satu"), ("Dua", "dua")]


def test_a_lesson_with_only_h3_headings_is_split_at_them():
    sections = split([heading("A", "h3"), paragraph(), heading("B", "h3")])
    assert [s.title for s in sections] == ["A", "B"]


def test_a_lesson_with_fewer_than_two_parts_is_not_split():
    assert split([paragraph()]) == []
    assert split([heading("Satu-satunya"), paragraph()]) == []
    assert split([]) == []


def test_anchors_are_unique_and_never_take_an_id_the_page_uses():
    body = [heading("Contoh"), heading("Contoh"), heading("Main"), heading("!!!"), heading("Pembuka")]
    anchors = heading_anchors(body)
    assert anchors == {0: "contoh", 1: "contoh-2", 2: "main-2", 3: "bagian-4", 4: "pembuka-2"}


# The module page ------------------------------------------------------------------------------------------


def bar_of(html: str) -> str:
    match = re.search(r'<div class="lesson-bar".*?</progress>\s*</div>', html, re.S)
    assert match, "the module page has its sticky bar"
    return match.group(0)


def action_of(bar: str) -> str:
    match = re.search(r'<a class="button[^"]*lesson-bar__action"[^>]*>.*?</a>', bar, re.S)
    return match.group(0) if match else ""


@pytest.fixture
def long_course(catalogue, participant):
    course = make_course(catalogue, require_read=True, require_quiz=False)
    body = [heading("Mengapa penting"), paragraph(), heading("Tiga unsur"), paragraph(), heading("Tanda")]
    modules = [make_module(course, title=f"Modul {n}", body=body) for n in (1, 2, 3)]
    services.enrol(user=participant, course=course)
    return course, modules


@pytest.mark.django_db
def test_every_heading_has_the_id_the_bar_links_to_also_from_the_cache(client, participant, long_course):
    _course, (first, *_rest) = long_course
    client.force_login(participant)
    for _visit in (1, 2):  # the second visit reads the lesson HTML from the cache
        html = client.get(first.url).content.decode()
        links = re.findall(r'<a href="#([^"]+)" data-section-link', bar_of(html))
        assert links == ["mengapa-penting", "tiga-unsur", "tanda"]
        for anchor in links:
            assert re.search(rf'<h2 id="{anchor}">', html), f"no heading with id {anchor}"
        assert "Isi modul: 3 bagian" in bar_of(html)
        assert 'data-where="Bagian 2 dari 3"' in bar_of(html)


@pytest.mark.django_db
def test_the_bar_shows_the_module_and_how_many_modules_are_done(client, participant, long_course):
    _course, (first, second, _third) = long_course
    client.force_login(participant)
    assert "Modul 1 dari 3 · 0 selesai" in bar_of(client.get(first.url).content.decode())
    services.complete_module(user=participant, module=first, confirm_read=True)
    bar = bar_of(client.get(second.url).content.decode())
    assert "Modul 2 dari 3 · 1 selesai" in bar


@pytest.mark.django_db
def test_before_completion_the_bar_leads_to_the_completion_panel_never_posts(
    client, participant, long_course
):
    _course, (first, *_rest) = long_course
    client.force_login(participant)
    html = client.get(first.url).content.decode()
    bar = bar_of(html)
    assert "<form" not in bar, "a stray tap on the bar never records anything"
    assert 'href="#completion"' in action_of(bar) and "Selesaikan" in action_of(bar)
    assert 'id="completion"' in html


@pytest.mark.django_db
def test_after_completion_the_bar_offers_the_next_module(client, participant, long_course):
    course, (first, second, third) = long_course
    services.complete_module(user=participant, module=first, confirm_read=True)
    client.force_login(participant)
    action = action_of(bar_of(client.get(first.url).content.decode()))
    assert f'href="{second.url}"' in action and "Berikutnya" in action
    for module in (second, third):
        services.complete_module(user=participant, module=module, confirm_read=True)
    action = action_of(bar_of(client.get(third.url).content.decode()))
    assert f'href="{course.url}"' in action, "the last module leads back to the course (and its certificate)"


@pytest.mark.django_db
def test_when_only_the_quiz_is_left_the_bar_and_the_panel_both_offer_the_quiz(client, participant, catalogue):
    quiz = make_quiz()
    course = make_course(catalogue, require_read=True, require_quiz=True)
    module = make_module(course, body=[*lesson_body(4), quiz_block(quiz)])
    make_module(course)
    services.enrol(user=participant, course=course)
    services.complete_module(user=participant, module=module, confirm_read=True)
    take_quiz(participant, quiz, correct=False)
    client.force_login(participant)
    action = action_of(bar_of(client.get(module.url).content.decode()))
    assert "Kerjakan kuis" in action and "/kuis/" in action


@pytest.mark.django_db
def test_a_trainer_reading_a_lesson_gets_the_bar_without_a_completion_step(client, catalogue, trainer):
    course = make_course(catalogue)
    module = make_module(course, body=lesson_body(4))
    client.force_login(trainer)
    bar = bar_of(client.get(module.url).content.decode())
    assert "#completion" not in bar and "selesai" not in bar.split("lesson-bar__panel")[0]


@pytest.mark.django_db
def test_the_markup_version_is_part_of_the_lesson_cache_key(rf, long_course, monkeypatch):
    """HTML cached (in Redis, across a deploy) before headings had ids is never served with the new bar."""
    from courses import rendering

    _course, (first, *_rest) = long_course
    request = rf.get(first.url)
    before = rendering.lesson_cache_key(request, first)
    monkeypatch.setattr(rendering, "LESSON_MARKUP_VERSION", rendering.LESSON_MARKUP_VERSION + 1)
    assert rendering.lesson_cache_key(request, first) != before
