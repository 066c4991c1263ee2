"""The drill's set-up and its checks of the stack's database and bucket (bench/drill.py). Django is set up."""

import os
import time

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.urls import reverse

MODULES = 2
QUESTIONS = 3
PASSWORD = "drill-peserta-2025"


def _quiz(run: str, number: int):
    from quizzes.models import Choice, Question, QuestionBank, Quiz, QuizQuestion

    bank = QuestionBank.objects.create(name=f"Latihan beban {run} modul {number}")
    quiz = Quiz.objects.create(title=f"Kuis latihan beban {run} modul {number}", pass_mark=60)
    right = {}
    for order in range(QUESTIONS):
        question = Question.objects.create(bank=bank, text=f"Soal latihan {order + 1}?")
        good = Choice.objects.create(question=question, text="Benar", is_correct=True, sort_order=0)
        Choice.objects.create(question=question, text="Salah", is_correct=False, sort_order=1)
        QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=order)
        right[question.pk] = [good.pk]
    return quiz, right


def _participants(run: str, count: int) -> list[str]:
    from allauth.account.models import EmailAddress

    from people.choices import Occupation, Role
    from people.models import ConsentRecord, Institution, Profile, User
    from people.services import add_to_role

    password = make_password(PASSWORD)  # one hash for all: the stack checks it at each log-in
    institution = Institution.objects.order_by("pk").first()
    emails = []
    for number in range(count):
        email = f"beban{run}-{number}@contoh.id"
        user = User.objects.create(email=email, password=password)
        add_to_role(user, Role.PARTICIPANT)
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        Profile.objects.create(
            user=user,
            full_name=f"Peserta Beban {number}",
            occupation=Occupation.TEACHER,
            institution=institution,
            kecamatan=institution.kecamatan,
        )
        ConsentRecord.objects.create(user=user, policy_version=settings.PRIVACY_POLICY_VERSION)
        emails.append(email)
    return emails


def seed_drill(count: int):
    """A published course of MODULES modules, each with a quiz of QUESTIONS questions, and `count`
    participants with complete profiles. Names carry the run's time, so every run has its own."""
    from courses.models import CourseIndexPage, CoursePage, ModulePage

    run = time.strftime("%H%M%S")
    with transaction.atomic():
        course = CoursePage(
            title=f"Latihan beban {run}",
            slug=f"latihan-beban-{run}",
            summary="Kursus untuk uji beban.",
            learning_outcomes="<ul><li>Uji beban</li></ul>",
            audience="Uji",
            duration_jp=1,
        )
        CourseIndexPage.objects.get().add_child(instance=course)
        course.save_revision().publish()
        right, modules = {}, []
        for number in range(1, MODULES + 1):
            quiz, answers = _quiz(run, number)
            right.update(answers)
            body = [
                {"type": "paragraph", "value": "<p>Bacaan singkat modul latihan.</p>"},
                {"type": "quiz", "value": {"quiz": quiz.pk}},
            ]
            module = ModulePage(title=f"Modul latihan {number}", slug=f"modul-{number}", body=body)
            course.add_child(instance=module)
            module.save_revision().publish()
            module = ModulePage.objects.get(pk=module.pk)
            modules.append(
                {
                    "url": module.url,
                    "complete": reverse("courses:complete", args=[module.pk]),
                    "questions": QUESTIONS,
                }
            )
        emails = _participants(run, count)
    course_info = {
        "pk": course.pk,
        "url": CoursePage.objects.get(pk=course.pk).url,
        "enrol": reverse("courses:enrol", args=[course.pk]),
        "modules": modules,
        "right": right,
    }
    return course_info, emails, PASSWORD


def _in_bucket(name: str) -> bool:
    import boto3

    s3 = boto3.client("s3", endpoint_url=os.environ["AWS_S3_ENDPOINT_URL"])
    try:
        return s3.head_object(Bucket=os.environ["AWS_STORAGE_BUCKET_NAME"], Key=name)["ContentLength"] > 0
    except s3.exceptions.ClientError:
        return False


def _drain(certificates, timeout: float = 90) -> float:
    """Seconds until the workers rendered every certificate (or the timeout)."""
    from certificates.choices import CertificateStatus

    started = time.monotonic()
    while certificates.filter(status=CertificateStatus.PENDING).exists():
        if time.monotonic() - started > timeout:
            break
        time.sleep(1)
    return round(time.monotonic() - started, 1)


def check_database(course: dict, emails: list[str], acknowledged: list[tuple[str, str]]) -> dict:
    from django.db.models import Count
    from django_tasks_db.models import DBTaskResult

    from certificates.models import Certificate
    from courses.models import CourseCompletion
    from quizzes.models import Attempt

    attempts = Attempt.objects.filter(user__email__in=emails)
    problems = []
    for email, attempt_id in acknowledged:
        stored = attempts.filter(pk=attempt_id, user__email=email, submitted_at__isnull=False)
        if stored.count() != 1:
            problems.append(f"submission {attempt_id} of {email} acknowledged but not stored")
        elif stored.get().score != stored.get().max_score:
            problems.append(f"submission {attempt_id} of {email} lost an autosaved answer")
    twice = attempts.values("user", "quiz").annotate(n=Count("pk")).filter(n__gt=1).count()
    if twice:
        problems.append(f"{twice} participants have more than one attempt at one quiz")

    certificates = Certificate.objects.filter(
        user__email__in=emails, subject_kind="course", subject_id=course["pk"]
    )
    drained_after = _drain(certificates)
    completions = CourseCompletion.objects.filter(course_id=course["pk"], user__email__in=emails)
    unrendered = []
    for completion in completions.select_related("user"):
        mine = list(certificates.filter(user=completion.user))
        if len(mine) != 1:
            problems.append(f"{completion.user.email} completed the course and has {len(mine)} certificates")
        elif mine[0].status != "valid" or not mine[0].pdf.name or not _in_bucket(mine[0].pdf.name):
            unrendered.append(f"{completion.user.email}: {mine[0].number} {mine[0].status}")
    stuck = DBTaskResult.objects.filter(status="RUNNING").count()
    if unrendered:
        problems.append(f"{len(unrendered)} certificates not rendered into the bucket: {unrendered[:3]}")
    return {
        "ok": not problems,
        "problems": problems,
        "submissions_acknowledged": len(acknowledged),
        "submissions_stored": attempts.filter(submitted_at__isnull=False).count(),
        "courses_completed": completions.count(),
        "certificates": certificates.count(),
        "certificates_rendered_in_bucket": completions.count() - len(unrendered),
        "certificates_drained_after_s": drained_after,
        "tasks_left_running": stuck,
    }
