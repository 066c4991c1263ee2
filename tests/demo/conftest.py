"""The starter curriculum loaded into the test database, and its answer key taken from the curriculum data."""

import pytest
from django.db import transaction

from curriculum import data
from curriculum.course import COURSE


@pytest.fixture(scope="module")
def demo_content(django_db_setup, django_db_blocker):
    """The certificate template and the starter course, loaded once per test module.

    Loading takes seconds, so it happens once inside an outer transaction that is rolled back when the module
    is done; each test runs in its own savepoint within it (as Django's setUpTestData does per class).
    """
    from certificates.demo import seed_certificate_template, seed_course_certificate_template
    from demo.curriculum import load_curriculum

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            seed_certificate_template()
            yield load_curriculum(certificate_template=seed_course_certificate_template())
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


def data_question(text: str) -> data.Question:
    """The curriculum question with this text (question texts are unique across the course)."""
    matches = [q for module in COURSE.modules for q in module.quiz.questions if q.text == text]
    assert len(matches) == 1, text
    return matches[0]


def correct_texts(text: str) -> list[str]:
    return [choice.text for choice in data_question(text).choices if choice.is_correct]


def correct_choice_ids(question) -> list[int]:
    """The ids of the stored choices the curriculum marks as correct for this stored question."""
    wanted = set(correct_texts(question.text))
    return [choice.pk for choice in question.choices.all() if choice.text in wanted]


def module_quiz(module_page):
    """The quiz placed in a module page's lesson."""
    from quizzes.models import Quiz

    (block,) = [block for block in module_page.body if block.block_type == "quiz"]
    return Quiz.objects.get(pk=block.value["quiz"].pk)


def pass_quiz(user, quiz):
    """Start an attempt, pick exactly the correct choices of every question, submit it."""
    from quizzes import services

    attempt = services.start_attempt(user=user, quiz=quiz)
    for answer in attempt.answers.select_related("question").prefetch_related("question__choices"):
        services.save_answer(
            attempt=attempt, question_id=answer.question_id, choice_ids=correct_choice_ids(answer.question)
        )
    attempt, _first = services.submit_attempt(attempt=attempt)
    return attempt
