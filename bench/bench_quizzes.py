"""Quizzes: pure scoring of a 50-question attempt, and the submit request for 10 and 50 questions.

The submit request is timed like bench/common.measure does (server time around Django's test client, the
connection closed before each request), but every run submits a fresh attempt with all questions answered,
since a second submit of the same attempt takes the short "already submitted" path.
"""

import statistics
import time
from decimal import Decimal

import common
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from courses import services as course_services
from courses.models import CourseIndexPage, CoursePage, ModulePage
from people.demo import seed_accounts, seed_institutions
from people.models import User
from quizzes import services
from quizzes.choices import QuestionKind
from quizzes.models import Choice, Question, QuestionBank, Quiz, QuizQuestion
from quizzes.scoring import QuestionKey, score_attempt

KINDS = [QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.TRUE_FALSE, QuestionKind.SCENARIO]


def bench_scoring(n: int = 50, runs: int = 2000) -> float:
    keys, answers = {}, {}
    for qid in range(n):
        kind = KINDS[qid % 4]
        choices = frozenset(range(qid * 10, qid * 10 + 4))
        correct = (
            frozenset(sorted(choices)[:2])
            if kind == QuestionKind.MULTIPLE
            else frozenset(sorted(choices)[:1])
        )
        keys[qid] = QuestionKey(
            kind=kind, choices=choices, correct=correct, points=Decimal(1), partial=qid % 8 == 1
        )
        answers[qid] = sorted(choices)[1:3] if kind == QuestionKind.MULTIPLE else sorted(choices)[:1]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        score_attempt(keys, answers)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def make_quiz(n: int) -> Quiz:
    bank = QuestionBank.objects.create(name=f"Bench {n}")
    quiz = Quiz.objects.create(title=f"Bench {n} soal", max_attempts=0)
    for i in range(n):
        kind = KINDS[i % 4]
        question = Question.objects.create(bank=bank, kind=kind, text=f"Soal {i}", scenario="<p>Kasus</p>")
        for c in range(4 if kind != QuestionKind.TRUE_FALSE else 2):
            Choice.objects.create(
                question=question, text=f"Pilihan {c}", is_correct=c == 0 or (kind == "multiple" and c == 1)
            )
        QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=i)
    return quiz


def open_in_a_course(quiz: Quiz, user) -> None:
    """Participants take a quiz in a course module they may open: the quiz in a module, the user enrolled."""
    course = CoursePage(
        title=f"Kursus {quiz.title}",
        slug=f"kursus-{quiz.pk}",
        summary="Kursus uji.",
        learning_outcomes="<ul><li>Uji</li></ul>",
        audience="Guru",
        duration_jp=1,
    )
    CourseIndexPage.objects.get().add_child(instance=course)
    course.add_child(
        instance=ModulePage(
            title="Modul 1", slug="modul-1", body=[{"type": "quiz", "value": {"quiz": quiz.pk}}]
        )
    )
    course_services.enrol(user=user, course=course)


def answered_attempt(user, quiz):
    attempt = services.start_attempt(user=user, quiz=quiz)
    for answer in attempt.answers.select_related("question"):
        picks = list(
            Choice.objects.filter(question=answer.question, is_correct=True).values_list("pk", flat=True)
        )
        services.save_answer(attempt=attempt, question_id=answer.question_id, choice_ids=picks)
    return attempt


def bench_submit(client: Client, user, quiz, *, runs: int = 30, warmup: int = 3) -> tuple[float, int]:
    times, queries = [], 0
    for i in range(warmup + runs):
        attempt = answered_attempt(user, quiz)
        url = f"/kuis/percobaan/{attempt.pk}/selesai/"
        connection.close()
        with CaptureQueriesContext(connection) as ctx:
            start = time.perf_counter()
            response = client.post(url)
            elapsed = (time.perf_counter() - start) * 1000
        if response.status_code != 302:
            raise SystemExit(f"{url} answered {response.status_code}")
        if i >= warmup:
            times.append(elapsed)
            queries = len(ctx.captured_queries)
    return statistics.median(times), queries


def main() -> None:
    common.report("quiz_scoring_50_questions_median", bench_scoring(), "ms")
    seed_institutions()
    seed_accounts()
    user = User.objects.get(email="peserta@sinergi.test")
    client = Client()
    client.force_login(user)
    for n in (10, 50):
        quiz = make_quiz(n)
        open_in_a_course(quiz, user)
        median, queries = bench_submit(client, user, quiz)
        common.report(f"quiz_submit_{n}_questions_median", median, "ms")
        common.report(f"quiz_submit_{n}_questions_queries", queries, "queries")
        attempt = services.start_attempt(user=user, quiz=quiz)
        first = attempt.answers.select_related("question").first()
        choice = Choice.objects.filter(question=first.question).values_list("pk", flat=True).first()
        median, queries = common.measure(
            client,
            f"/kuis/percobaan/{attempt.pk}/jawab/",
            method="post",
            data={"question": first.question_id, "choice": choice},
        )
        common.report(f"quiz_autosave_{n}_questions_median", median, "ms")
        common.report(f"quiz_autosave_{n}_questions_queries", queries, "queries")
        services.submit_attempt(attempt=attempt)


if __name__ == "__main__":
    main()
