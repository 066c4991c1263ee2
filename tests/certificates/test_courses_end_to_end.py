"""A real course, completed by its own rule, brings its certificate; nothing is issued before that."""

from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from certificates.choices import CertificateStatus, SubjectKind
from certificates.models import Certificate, CertificateTemplate
from courses import services as course_services
from courses.models import CourseCompletion
from tests.courses.conftest import make_course, make_module, make_quiz, quiz_block, take_quiz

from .conftest import pdf_text, stored_pdf

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(template):
    course = make_course(title="Mencegah TPPO di Sekolah", duration_jp=Decimal("6.5"))
    for n in (1, 2):
        make_module(course, title=f"Modul {n}")
    return course


def complete_everything(user, course, run_on_commit):
    with run_on_commit(execute=True):
        course_services.enrol(user=user, course=course)
    for module in course.get_children().live().specific().order_by("path"):
        with run_on_commit(execute=True):
            course_services.complete_module(user=user, module=module, confirm_read=True)


def test_completing_a_course_issues_a_verifiable_certificate(
    client, participant, course, django_capture_on_commit_callbacks, mailoutbox
):
    complete_everything(participant, course, django_capture_on_commit_callbacks)
    completion = CourseCompletion.objects.get(user_id=participant.pk, course=course)
    certificate = Certificate.objects.get(user=participant)
    assert certificate.status == CertificateStatus.VALID
    assert certificate.subject.specific == course and certificate.subject_kind == SubjectKind.COURSE
    assert certificate.subject_title == "Mencegah TPPO di Sekolah" and certificate.hours == Decimal("6.5")
    assert certificate.date_start == timezone.localtime(completion.completed_at).date()
    text = " ".join(pdf_text(stored_pdf(certificate)).split())
    assert "Siti Aminah, S.Pd." in text and "6,5 JP" in text and certificate.number in text
    assert [mail.subject for mail in mailoutbox] == ["Sertifikat Anda: Mencegah TPPO di Sekolah"]

    client.force_login(participant)
    assert certificate.number in client.get(reverse("certificates:mine")).content.decode()
    verdict = client.get(reverse("certificates:verify", args=[certificate.display_code])).content.decode()
    assert "Sah" in verdict and "Mencegah TPPO di Sekolah" in verdict


def test_half_a_course_brings_nothing(participant, course, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        course_services.enrol(user=participant, course=course)
        first = course.get_children().live().specific().order_by("path").first()
        course_services.complete_module(user=participant, module=first, confirm_read=True)
    assert not Certificate.objects.exists()


def test_a_course_that_requires_its_quiz_issues_only_after_the_pass(
    participant, template, django_capture_on_commit_callbacks
):
    quiz = make_quiz(title="Kuis TPPO", pass_mark=100)
    course = make_course(title="TPPO dengan kuis", require_quiz=True, require_read=False)
    module = make_module(course, body=[quiz_block(quiz)])
    with django_capture_on_commit_callbacks(execute=True):
        course_services.enrol(user=participant, course=course)
        take_quiz(participant, quiz, correct=False)
    with django_capture_on_commit_callbacks(execute=True):
        course_services.complete_module(user=participant, module=module)
    assert not Certificate.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        take_quiz(participant, quiz, correct=True)
    with django_capture_on_commit_callbacks(execute=True):
        course_services.complete_module(user=participant, module=module)
    assert Certificate.objects.get(user=participant).status == CertificateStatus.VALID


def test_the_course_pages_own_template_is_used(participant, course, django_capture_on_commit_callbacks):
    special = CertificateTemplate.objects.create(
        name="Templat TPPO", title="PIAGAM TPPO", frame_style="simple"
    )
    course.certificate_template = special
    course.save_revision().publish()
    complete_everything(participant, course, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(user=participant)
    assert certificate.template == special
    assert "PIAGAM TPPO" in pdf_text(stored_pdf(certificate))
