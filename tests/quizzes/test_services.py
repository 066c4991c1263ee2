"""Starting, answering, submitting and grading attempts through the service layer."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from freezegun import freeze_time

from quizzes import services
from quizzes.choices import AttemptStatus, GradingMethod, QuestionKind
from quizzes.models import Attempt, AttemptAnswer
from quizzes.services import QuizError
from quizzes.signals import attempt_submitted

from .conftest import answer_all, correct_ids, make_question, make_quiz, take, wrong_ids

pytestmark = pytest.mark.django_db


@pytest.fixture
def received():
    calls = []

    def handler(sender, **kwargs):
        calls.append(kwargs)

    attempt_submitted.connect(handler)
    yield calls
    attempt_submitted.disconnect(handler)


def test_start_records_the_drawn_questions_and_their_order(participant, quiz, questions):
    attempt = services.start_attempt(user=participant, quiz=quiz)
    answers = list(attempt.answers.order_by("position"))
    assert [a.question_id for a in answers] == [q.pk for q in questions]
    assert [a.position for a in answers] == [1, 2, 3, 4]
    for answer, question in zip(answers, questions, strict=True):
        assert answer.choice_order == list(
            question.choices.order_by("sort_order").values_list("pk", flat=True)
        )
    assert attempt.number == 1 and attempt.status == AttemptStatus.IN_PROGRESS


def test_random_questions_are_drawn_from_tags_and_stored(participant, bank):
    pool = [make_question(bank=bank, tags=["KDRT"]) for _ in range(6)]
    other = make_question(bank=bank, tags=["TPPO"])
    fixed = make_question(bank=bank)
    quiz = make_quiz(questions=[fixed], draw=[("KDRT", 3)])
    attempt = services.start_attempt(user=participant, quiz=quiz)
    drawn = list(attempt.answers.order_by("position").values_list("question_id", flat=True))
    assert drawn[0] == fixed.pk
    assert len(drawn) == 4
    assert set(drawn[1:]) <= {q.pk for q in pool}
    assert other.pk not in drawn


def test_shuffled_choices_keep_true_false_in_its_order(participant, bank):
    many = make_question(bank=bank, choices=[(str(i), i == 0) for i in range(8)])
    true_false = make_question(
        bank=bank, kind=QuestionKind.TRUE_FALSE, choices=[("Benar", True), ("Salah", False)]
    )
    quiz = make_quiz(questions=[many, true_false], shuffle_choices=True, max_attempts=0)
    orders = set()
    for _ in range(6):
        attempt = services.start_attempt(user=participant, quiz=quiz)
        by_question = {a.question_id: a.choice_order for a in attempt.answers.all()}
        assert by_question[true_false.pk] == list(true_false.choices.values_list("pk", flat=True))
        orders.add(tuple(by_question[many.pk]))
        services.submit_attempt(attempt=attempt)
    assert len(orders) > 1


def test_starting_again_resumes_the_open_attempt(participant, quiz):
    first = services.start_attempt(user=participant, quiz=quiz)
    again = services.start_attempt(user=participant, quiz=quiz)
    assert again.pk == first.pk
    assert Attempt.objects.count() == 1


def test_attempt_limit(participant, quiz):
    quiz.max_attempts = 2
    quiz.save()
    take(participant, quiz)
    take(participant, quiz)
    with pytest.raises(QuizError) as error:
        services.start_attempt(user=participant, quiz=quiz)
    assert error.value.code == "no_attempts_left"
    assert Attempt.objects.filter(user=participant).count() == 2


def test_unlimited_attempts(participant, quiz):
    for _ in range(5):
        take(participant, quiz)
    assert services.attempts_left(quiz, services.result_for(user=participant, quiz=quiz)) is None


def test_a_quiz_without_questions_cannot_start(participant):
    with pytest.raises(QuizError) as error:
        services.start_attempt(user=participant, quiz=make_quiz())
    assert error.value.code == "empty_quiz"
    assert not Attempt.objects.exists()


def test_each_context_counts_its_own_attempts(participant, quiz):
    quiz.max_attempts = 1
    quiz.save()
    take(participant, quiz, context="workshop:1:pre")
    post = take(participant, quiz, context="workshop:1:post")
    assert post.number == 1
    with pytest.raises(QuizError):
        services.start_attempt(user=participant, quiz=quiz, context="workshop:1:pre")


def test_contexts_travel_signed(quiz):
    url = services.quiz_url(quiz=quiz, context="workshop:7:post", next_url="/lokakarya/7/")
    token = url.split("konteks=")[1].split("&")[0]
    from urllib.parse import unquote

    assert services.read_context(unquote(token)) == "workshop:7:post"
    with pytest.raises(QuizError) as error:
        services.read_context("workshop:7:post")
    assert error.value.code == "bad_context"


# --- Answers -------------------------------------------------------------------------------------------


def test_save_answer_replaces_earlier_picks(participant, quiz, questions):
    attempt = services.start_attempt(user=participant, quiz=quiz)
    multiple = questions[1]
    services.save_answer(attempt=attempt, question_id=multiple.pk, choice_ids=wrong_ids(multiple))
    services.save_answer(
        attempt=attempt, question_id=multiple.pk, choice_ids=list(reversed(correct_ids(multiple)))
    )
    answer = AttemptAnswer.objects.get(attempt=attempt, question=multiple)
    assert sorted(answer.selected) == sorted(correct_ids(multiple))
    assert answer.answered_at is not None


@pytest.mark.parametrize(
    ("case", "code"),
    [
        ("other_question_choice", "invalid_choice"),
        ("unknown_question", "unknown_question"),
        ("two_on_single", "too_many_choices"),
    ],
)
def test_bad_answers_are_refused_and_nothing_else_is_lost(participant, quiz, questions, case, code):
    attempt = services.start_attempt(user=participant, quiz=quiz)
    first, second = questions[0], questions[3]
    services.save_answer(attempt=attempt, question_id=first.pk, choice_ids=correct_ids(first))
    bad = {
        "other_question_choice": (second.pk, correct_ids(first)),
        "unknown_question": (make_question().pk, []),
        "two_on_single": (second.pk, list(second.choices.values_list("pk", flat=True))),
    }[case]
    with pytest.raises(QuizError) as error:
        services.save_answer(attempt=attempt, question_id=bad[0], choice_ids=bad[1])
    assert error.value.code == code
    assert AttemptAnswer.objects.get(attempt=attempt, question=first).selected == correct_ids(first)
    assert AttemptAnswer.objects.get(attempt=attempt, question=second).selected == []


def test_a_closed_attempt_takes_no_answers(participant, quiz, questions):
    attempt = take(participant, quiz, right=set())
    with pytest.raises(QuizError) as error:
        services.save_answer(
            attempt=attempt, question_id=questions[0].pk, choice_ids=correct_ids(questions[0])
        )
    assert error.value.code == "attempt_closed"
    assert (
        AttemptAnswer.objects.get(attempt=attempt, question=questions[0]).selected
        == wrong_ids(questions[0])[:1]
    )


# --- Submitting and the signal -------------------------------------------------------------------------


def test_submit_scores_on_the_server_and_signals_once(
    participant, quiz, questions, received, django_capture_on_commit_callbacks
):
    attempt = services.start_attempt(user=participant, quiz=quiz)
    answer_all(attempt, right={q.pk for q in questions[:3]})
    with django_capture_on_commit_callbacks(execute=True):
        submitted, first = services.submit_attempt(attempt=attempt)
        again, second = services.submit_attempt(attempt=attempt)
    assert (first, second) == (True, False)
    assert submitted.score_percent == Decimal("75.00")
    assert submitted.passed
    assert len(received) == 1
    call = received[0]
    assert call["attempt"].pk == attempt.pk
    assert call["user"] == participant and call["quiz"] == quiz
    assert call["passed"] is True and call["score_percent"] == Decimal("75.00")
    assert Attempt.objects.get(pk=attempt.pk).results == {
        str(questions[0].pk): ["1.000", "1"],
        str(questions[1].pk): ["1.000", "1"],
        str(questions[2].pk): ["1.000", "1"],
        str(questions[3].pk): ["0.000", "1"],
    }


def test_signal_waits_for_the_commit(participant, quiz, received, django_capture_on_commit_callbacks):
    attempt = services.start_attempt(user=participant, quiz=quiz)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.submit_attempt(attempt=attempt)
    assert received == []
    assert len(callbacks) == 1
    callbacks[0]()
    assert received[0]["passed"] is False


def _quiz_with(n: int, bank):
    return make_quiz(
        questions=[
            make_question(bank=bank, kind=QuestionKind.MULTIPLE if i % 2 else QuestionKind.SINGLE)
            for i in range(n)
        ]
    )


def test_submitting_uses_the_same_number_of_queries_for_10_and_50_questions(participant, bank):
    counts = []
    for n in (10, 50):
        attempt = services.start_attempt(user=participant, quiz=_quiz_with(n, bank))
        answer_all(attempt)
        with CaptureQueriesContext(connection) as ctx:
            services.submit_attempt(attempt=attempt)
        counts.append(len(ctx.captured_queries))
        assert Attempt.objects.get(pk=attempt.pk).score_percent == 100
    assert counts[0] == counts[1]


# --- Time limit ----------------------------------------------------------------------------------------


def test_answers_after_the_deadline_and_grace_are_not_counted(
    participant, quiz, questions, received, django_capture_on_commit_callbacks
):
    quiz.time_limit_minutes = 10
    quiz.save()
    with freeze_time("2025-11-01 08:00:00") as clock:
        attempt = services.start_attempt(user=participant, quiz=quiz)
        assert attempt.deadline is not None
        services.save_answer(
            attempt=attempt, question_id=questions[0].pk, choice_ids=correct_ids(questions[0])
        )
        clock.tick(timedelta(minutes=10, seconds=20))  # late, but within the grace
        services.save_answer(
            attempt=attempt, question_id=questions[1].pk, choice_ids=correct_ids(questions[1])
        )
        clock.tick(timedelta(seconds=30))  # past deadline + grace
        with django_capture_on_commit_callbacks(execute=True), pytest.raises(QuizError) as error:
            services.save_answer(
                attempt=attempt, question_id=questions[2].pk, choice_ids=correct_ids(questions[2])
            )
    assert error.value.code == "time_up"
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.SUBMITTED and attempt.closed_by_deadline
    assert attempt.score == 2
    assert AttemptAnswer.objects.get(attempt=attempt, question=questions[2]).selected == []
    assert len(received) == 1


def test_forgotten_attempts_close_by_themselves(participant, quiz, questions):
    quiz.time_limit_minutes = 5
    quiz.save()
    with freeze_time("2025-11-01 08:00:00") as clock:
        attempt = services.start_attempt(user=participant, quiz=quiz)
        services.save_answer(
            attempt=attempt, question_id=questions[0].pk, choice_ids=correct_ids(questions[0])
        )
        clock.tick(timedelta(minutes=4))
        assert services.close_expired_attempts() == 0
        clock.tick(timedelta(minutes=2))
        assert services.close_expired_attempts() == 1
    attempt.refresh_from_db()
    assert attempt.closed_by_deadline and attempt.score == 1


def test_a_late_start_closes_the_expired_attempt_and_starts_a_new_one(participant, quiz):
    quiz.time_limit_minutes = 5
    quiz.save()
    with freeze_time("2025-11-01 08:00:00") as clock:
        first = services.start_attempt(user=participant, quiz=quiz)
        clock.tick(timedelta(hours=1))
        second = services.start_attempt(user=participant, quiz=quiz)
    assert second.pk != first.pk and second.number == 2
    first.refresh_from_db()
    assert first.status == AttemptStatus.SUBMITTED


# --- Results for other apps ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "passed"),
    [
        (GradingMethod.HIGHEST, True),
        (GradingMethod.LAST, False),
        (GradingMethod.FIRST, False),
        (GradingMethod.AVERAGE, False),
    ],
)
def test_has_passed_follows_the_grading_method(participant, quiz, questions, method, passed):
    quiz.grading_method = method
    quiz.save()
    take(participant, quiz, right=set())  # 0%
    take(participant, quiz)  # 100%
    take(participant, quiz, right={questions[0].pk})  # 25%
    assert services.has_passed(user=participant, quiz=quiz) is passed


def test_passed_quiz_ids_in_one_query(
    participant, other_participant, quiz, questions, django_assert_num_queries
):
    failed = make_quiz(questions=questions[:2])
    untouched = make_quiz(questions=questions[:1])
    take(participant, quiz)
    take(participant, failed, right=set())
    take(other_participant, failed)
    with django_assert_num_queries(1):
        passed = services.passed_quiz_ids(user=participant, quiz_ids=[quiz.pk, failed.pk, untouched.pk])
    assert passed == {quiz.pk}
    assert services.passed_quiz_ids(user=other_participant, quiz_ids=[quiz.pk, failed.pk]) == {failed.pk}


def test_an_open_attempt_is_not_a_pass(participant, quiz):
    attempt = services.start_attempt(user=participant, quiz=quiz)
    answer_all(attempt)
    assert not services.has_passed(user=participant, quiz=quiz)


# --- Answers sent again from the phone (quizzes.js keeps them until the server confirms them) ------------


def test_a_save_sent_twice_counts_once_and_an_older_one_never_overwrites_a_newer_one(
    participant, quiz, questions
):
    attempt = services.start_attempt(user=participant, quiz=quiz)
    multiple = questions[1]
    with freeze_time("2025-11-01 08:00:00") as clock:
        services.save_answer(
            attempt=attempt, question_id=multiple.pk, choice_ids=correct_ids(multiple), revision=200
        )
        clock.tick(timedelta(seconds=30))
        # The same save again (its answer was lost on the way back), then an older one that arrives late.
        services.save_answer(
            attempt=attempt, question_id=multiple.pk, choice_ids=correct_ids(multiple), revision=200
        )
        services.save_answer(
            attempt=attempt, question_id=multiple.pk, choice_ids=wrong_ids(multiple), revision=100
        )
    answer = AttemptAnswer.objects.get(attempt=attempt, question=multiple)
    assert sorted(answer.selected) == sorted(correct_ids(multiple))
    assert answer.revision == 200
    assert answer.answered_at.isoformat() == "2025-11-01T08:00:00+00:00"  # stored once
    # A newer pick replaces it.
    services.save_answer(
        attempt=attempt, question_id=multiple.pk, choice_ids=wrong_ids(multiple), revision=300
    )
    answer.refresh_from_db()
    assert answer.selected == wrong_ids(multiple) and answer.revision == 300


def test_a_save_the_server_already_has_is_confirmed_after_the_attempt_closed(participant, quiz, questions):
    attempt = services.start_attempt(user=participant, quiz=quiz)
    first = questions[0]
    services.save_answer(attempt=attempt, question_id=first.pk, choice_ids=correct_ids(first), revision=7)
    services.submit_attempt(attempt=attempt)
    # Sent again after submitting (the confirmation never reached the phone): confirmed, nothing changes.
    answer = services.save_answer(
        attempt=attempt, question_id=first.pk, choice_ids=correct_ids(first), revision=7
    )
    assert answer.selected == correct_ids(first)
    # New picks are refused.
    with pytest.raises(QuizError) as error:
        services.save_answer(attempt=attempt, question_id=first.pk, choice_ids=wrong_ids(first), revision=8)
    assert error.value.code == "attempt_closed"
    attempt.refresh_from_db()
    assert attempt.score == 1


def test_answers_queued_offline_count_within_the_grace_and_every_later_one_is_refused_as_late(
    participant, quiz, questions
):
    quiz.time_limit_minutes = 1
    quiz.save()
    with freeze_time("2025-11-01 08:00:00") as clock:
        attempt = services.start_attempt(user=participant, quiz=quiz)
        clock.tick(timedelta(seconds=60 + 20))  # past the deadline, within the 30 s grace
        services.save_answer(
            attempt=attempt, question_id=questions[0].pk, choice_ids=correct_ids(questions[0]), revision=1
        )
        clock.tick(timedelta(seconds=30))  # past the grace: the next two come back with the connection
        for question in questions[1:3]:
            with pytest.raises(QuizError) as error:
                services.save_answer(
                    attempt=attempt, question_id=question.pk, choice_ids=correct_ids(question), revision=2
                )
            # Both are late, not "already submitted", though the first one closed the attempt.
            assert error.value.code == "time_up"
            assert str(error.value) == "Waktu habis: jawaban ini masuk setelah batas waktu."
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.SUBMITTED and attempt.closed_by_deadline
    assert attempt.score == 1
    assert [a.selected != [] for a in attempt.answers.order_by("position")] == [True, False, False, False]
