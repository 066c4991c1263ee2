"""Fixtures for certificate tests: the demo template (artwork drawn by Pillow) and a subject to certify.

Until a test needs the courses app, any saved model can be a certificate's subject; a plain Wagtail page
with the course's title and hours stands in for a course page.
"""

import datetime
import io
from decimal import Decimal

import pytest
from django.core.files.images import ImageFile
from pypdf import PdfReader
from wagtail.images import get_image_model
from wagtail.models import Page

from certificates import demo
from certificates.choices import SubjectKind
from certificates.services import Subject, issue_certificate

COURSE_TITLE = "Pencegahan Kekerasan terhadap Anak di Sekolah"


def make_image(title: str, content: bytes, name: str):
    return get_image_model().objects.create(title=title, file=ImageFile(io.BytesIO(content), name=name))


@pytest.fixture
def template(db):
    return demo.seed_certificate_template()


@pytest.fixture
def course_page(db):
    root = Page.objects.get(depth=1)
    page = root.add_child(instance=Page(title=COURSE_TITLE, slug="kursus-contoh"))
    return page


def subject_for(page, *, hours="12", day=datetime.date(2025, 11, 12), end=None, kind=SubjectKind.COURSE):
    return Subject.of(
        page,
        kind=kind,
        title=page.title,
        date_start=day,
        date_end=end,
        hours=Decimal(hours) if hours else None,
    )


@pytest.fixture
def issue(template, course_page, django_capture_on_commit_callbacks):
    """Issue a certificate and run its background render, as happens after the transaction commits."""

    def _issue(user, *, page=None, by=None, **subject_kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            certificate, created = issue_certificate(
                user=user, subject=subject_for(page or course_page, **subject_kwargs), issued_by=by
            )
        certificate.refresh_from_db()
        return certificate

    return _issue


def pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return "\n".join(page.extract_text() for page in reader.pages)


def pdf_pages(content: bytes) -> int:
    return len(PdfReader(io.BytesIO(content)).pages)


def stored_pdf(certificate) -> bytes:
    with certificate.pdf.open("rb") as handle:
        return handle.read()
