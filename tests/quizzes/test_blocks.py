"""The quiz card that course modules embed."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils.translation import override
from wagtail import blocks
from wagtail.blocks import StreamValue

from quizzes import services
from quizzes.blocks import QuizBlock

from .conftest import make_quiz, take

pytestmark = pytest.mark.django_db

STREAM = blocks.StreamBlock([("quiz", QuizBlock())])


def _render(quizzes, user, path="/kursus/modul-1/"):
    request = RequestFactory().get(path)
    request.user = user
    value = StreamValue(
        STREAM, [{"type": "quiz", "value": {"quiz": quiz.pk}} for quiz in quizzes], is_lazy=True
    )
    with override("id"):
        return STREAM.render(value, context={"request": request})


def test_card_shows_title_questions_time_limit_and_a_link_back(quiz, participant):
    quiz.time_limit_minutes = 20
    quiz.instructions = "<p>Bacalah setiap soal dengan teliti sebelum menjawab.</p>"
    quiz.save()
    html = _render([quiz], participant)
    assert "Kuis Pencegahan TPPO" in html
    assert "Bacalah setiap soal dengan teliti" in html
    assert "4 soal" in html
    assert "20 menit" in html
    assert services.quiz_url(quiz=quiz, next_url="/kursus/modul-1/").replace("&", "&amp;") in html
    assert "Mulai kuis" in html


def test_card_shows_the_participants_grade(quiz, participant, questions):
    take(participant, quiz, right={q.pk for q in questions[:3]})
    html = _render([quiz], participant)
    assert "Lulus, nilai Anda: 75%" in html
    take(participant, quiz, right=set())
    assert "Lulus, nilai Anda: 75%" in _render([quiz], participant)  # highest attempt counts


def test_card_for_a_visitor_has_no_result(quiz):
    html = _render([quiz], AnonymousUser())
    assert "nilai Anda" not in html
    assert "Mulai kuis" in html


def test_many_cards_cost_no_more_queries_than_one(participant, questions):
    quizzes = [make_quiz(questions=questions[: i + 1]) for i in range(6)]
    for quiz in quizzes[:3]:
        take(participant, quiz)
    counts = []
    for chosen in (quizzes[:1], quizzes):
        with CaptureQueriesContext(connection) as ctx:
            html = _render(chosen, participant)
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1] <= 2
    assert html.count("quiz-card__title") == 6
    assert "6 soal" not in html and "4 soal" in html


def test_preview_value_renders_without_quizzes(db):
    block = QuizBlock()
    assert "Belum ada kuis yang dipilih." in block.render(block.get_preview_value())


def test_preview_value_uses_an_existing_quiz(quiz):
    html = QuizBlock().render(QuizBlock().get_preview_value())
    assert "Kuis Pencegahan TPPO" in html
