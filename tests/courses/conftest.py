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


@pytest.fixture(scope="session", autouse=True)
def _serialized_database_for_every_context(django_db_setup):
    """Browser journeys run where Django hands out a fresh connection object, without the serialized data that
    transactional tests restore from; after the concurrency test below flushes the database they would start
    empty. Keeping the serialized data on the connection class lets every connection object restore it.
    (tests/certificates/conftest.py does the same; the shared fix belongs in tests/conftest.py.)"""
    from django.db import connections

    contents = connections["default"].__dict__.get("_test_serialized_contents")
    if contents is not None:
        type(connections["default"])._test_serialized_contents = contents


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


VIDEO_URL = "https://www.youtube.com/watch?v=JMh7k3F5HSo"


def make_image(title: str = "Poster Stop TPPO"):
    from io import BytesIO

    from django.core.files.images import ImageFile
    from PIL import Image as PILImage
    from wagtail.images import get_image_model

    buffer = BytesIO()
    PILImage.new("RGB", (1200, 800), "#4c1d95").save(buffer, "PNG")
    return get_image_model().objects.create(
        title=title,
        file=ImageFile(buffer, name="poster.png"),
        description="Poster ungu bertuliskan Stop TPPO",
    )


def make_document(
    title: str = "Ringkasan UU 21/2007", name: str = "ringkasan.pdf", content: bytes = b"%PDF-1.4"
):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    return get_document_model().objects.create(title=title, file=ContentFile(content, name=name))


def make_embed(url: str = VIDEO_URL):
    """A stored embed, so lessons never reach out to YouTube during tests."""
    from wagtail.embeds.embeds import get_embed_hash
    from wagtail.embeds.models import Embed

    embed, _ = Embed.objects.get_or_create(
        hash=get_embed_hash(url),
        defaults={
            "url": url,
            "type": "video",
            "html": '<iframe src="https://www.youtube-nocookie.com/embed/x" title="Video"></iframe>',
            "title": "Video TPPO",
            "width": 640,
            "height": 360,
        },
    )
    return embed


def rich_lesson(*, blocks: int = 20, quiz=None) -> list[dict]:
    """A lesson using every kind of block, repeated up to `blocks` blocks."""
    image, handout, video_file = (
        make_image(),
        make_document(),
        make_document("Video kasus", "kasus.mp4", b"\0" * 64),
    )
    make_embed()
    kinds = [
        {"type": "heading", "value": {"text": "Mengenali tanda bahaya", "level": "h2"}},
        {"type": "paragraph", "value": "<p>Pelaku sering menawarkan <b>gaji tinggi</b> tanpa kontrak.</p>"},
        {"type": "image", "value": {"image": image.pk, "alt_text": "", "caption": "Poster kampanye"}},
        {
            "type": "video",
            "value": {
                "embed": VIDEO_URL,
                "file": None,
                "caption": "Modus perekrutan",
                "transcript": "<p>Transkrip video.</p>",
            },
        },
        {
            "type": "video",
            "value": {"embed": "", "file": video_file.pk, "caption": "Video kasus", "transcript": ""},
        },
        {"type": "document", "value": {"document": handout.pk, "description": "Untuk dibagikan"}},
        {
            "type": "callout",
            "value": {
                "kind": "legal_basis",
                "title": "Dasar hukum",
                "body": "<p>UU Nomor 21 Tahun 2007.</p>",
            },
        },
        {
            "type": "case_scenario",
            "value": {
                "title": "Kasus Rani",
                "story": "<p>Rani ditawari kerja.</p>",
                "questions": ["Apa tanda bahayanya?"],
            },
        },
        {"type": "help", "value": {"intro": "Hubungi layanan berikut:"}},
    ]
    if quiz is not None:
        kinds.append(quiz_block(quiz))
    return [kinds[n % len(kinds)] for n in range(blocks)]
