"""Certificates follow the courses app's signal; nothing below imports certificates."""

import datetime
import subprocess
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.utils import timezone

from certificates.choices import CertificateStatus, SubjectKind
from certificates.models import Certificate, CertificateTemplate
from courses.signals import course_completed

from .conftest import COURSE_TITLE, pdf_text, stored_pdf

pytestmark = pytest.mark.django_db


def completion(day=datetime.datetime(2025, 11, 14, 9, 30)):
    return SimpleNamespace(completed_at=timezone.make_aware(day), course_version=1)


def test_completing_a_course_issues_its_certificate(
    participant, template, course_page, django_capture_on_commit_callbacks, mailoutbox
):
    course_page.duration_jp = Decimal("8.5")
    with django_capture_on_commit_callbacks(execute=True):
        course_completed.send(
            sender=type(course_page), user=participant, course=course_page, completion=completion()
        )
    certificate = Certificate.objects.get(user=participant)
    assert certificate.status == CertificateStatus.VALID
    assert certificate.subject == course_page and certificate.subject_kind == SubjectKind.COURSE
    assert certificate.subject_title == COURSE_TITLE and certificate.hours == Decimal("8.5")
    assert certificate.date_start == datetime.date(2025, 11, 14) and certificate.issued_by is None
    text = " ".join(pdf_text(stored_pdf(certificate)).split())
    assert "14 November 2025" in text and "8,5 JP" in text
    assert len(mailoutbox) == 1


def test_the_courses_own_template_wins_over_the_default(
    participant, template, course_page, django_capture_on_commit_callbacks
):
    special = CertificateTemplate.objects.create(
        name="Templat TPPO", title="PIAGAM TPPO", frame_style="simple"
    )
    course_page.certificate_template = special
    with django_capture_on_commit_callbacks(execute=True):
        course_completed.send(
            sender=type(course_page), user=participant, course=course_page, completion=completion()
        )
    certificate = Certificate.objects.get(user=participant)
    assert certificate.template == special
    assert "PIAGAM TPPO" in pdf_text(stored_pdf(certificate))


def test_a_second_completion_signal_changes_nothing(
    participant, template, course_page, django_capture_on_commit_callbacks
):
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            course_completed.send(
                sender=type(course_page), user=participant, course=course_page, completion=completion()
            )
    assert Certificate.objects.filter(user=participant).count() == 1


def test_without_any_template_nothing_breaks_and_nothing_is_issued(participant, course_page, caplog):
    CertificateTemplate.objects.all().delete()
    course_completed.send(
        sender=type(course_page), user=participant, course=course_page, completion=completion()
    )
    assert not Certificate.objects.exists()
    assert "No certificate" in caplog.text


def test_no_lower_app_imports_certificates():
    root = Path(__file__).resolve().parents[2]
    lower = [
        name
        for name in ("sinergi", "people", "quizzes", "h5p", "courses", "workshops")
        if (root / name).is_dir()
    ]
    found = subprocess.run(
        ["grep", "-rlE", r"^\s*(from|import) certificates", *lower, "--include=*.py"],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
        cwd=root,
    )
    assert found.returncode == 1 and found.stdout == "", found.stdout
