"""Seed Sinergi with the shape ../shared/peer-bench gives the peer LMS, through our own models and services.

A published course of 10 modules, each with 20 rich-text blocks (the same HTML as the peer's seed), a quiz in
module 1 only, and a participant `learner@sinergi.test` with a complete profile, enrolled, module 1 completed.
Writes the targets file for measure_inproc.py. Idempotent: the bench course is rebuilt on every run.

    DJANGO_SETTINGS_MODULE=sinergi.settings.production python bench/seed_peerbench.py
"""

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import transaction  # noqa: E402
from participants import pass_quiz  # noqa: E402

from courses import services  # noqa: E402
from courses.models import CourseIndexPage, CoursePage, ModulePage  # noqa: E402
from people.choices import Occupation  # noqa: E402
from people.demo import seed_institutions  # noqa: E402
from people.models import ConsentRecord, Institution, Profile  # noqa: E402
from quizzes.models import Choice, Question, QuestionBank, Quiz, QuizQuestion  # noqa: E402

EMAIL = "learner@sinergi.test"


def block_html(lesson_no: int, block_no: int) -> str:
    """The peer seed's block, word for word, so both sides render the same text."""
    return (
        f"<h3>Section {lesson_no}.{block_no}: competences and practice</h3>"
        f"<p>This section of lesson {lesson_no} explains one idea of the module in plain words. "
        "Learners read a short <b>definition</b>, see an <i>example</i> from daily work and then "
        "check their understanding. More background is in the "
        '<a href="https://example.org/reading">reading list</a>, which is optional.</p>'
        "<ul><li>Key point one: why this matters for the learner.</li>"
        "<li>Key point two: how it is applied in a real case.</li>"
        "<li>Key point three: what to remember for the quiz.</li></ul>"
        "<p>Tip: take notes while reading; the questions at the end of the lesson refer to the "
        "examples above and to the vocabulary introduced in this section.</p>"
    )


def bench_quiz() -> Quiz:
    Quiz.objects.filter(title="Bench quiz").delete()
    bank, _ = QuestionBank.objects.get_or_create(name="Bench questions")
    quiz = Quiz.objects.create(title="Bench quiz", pass_mark=60)
    for order in range(5):
        question = Question.objects.create(bank=bank, text=f"Bench question {order + 1}?")
        Choice.objects.create(question=question, text="Right", is_correct=True, sort_order=0)
        Choice.objects.create(question=question, text="Wrong", is_correct=False, sort_order=1)
        QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=order)
    return quiz


def learner():
    seed_institutions()
    user, _ = get_user_model().objects.get_or_create(email=EMAIL)
    user.set_password("learner-pass-123")
    user.save()
    institution = Institution.objects.order_by("pk").first()
    Profile.objects.update_or_create(
        user=user,
        defaults={
            "full_name": "Peserta Bench",
            "occupation": Occupation.TEACHER,
            "institution": institution,
            "kecamatan": institution.kecamatan,
        },
    )
    from django.conf import settings

    ConsentRecord.objects.get_or_create(user=user, policy_version=settings.PRIVACY_POLICY_VERSION)
    return user


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lessons", type=int, default=10)
    parser.add_argument("--blocks", type=int, default=20)
    parser.add_argument("--targets", default="bench_targets.txt")
    args = parser.parse_args()

    with transaction.atomic():
        for old in CoursePage.objects.filter(slug="bench-course"):
            old.delete()
        user = learner()
        quiz = bench_quiz()
        course = CoursePage(
            title="Bench course",
            slug="bench-course",
            summary="A course for benchmarks.",
            learning_outcomes="<ul><li>Read quickly</li></ul>",
            audience="Bench",
            duration_jp=2,
            sequential=False,
        )
        CourseIndexPage.objects.get().add_child(instance=course)
        course.save_revision().publish()
        modules = []
        for number in range(1, args.lessons + 1):
            body = [{"type": "paragraph", "value": block_html(number, b)} for b in range(1, args.blocks + 1)]
            if number == 1:
                body.insert(args.blocks // 2, {"type": "quiz", "value": {"quiz": quiz.pk}})
            module = ModulePage(title=f"Lesson {number}", slug=f"lesson-{number}", body=body)
            course.add_child(instance=module)
            module.save_revision().publish()
            modules.append(ModulePage.objects.get(pk=module.pk))
        services.enrol(user=user, course=course)
    pass_quiz(user, quiz)
    services.complete_module(user=user, module=modules[0], confirm_read=True)

    lines = [
        f"ours_course GET {course.url}",
        f"ours_lesson GET {modules[1].url}",
        f"ours_lesson_quiz GET {modules[0].url}",
        "ours_home GET /",
        "ours_my_learning GET /belajar/",
    ]
    Path(args.targets).write_text("\n".join(lines) + "\n")
    print(f"seeded {len(modules)} modules for {EMAIL}; targets in {os.path.abspath(args.targets)}")


if __name__ == "__main__":
    main()
