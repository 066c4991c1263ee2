"""Course pages for a logged-in participant: a course of 10 modules with 20 blocks each.

Prints the module page's median server time beside the home page's (same participant, same run), their
ratio, the module page with an empty cache (every request renders the lesson and reads the outline), and the
query counts of the module and course pages. ../shared/peer-bench compares the same pages with a peer LMS:
bench/peerbench.sh.
"""

from io import BytesIO

import common
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.test import Client
from django.urls import reverse
from participants import pass_quiz
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model

from courses import services
from courses.models import CourseIndexPage, CoursePage, ModulePage
from people.demo import seed_accounts, seed_institutions
from people.models import User
from quizzes.models import Choice, Question, QuestionBank, Quiz, QuizQuestion

MODULES = 10
BLOCKS = 20
VIDEO_URL = "https://www.youtube.com/watch?v=JMh7k3F5HSo"


def media():
    buffer = BytesIO()
    PILImage.new("RGB", (1600, 900), "#4c1d95").save(buffer, "JPEG")
    image = get_image_model().objects.create(title="Poster", file=ImageFile(buffer, name="poster.jpg"))
    documents = get_document_model().objects
    handout = documents.create(title="Ringkasan UU 21/2007", file=ContentFile(b"%PDF-1.4", name="uu.pdf"))
    video = documents.create(title="Video kasus", file=ContentFile(b"\0" * 256, name="kasus.mp4"))
    # A stored embed: the benchmark never calls YouTube.
    Embed.objects.get_or_create(
        hash=get_embed_hash(VIDEO_URL),
        defaults={
            "url": VIDEO_URL,
            "type": "video",
            "html": '<iframe src="https://example.invalid/v"></iframe>',
        },
    )
    return image, handout, video


def make_quiz(number: int) -> Quiz:
    bank, _ = QuestionBank.objects.get_or_create(name="Bank soal bench")
    quiz = Quiz.objects.create(title=f"Kuis modul {number}")
    for order in range(5):
        question = Question.objects.create(bank=bank, text=f"Pertanyaan {number}.{order}?")
        Choice.objects.create(question=question, text="Benar", is_correct=True, sort_order=0)
        Choice.objects.create(question=question, text="Salah", is_correct=False, sort_order=1)
        QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=order)
    return quiz


def lesson(image, handout, video, quiz) -> list[dict]:
    paragraph = (
        "<p>" + "Pelaku perdagangan orang sering menawarkan pekerjaan dengan gaji tinggi. " * 8 + "</p>"
    )
    kinds = [
        {"type": "heading", "value": {"text": "Mengenali tanda bahaya", "level": "h2"}},
        {"type": "paragraph", "value": paragraph},
        {"type": "callout", "value": {"kind": "warning_signs", "title": "Tanda bahaya", "body": paragraph}},
        {"type": "paragraph", "value": paragraph},
        {"type": "image", "value": {"image": image.pk, "alt_text": "Poster", "caption": "Poster kampanye"}},
        {
            "type": "case_scenario",
            "value": {"title": "Kasus Rani", "story": paragraph, "questions": ["Apa?", "Siapa?"]},
        },
        {
            "type": "video",
            "value": {"embed": VIDEO_URL, "file": None, "caption": "Modus", "transcript": paragraph},
        },
        {"type": "document", "value": {"document": handout.pk, "description": "Untuk dibagikan"}},
        {
            "type": "video",
            "value": {"embed": "", "file": video.pk, "caption": "Video kasus", "transcript": ""},
        },
    ]
    blocks = [kinds[n % len(kinds)] for n in range(BLOCKS - 2)]
    return [*blocks, {"type": "help", "value": {"intro": ""}}, {"type": "quiz", "value": {"quiz": quiz.pk}}]


def build_course(participant) -> tuple[CoursePage, list[ModulePage]]:
    image, handout, video = media()
    course = CoursePage(
        title="Pencegahan Kekerasan dan TPPO",
        slug="pencegahan",
        summary="Kursus dasar.",
        learning_outcomes="<ul><li>Mengenali TPPO</li></ul>",
        audience="Guru",
        duration_jp=4,
        require_read=True,
        require_quiz=True,
        cover_image=image,
    )
    CourseIndexPage.objects.get().add_child(instance=course)
    modules = []
    for number in range(1, MODULES + 1):
        module = ModulePage(
            title=f"Modul {number}",
            slug=f"modul-{number}",
            summary="Ringkasan modul.",
            body=lesson(image, handout, video, make_quiz(number)),
        )
        course.add_child(instance=module)
        modules.append(module)
    services.enrol(user=participant, course=course)
    return course, modules


def main() -> None:
    seed_institutions()
    seed_accounts()
    participant = User.objects.get(email="peserta@sinergi.test")
    course, modules = build_course(participant)
    # Half-way through: modules 1 to 4 completed, reading module 5 with its quiz passed once.
    for module in modules[:4]:
        pass_quiz(participant, module.body[-1].value["quiz"])
        services.complete_module(user=participant, module=module, confirm_read=True)
    pass_quiz(participant, modules[4].body[-1].value["quiz"])

    member = Client()
    member.force_login(participant)
    home_median, home_queries = common.measure(member, "/")
    module_median, module_queries = common.measure(member, modules[4].url)
    cold_median, cold_queries = common.measure(member, modules[4].url, cold=True)
    course_median, course_queries = common.measure(member, course.url)
    learning_median, learning_queries = common.measure(member, reverse("courses:my_learning"))

    common.report("home_page_participant_median", home_median, "ms")
    common.report("home_page_participant_queries", home_queries, "queries")
    common.report("module_page_median", module_median, "ms")
    common.report("module_page_queries", module_queries, "queries")
    common.report("module_page_cold_cache_median", cold_median, "ms")
    common.report("module_page_cold_cache_queries", cold_queries, "queries")
    common.report("module_to_home_ratio", module_median / home_median, "x")
    common.report("course_page_median", course_median, "ms")
    common.report("course_page_queries", course_queries, "queries")
    common.report("my_learning_median", learning_median, "ms")
    common.report("my_learning_queries", learning_queries, "queries")


if __name__ == "__main__":
    main()
