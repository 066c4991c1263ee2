"""The result page leads with the outcome and the next step; the per-question review is folded."""

import re

import pytest
from django.urls import reverse

from courses import services as course_services
from courses.models import CoursePage, Enrollment
from tests.courses.conftest import lesson_body, make_course, make_module, quiz_block

from .conftest import in_a_course, take

pytestmark = pytest.mark.django_db


def result_html(client, attempt) -> str:
    return client.get(reverse("quizzes:result", args=[attempt.pk])).content.decode()


def actions_of(html: str) -> list[str]:
    """The labels of the result's actions, in order (links and buttons)."""
    block = re.search(
        r'<div class="quiz__actions" data-testid="result-actions">(.*?)\n        </div>', html, re.S
    )
    assert block, "the result page has its actions"
    labels = re.findall(
        r'<(?:a|button)[^>]*class="button([^"]*)"[^>]*>(.*?)</(?:a|button)>', block.group(1), re.S
    )
    return [
        ("quiet " if "button--quiet" in classes else "") + re.sub(r"\s+", " ", text).strip()
        for classes, text in labels
    ]


@pytest.fixture
def member(client, participant):
    client.force_login(participant)
    return client


def test_the_outcome_and_the_actions_come_before_the_review_which_is_folded(member, participant, quiz):
    in_a_course(quiz, participant)
    attempt = take(participant, quiz, right=set())
    html = result_html(member, attempt)
    outcome, actions, review = (
        html.index('data-testid="attempt-score"'),
        html.index('data-testid="result-actions"'),
        html.index('id="review-title"'),
    )
    assert outcome < actions < review
    folds = re.findall(r"<details[^>]*data-testid=\"review-item\"[^>]*>", html)
    assert len(folds) == 4 and not any(" open" in fold for fold in folds), "every question starts folded"
    assert "0 benar, 0 sebagian benar, 4 salah." in html
    # Each folded question still says, without opening it, whether it was right.
    summaries = re.findall(r"<summary class=\"quiz-review__head\">(.*?)</summary>", html, re.S)
    assert len(summaries) == 4 and all("Salah" in summary for summary in summaries)


def test_a_failed_attempt_offers_trying_again_first(member, participant, quiz):
    in_a_course(quiz, participant)
    attempt = take(participant, quiz, right=set())
    assert actions_of(result_html(member, attempt))[0] == "Coba lagi"


def test_a_failed_attempt_with_no_attempt_left_offers_no_retry(member, participant, quiz):
    quiz.max_attempts = 1
    quiz.save()
    in_a_course(quiz, participant)
    attempt = take(participant, quiz, right=set())
    assert "Coba lagi" not in " ".join(actions_of(result_html(member, attempt)))


def test_passing_a_modules_quiz_leads_on_to_the_next_module(
    member, participant, quiz, django_capture_on_commit_callbacks
):
    module = in_a_course(quiz, participant)
    course = CoursePage.objects.get(pk=module.get_parent().pk)
    course.require_read, course.require_quiz = False, True
    course.save()
    following = make_module(course, title="Modul sesudahnya")
    with django_capture_on_commit_callbacks(execute=True):  # the pass reaches the course on commit
        attempt = take(participant, quiz)
    actions = actions_of(result_html(member, attempt))
    assert actions[0] == "Lanjutkan: Modul sesudahnya"
    assert f'href="{following.url}"' in result_html(member, attempt)


def test_a_pass_that_leaves_reading_to_do_sends_back_to_the_lesson(
    member, participant, quiz, django_capture_on_commit_callbacks
):
    in_a_course(quiz, participant)  # the course asks for reading: the module is not complete yet
    with django_capture_on_commit_callbacks(execute=True):
        attempt = take(participant, quiz)
    actions = actions_of(result_html(member, attempt))
    assert not any(label.startswith("Lanjutkan") for label in actions)


def test_passing_the_last_quiz_of_a_course_leads_to_the_certificate(
    member, participant, quiz, django_capture_on_commit_callbacks
):
    course = make_course(title="Kursus satu modul", require_read=False, require_quiz=True)
    make_module(course, body=[*lesson_body(), quiz_block(quiz)])
    course_services.enrol(user=participant, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        attempt = take(participant, quiz)
    assert Enrollment.objects.get(user=participant, course=course).completion is not None
    html = result_html(member, attempt)
    assert actions_of(html)[0] == "Lihat sertifikat saya"
    assert f'href="{reverse("certificates:mine")}"' in html


def test_a_workshop_test_gets_no_course_step(member, participant, quiz, django_capture_on_commit_callbacks):
    """The same quiz taken for another app (a workshop's pre-test) is not a course's business, even where the
    course's module is complete."""
    module = in_a_course(quiz, participant)
    course = CoursePage.objects.get(pk=module.get_parent().pk)
    course.require_read, course.require_quiz = False, True
    course.save()
    make_module(course, title="Modul sesudahnya")
    with django_capture_on_commit_callbacks(execute=True):
        in_the_course = take(participant, quiz)
        for_a_workshop = take(participant, quiz, context="workshop:1:pre")
    assert 'data-testid="result-next-step"' in result_html(member, in_the_course)
    assert 'data-testid="result-next-step"' not in result_html(member, for_a_workshop)
