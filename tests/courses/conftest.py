"""Course fixtures, chained as the app is: catalogue → course → modules → enrolment."""

import itertools

import pytest
from django.core.cache import cache

from courses.models import CourseIndexPage, CoursePage, Enrollment, ModulePage

_counter = itertools.count(1)


def lesson_body(blocks: int = 2) -> list[dict]:
    """A short lesson of alternating headings and paragraphs, in the stream's stored form."""
    body = []
    for n in range(blocks):
        if n % 2 == 0:
            body.append({"type": "heading", "value": {"text": f"Bagian {n // 2 + 1}", "level": "h2"}})
        else:
            body.append({"type": "paragraph", "value": f"<p>Isi pelajaran nomor {n}.</p>"})
    return body


def make_course(index: CourseIndexPage | None = None, *, live: bool = True, **fields) -> CoursePage:
    index = index or CourseIndexPage.objects.get()
    number = next(_counter)
    fields.setdefault("title", f"Kursus {number}")
    fields.setdefault("slug", f"kursus-{number}")
    fields.setdefault("summary", "Mengenali dan mencegah tindak pidana perdagangan orang.")
    fields.setdefault("learning_outcomes", "<ul><li>Mengenali tanda bahaya</li></ul>")
    fields.setdefault("audience", "Guru dan staf kecamatan")
    fields.setdefault("duration_jp", 4)
    course = CoursePage(live=live, **fields)
    index.add_child(instance=course)
    return course


def make_module(course: CoursePage, *, live: bool = True, body=None, **fields) -> ModulePage:
    number = next(_counter)
    fields.setdefault("title", f"Modul {number}")
    fields.setdefault("slug", f"modul-{number}")
    module = ModulePage(live=live, body=body if body is not None else lesson_body(), **fields)
    course.add_child(instance=module)
    return module


@pytest.fixture(autouse=True)
def _clear_cache():
    # Rendered lessons are cached by content; each test starts cold.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def catalogue(db):
    return CourseIndexPage.objects.get()


@pytest.fixture
def course(catalogue):
    return make_course(catalogue, title="Mencegah TPPO di Sekolah")


@pytest.fixture
def modules(course):
    return [make_module(course, title=f"Modul {n}") for n in range(1, 4)]


@pytest.fixture
def enrollment(participant, course, modules):
    return Enrollment.objects.create(user=participant, course=course)


def make_quiz(*, title: str = "Kuis TPPO", pass_mark: int = 70):
    """A one-question quiz ("Benar" is right) through the quizzes app's own models."""
    from quizzes.models import Choice, Question, QuestionBank, Quiz, QuizQuestion

    bank, _ = QuestionBank.objects.get_or_create(name="Bank soal kursus")
    question = Question.objects.create(bank=bank, text=f"Pertanyaan untuk {title}?")
    Choice.objects.create(question=question, text="Benar", is_correct=True, sort_order=0)
    Choice.objects.create(question=question, text="Salah", is_correct=False, sort_order=1)
    quiz = Quiz.objects.create(title=title, pass_mark=pass_mark)
    QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=0)
    return quiz


def take_quiz(user, quiz, *, correct: bool = True):
    """Answer the quiz and submit it, as a participant would; the submission signal goes out on commit."""
    from quizzes import services as quiz_services

    attempt = quiz_services.start_attempt(user=user, quiz=quiz)
    for answer in attempt.answers.select_related("question"):
        choices = answer.question.choices.filter(is_correct=correct).values_list("pk", flat=True)
        quiz_services.save_answer(
            attempt=attempt, question_id=answer.question_id, choice_ids=list(choices)[:1]
        )
    attempt, _ = quiz_services.submit_attempt(attempt=attempt)
    return attempt


def quiz_block(quiz) -> dict:
    return {"type": "quiz", "value": {"quiz": quiz.pk}}
