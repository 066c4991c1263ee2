"""A small city whose figures are counted by hand in the tests: two kecamatan, three participants, 2 courses.

    participant     kecamatan   occupation  institution   enrolled in (when)             completed
    ani             K1          teacher     school A      course X (2026-01-10)          X (2026-01-20)
                                                          course Y (2026-02-05)          —
    budi            K1          principal   school A      course X (2026-02-15)          —
    citra           K2          teacher     school B      course Y (2026-01-12)          Y (2026-02-02)

Course X has two modules: ani completed both, budi the first. Course Y has one module. Ani's certificate
for X and citra's for Y are live; a revoked one for budi does not count. Citra attended a workshop on Y
(2026-02-10) with a pre-test of 40 % and a post-test of 80 % on the topic "tppo"; ani passed X's module
quiz (tag "tppo") with 90 %.
"""

import datetime
from decimal import Decimal

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from certificates.choices import CertificateStatus, SubjectKind
from certificates.models import Certificate
from courses.models import CourseCompletion, CoursePage, Enrollment, ModuleProgress, ModuleQuiz
from people.choices import Occupation, Role
from people.models import Kecamatan, User
from quizzes.choices import AttemptStatus
from quizzes.models import Attempt, Question, QuestionBank, Quiz, QuizQuestion
from reports import summary
from tests.conftest import make_institution, make_profile, make_user
from tests.courses.conftest import make_course, make_module
from tests.workshops.conftest import make_workshop
from workshops.models import Attendance


def at(day: str, hour: int = 10) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.fromisoformat(day).replace(hour=hour))


def tagged_quiz(title: str, tag: str) -> Quiz:
    bank, _ = QuestionBank.objects.get_or_create(name="Bank uji laporan")
    question = Question.objects.create(bank=bank, text=f"{title}?")
    question.tags.add(tag)
    question.save()
    quiz = Quiz.objects.create(title=title)
    QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=0)
    return quiz


def attempt(user, quiz, percent: int, when, context: str = "") -> Attempt:
    return Attempt.objects.create(
        quiz=quiz,
        user=user,
        context=context,
        number=1,
        status=AttemptStatus.SUBMITTED,
        started_at=when,
        submitted_at=when,
        score_percent=Decimal(percent),
        passed=percent >= 70,
    )


def enrol(user, course, day):
    enrollment = Enrollment.objects.create(user=user, course=course)
    Enrollment.objects.filter(pk=enrollment.pk).update(enrolled_at=at(day), last_activity_at=at(day, 15))
    enrollment.refresh_from_db()
    return enrollment


def complete(enrollment, day):
    return CourseCompletion.objects.create(
        enrollment=enrollment,
        user=enrollment.user,
        course=enrollment.course,
        completed_at=at(day),
        course_version=1,
    )


def certificate(user, subject, day, status=CertificateStatus.VALID):
    number = Certificate.objects.count() + 1
    return Certificate.objects.create(
        user=user,
        subject_type=ContentType.objects.get_for_model(subject),
        subject_id=subject.pk,
        subject_kind=SubjectKind.COURSE if isinstance(subject, CoursePage) else SubjectKind.WORKSHOP,
        recipient_name=user.profile.full_name,
        subject_title=subject.title,
        date_start=datetime.date.fromisoformat(day),
        issuer_name="DPPPAPM",
        number=f"UJI/{number}",
        code=f"kode{number}",
        verification_url=f"https://sinergi.example/v/{number}/",
        status=status,
        issued_at=at(day),
    )


class City:
    pass


@pytest.fixture
def city(db):
    c = City()
    c.k1, c.k2 = Kecamatan.objects.order_by("pk")[:2]
    c.school_a = make_institution(name="SD Negeri 1 Uji", kecamatan=c.k1, target_headcount=4)
    c.school_b = make_institution(name="SMP Negeri 2 Uji", kecamatan=c.k2, target_headcount=10)
    c.ani = make_user(role=Role.PARTICIPANT)
    make_profile(c.ani, full_name="Ani", institution=c.school_a, occupation=Occupation.TEACHER)
    c.budi = make_user(role=Role.PARTICIPANT)
    make_profile(c.budi, full_name="Budi", institution=c.school_a, occupation=Occupation.PRINCIPAL)
    c.citra = make_user(role=Role.PARTICIPANT)
    make_profile(c.citra, full_name="Citra", institution=c.school_b, occupation=Occupation.TEACHER)

    # Signed up before the period the tests look at.
    User.objects.filter(pk__in=[c.ani.pk, c.budi.pk, c.citra.pk]).update(date_joined=at("2026-01-02"))

    c.x = make_course(title="Kursus X")
    c.x_modules = [make_module(c.x, title="X1"), make_module(c.x, title="X2")]
    c.y = make_course(title="Kursus Y")
    c.y_modules = [make_module(c.y, title="Y1")]
    c.quiz_x = tagged_quiz("Kuis X1", "tppo")
    ModuleQuiz.objects.create(module=c.x_modules[0], quiz=c.quiz_x)

    ani_x = enrol(c.ani, c.x, "2026-01-10")
    ani_y = enrol(c.ani, c.y, "2026-02-05")
    budi_x = enrol(c.budi, c.x, "2026-02-15")
    citra_y = enrol(c.citra, c.y, "2026-01-12")
    for module in c.x_modules:
        ModuleProgress.objects.create(enrollment=ani_x, module=module, completed_at=at("2026-01-20"))
    ModuleProgress.objects.create(enrollment=budi_x, module=c.x_modules[0], completed_at=at("2026-02-16"))
    ModuleProgress.objects.create(enrollment=ani_y, module=c.y_modules[0])
    ModuleProgress.objects.create(enrollment=citra_y, module=c.y_modules[0], completed_at=at("2026-02-02"))
    complete(ani_x, "2026-01-20")
    complete(citra_y, "2026-02-02")
    c.ani_certificate = certificate(c.ani, c.x, "2026-01-20")
    certificate(c.citra, c.y, "2026-02-02")
    certificate(c.budi, c.x, "2026-02-20", status=CertificateStatus.REVOKED)
    attempt(c.ani, c.quiz_x, 90, at("2026-01-15"))

    c.workshop = make_workshop(
        title="Lokakarya Y",
        course=c.y,
        sessions=[(datetime.date(2026, 2, 10), datetime.time(9), datetime.time(12))],
    )
    c.pre, c.post = tagged_quiz("Pre Y", "tppo"), tagged_quiz("Post Y", "tppo")
    Attendance.objects.create(
        session=c.workshop.sessions.get(),
        workshop=c.workshop,
        user=c.citra,
        method="roster",
        marked_at=at("2026-02-10"),
    )
    attempt(c.citra, c.pre, 40, at("2026-02-10", 9), context=f"workshop:{c.workshop.pk}:pre")
    attempt(c.citra, c.post, 80, at("2026-02-10", 11), context=f"workshop:{c.workshop.pk}:post")
    # enrol() back-dates enrolments with an UPDATE, which sends no signal (as a bulk import would): the
    # reports' summary rows are rebuilt after it, as after any bulk write. test_summary.py checks that
    # ordinary saves keep them right without a rebuild.
    summary.rebuild()
    return c
