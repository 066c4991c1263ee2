"""The completion panel of a module page says what is left and only offers a button that can succeed."""

import re

import pytest
from django.urls import reverse

from courses import services
from courses.models import ModuleProgress
from quizzes.services import quiz_url

from .conftest import lesson_body, make_course, make_module, make_quiz, quiz_block, take_quiz

pytestmark = pytest.mark.django_db


def panel_of(response) -> str:
    html = response.content.decode()
    match = re.search(r'<section class="completion card".*?</section>', html, re.S)
    assert match, "the module page shows its completion panel"
    return match.group(0)


def buttons_in(panel: str) -> list[str]:
    return [
        re.sub(r"\s+", " ", text).strip() for text in re.findall(r"<button[^>]*>(.*?)</button>", panel, re.S)
    ]


@pytest.fixture
def quiz(db):
    return make_quiz()


@pytest.fixture
def read_and_quiz(catalogue, participant, quiz):
    course = make_course(catalogue, require_read=True, require_quiz=True)
    module = make_module(course, body=[*lesson_body(2), quiz_block(quiz)])
    make_module(course)
    services.enrol(user=participant, course=course)
    return module


def test_before_anything_the_panel_lists_reading_and_the_quiz_with_its_link(
    client, participant, read_and_quiz, quiz
):
    client.force_login(participant)
    panel = panel_of(client.get(read_and_quiz.url))
    assert "Baca modul dan konfirmasi" in panel
    assert "Lulus kuis" in panel
    link = quiz_url(quiz=quiz, next_url=read_and_quiz.url).replace("&", "&amp;")
    assert f'href="{link}"' in panel
    assert buttons_in(panel) == ["Saya sudah membaca modul ini sampai selesai"]


def test_after_reading_only_the_quiz_is_left_and_no_button_can_fail(client, participant, read_and_quiz, quiz):
    services.complete_module(user=participant, module=read_and_quiz, confirm_read=True)
    client.force_login(participant)
    panel = panel_of(client.get(read_and_quiz.url))
    assert "Lulus kuis" in panel and "✓ Sudah dibaca sampai akhir" in panel
    assert buttons_in(panel) == [], "no 'I have passed the quiz: check it' before the quiz is passed"
    assert "periksa" not in panel
    link = quiz_url(quiz=quiz, next_url=read_and_quiz.url).replace("&", "&amp;")
    assert f'<a class="button" href="{link}">Kerjakan kuis</a>' in panel, "the next step is the quiz"


def test_after_a_failed_attempt_the_quiz_is_still_left(client, participant, read_and_quiz, quiz):
    services.complete_module(user=participant, module=read_and_quiz, confirm_read=True)
    take_quiz(participant, quiz, correct=False)
    client.force_login(participant)
    panel = panel_of(client.get(read_and_quiz.url))
    assert "Lulus kuis" in panel and buttons_in(panel) == []


def test_a_pass_not_yet_on_the_modules_record_offers_the_button_that_completes_it(
    client, participant, catalogue, quiz
):
    # A quiz-only module whose quiz was passed before the quiz was put in the module: nothing is left to do,
    # so the panel offers the one button that completes it, and pressing it does.
    course = make_course(catalogue, require_read=False, require_quiz=True)
    module = make_module(course)
    services.enrol(user=participant, course=course)
    take_quiz(participant, quiz, correct=True)
    module.body = [*lesson_body(2), quiz_block(quiz)]
    module.save_revision().publish()
    client.force_login(participant)
    panel = panel_of(client.get(module.url))
    assert "✓ Kuis lulus" in panel
    assert buttons_in(panel) == ["Catat modul ini selesai"]
    client.post(reverse("courses:complete", args=[module.pk]))
    assert ModuleProgress.objects.get(module=module).completed_at is not None


def test_my_learning_says_continue_after_a_failed_quiz_not_start(client, participant, catalogue, quiz):
    course = make_course(catalogue, require_read=False, require_quiz=True)
    module = make_module(course, body=[*lesson_body(2), quiz_block(quiz)])
    services.enrol(user=participant, course=course)
    client.force_login(participant)
    html = client.get(reverse("courses:my_learning")).content.decode()
    assert f"Mulai: {module.title}" in html, "nothing tried yet: start"
    take_quiz(participant, quiz, correct=False)
    html = client.get(reverse("courses:my_learning")).content.decode()
    assert f"Mulai: {module.title}" not in html
    assert f"Lanjutkan: {module.title}" in html
