"""Quiz fixtures: bank → questions → quiz → attempt, built with make_* helpers."""

import itertools

import pytest

from quizzes import services
from quizzes.choices import QuestionKind
from quizzes.models import Choice, Question, QuestionBank, Quiz, QuizDrawRule, QuizQuestion

_counter = itertools.count(1)


def make_bank(**kwargs) -> QuestionBank:
    kwargs.setdefault("name", f"Bank soal {next(_counter)}")
    return QuestionBank.objects.create(**kwargs)


def make_question(
    *,
    bank: QuestionBank | None = None,
    kind: str = QuestionKind.SINGLE,
    choices=(("Benar", True), ("Salah", False)),
    tags=(),
    **kwargs,
) -> Question:
    """`choices` are (text, is_correct) or (text, is_correct, feedback) tuples, in display order."""
    kwargs.setdefault("text", f"Pertanyaan nomor {next(_counter)}?")
    question = Question(bank=bank or make_bank(), kind=kind, **kwargs)
    question.save()
    for order, spec in enumerate(choices):
        text, correct, *rest = spec
        Choice.objects.create(
            question=question,
            text=text,
            is_correct=correct,
            feedback=rest[0] if rest else "",
            sort_order=order,
        )
    if tags:
        question.tags.add(*tags)
        question.save()
    return question


def make_quiz(*, questions=(), draw=(), **kwargs) -> Quiz:
    """`draw` is a list of (tag name, count) rules for random questions."""
    from taggit.models import Tag

    kwargs.setdefault("title", f"Kuis {next(_counter)}")
    quiz = Quiz.objects.create(**kwargs)
    for order, question in enumerate(questions):
        QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=order)
    for order, (tag, count) in enumerate(draw):
        QuizDrawRule.objects.create(
            quiz=quiz, tag=Tag.objects.get_or_create(name=tag)[0], count=count, sort_order=order
        )
    return quiz


def in_a_course(quiz: Quiz, *participants):
    """Put `quiz` in a published module of a published course and enrol `participants`: a quiz used in a
    course is open only to the course's participants."""
    from courses.models import Enrollment
    from tests.courses.conftest import lesson_body, make_course, make_module, quiz_block

    course = make_course(title=f"Kursus untuk {quiz.title}")
    module = make_module(course, body=[*lesson_body(), quiz_block(quiz)])
    for user in participants:
        Enrollment.objects.get_or_create(user=user, course=course)
    return module


def correct_ids(question: Question) -> list[int]:
    return list(question.choices.filter(is_correct=True).values_list("pk", flat=True))


def wrong_ids(question: Question) -> list[int]:
    return list(question.choices.filter(is_correct=False).values_list("pk", flat=True))


def answer_all(attempt, *, right: set[int] | None = None) -> None:
    """Answer every question of `attempt`: correctly for question ids in `right` (all if None)."""
    for answer in attempt.answers.select_related("question"):
        question = answer.question
        good = right is None or question.pk in right
        picks = correct_ids(question) if good else wrong_ids(question)[:1]
        services.save_answer(attempt=attempt, question_id=question.pk, choice_ids=picks)


def take(user, quiz, *, right: set[int] | None = None, context: str = ""):
    attempt = services.start_attempt(user=user, quiz=quiz, context=context)
    answer_all(attempt, right=right)
    return services.submit_attempt(attempt=attempt)[0]


@pytest.fixture
def bank(db):
    return make_bank(name="Bank soal TPPO")


@pytest.fixture
def questions(bank):
    """Four questions, one of each kind."""
    return [
        make_question(
            bank=bank,
            text="Siapa yang dapat melapor kekerasan terhadap anak?",
            choices=[("Hanya orang tua", False, "Bukan hanya orang tua."), ("Setiap orang", True, "Tepat.")],
            explanation="<p>UU 35/2014 Pasal 72.</p>",
            tags=["KDRT"],
        ),
        make_question(
            bank=bank,
            kind=QuestionKind.MULTIPLE,
            text="Mana tanda-tanda TPPO?",
            choices=[
                ("Gaji tinggi tanpa kontrak", True),
                ("Dokumen ditahan", True),
                ("Kontrak resmi", False),
            ],
            tags=["modus TPPO"],
        ),
        make_question(
            bank=bank,
            kind=QuestionKind.TRUE_FALSE,
            text="Korban TPPO dapat dipidana.",
            choices=[("Benar", False), ("Salah", True)],
            tags=["TPPO"],
        ),
        make_question(
            bank=bank,
            kind=QuestionKind.SCENARIO,
            scenario="<p>Seorang siswi bercerita ditawari kerja di luar negeri.</p>",
            text="Apa langkah pertama guru?",
            choices=[("Mendengarkan dan mencatat", True), ("Mengabaikan", False)],
            tags=["rujukan"],
        ),
    ]


@pytest.fixture
def quiz(questions):
    return make_quiz(questions=questions, title="Kuis Pencegahan TPPO", pass_mark=70)
