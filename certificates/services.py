"""What the certificates app does: issue, render and store, revoke, re-issue."""

import datetime
import logging
from dataclasses import dataclass
from decimal import Decimal
from functools import partial

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django_tasks import TaskResultStatus
from wagtail.log_actions import log

from sinergi.errors import AppError
from sinergi.task_rescue import close_lost

from .choices import LIVE_STATUSES, CertificateStatus
from .codes import format_number, group_code, new_code
from .models import Certificate, CertificateCounter, CertificateTemplate, late_cutoff
from .pdf import render_pdf
from .pdfimages import RenderError
from .placeholders import certificate_data, evaluate_all
from .rendering import template_layout
from .rescue import enqueue_render, render_tasks

logger = logging.getLogger(__name__)


class CertificateError(AppError):
    pass


@dataclass(frozen=True)
class Subject:
    """What a certificate is for, as printed: a course page or a workshop, with its title, dates and hours."""

    content_type_id: int
    object_id: int
    kind: str
    title: str
    date_start: datetime.date
    date_end: datetime.date | None = None
    hours: Decimal | None = None

    @classmethod
    def of(cls, instance, **fields) -> "Subject":
        content_type = ContentType.objects.get_for_model(instance)
        return cls(content_type_id=content_type.pk, object_id=instance.pk, **fields)


def site_base_url() -> str:
    base = getattr(settings, "CERTIFICATES_BASE_URL", "") or settings.WAGTAILADMIN_BASE_URL
    return base.rstrip("/")


def verification_url(code: str) -> str:
    return site_base_url() + reverse("certificates:verify", args=[group_code(code)])


def next_number(*, prefix: str, when: datetime.datetime) -> str:
    """SNG/2025/11/000123. The counter is bumped by an UPDATE first, which takes the row lock in every
    database, so two issuers never read the same value; the counter row is created on first use."""
    local = timezone.localtime(when)
    counter = CertificateCounter.objects.filter(prefix=prefix, year=local.year)
    if not counter.update(last=F("last") + 1):
        try:
            with transaction.atomic():
                CertificateCounter.objects.create(prefix=prefix, year=local.year, last=0)
        except IntegrityError:
            pass  # another issuer created it a moment ago; the UPDATE below waits for it
        counter.update(last=F("last") + 1)
    sequence = counter.values_list("last", flat=True).get()
    return format_number(prefix, local.year, local.month, sequence)


def _profile_of(user):
    profile = getattr(user, "profile", None)
    if profile is None or not profile.full_name.strip():
        raise CertificateError("The participant has no name to print.", code="no_name")
    return profile


def _resolve_template(template: CertificateTemplate | None) -> CertificateTemplate:
    template = template or CertificateTemplate.objects.default()
    if template is None:
        raise CertificateError("No certificate template is marked as default.", code="no_template")
    return template


def _new_certificate(*, user, subject: Subject, template: CertificateTemplate, issued_by) -> Certificate:
    profile = _profile_of(user)
    now = timezone.now()
    code = new_code()
    certificate = Certificate(
        template=template,
        user=user,
        subject_type_id=subject.content_type_id,
        subject_id=subject.object_id,
        subject_kind=subject.kind,
        recipient_name=profile.full_name,
        subject_title=subject.title,
        date_start=subject.date_start,
        date_end=subject.date_end,
        hours=subject.hours,
        institution_name=profile.institution.name if profile.institution_id else "",
        institution_id=profile.institution_id,
        kecamatan_id=profile.kecamatan_id,
        issuer_name=template.issuer_name,
        number=next_number(prefix=template.number_prefix, when=now),
        code=code,
        verification_url=verification_url(code),
        issued_at=now,
        issued_by=issued_by,
    )
    certificate.printed = _printed_values(certificate, place=template.place)
    certificate.save()
    return certificate


def _printed_values(certificate: Certificate, *, place: str) -> dict[str, str]:
    """Every placeholder as it is printed, kept with the certificate."""
    return evaluate_all(certificate_data(certificate, place=place))


def _enqueue_render(certificate: Certificate) -> None:
    """Render the PDF once the certificate row is committed, so the worker finds it."""
    transaction.on_commit(partial(enqueue_render, certificate))


def issue_certificate(
    *, user, subject: Subject, template: CertificateTemplate | None = None, issued_by=None
) -> tuple[Certificate, bool]:
    """Issue the participant's certificate for `subject`, or return the one they already hold.

    Returns (certificate, created). The PDF is rendered afterwards by a background task.
    """
    template = _resolve_template(template)
    live = Certificate.objects.filter(
        user=user,
        subject_type_id=subject.content_type_id,
        subject_id=subject.object_id,
        status__in=LIVE_STATUSES,
    )
    existing = live.first()
    if existing:
        return existing, False
    try:
        # The partial unique constraint is what keeps one live certificate per participant and subject when
        # two completions race: the loser's insert fails here and it returns the winner's certificate. (The
        # number it drew is lost, leaving a gap in the sequence; numbers only need to be unique.)
        with transaction.atomic():
            certificate = _new_certificate(user=user, subject=subject, template=template, issued_by=issued_by)
            log(
                instance=certificate,
                action="certificates.issue",
                user=issued_by,
                data={"number": certificate.number, "automatic": issued_by is None},
            )
    except IntegrityError:
        existing = live.first()
        if existing is None:
            raise
        return existing, False
    _enqueue_render(certificate)
    return certificate, True


@transaction.atomic
def render_and_store(*, certificate_id: int) -> Certificate | None:
    """Render the PDF once and store it; a certificate already made is never drawn again.

    Returns the certificate when its PDF was stored now, None otherwise (already made, revoked, or failed).
    """
    certificate = Certificate.objects.select_for_update().filter(pk=certificate_id).first()
    if certificate is None or certificate.status not in (CertificateStatus.PENDING, CertificateStatus.FAILED):
        return None
    try:
        template = _resolve_template(certificate.template)
        filename, _content_type, content = render_pdf(
            template_layout(template), certificate_data(certificate)
        )
    except (RenderError, CertificateError) as error:
        certificate.status = CertificateStatus.FAILED
        certificate.render_error = str(error)
        certificate.save(update_fields=["status", "render_error"])
        log(instance=certificate, action="certificates.render_failed", data={"error": str(error)})
        logger.error("Certificate %s could not be rendered: %s", certificate.number, error)
        return None
    certificate.pdf.save(filename, ContentFile(content), save=False)
    certificate.pdf_size = len(content)
    certificate.rendered_at = timezone.now()
    certificate.render_error = ""
    certificate.status = CertificateStatus.VALID
    certificate.save(update_fields=["pdf", "pdf_size", "rendered_at", "render_error", "status"])
    return certificate


@transaction.atomic
def retry_render(*, certificate: Certificate, by) -> Certificate:
    """An officer tries again: after fixing the template, or for a certificate that is late.

    Render tasks left RUNNING by a dead worker are closed; a new one is queued unless one is already waiting,
    so a certificate never has two renders queued. The task row is written in this transaction (not after
    it), so a rescue running at the same moment sees it.
    """
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.status not in (CertificateStatus.PENDING, CertificateStatus.FAILED):
        raise CertificateError(
            "Only a certificate that is not made yet can be tried again.", code="not_failed"
        )
    tasks = render_tasks(certificate.pk)
    close_lost(tasks, cutoff=late_cutoff())
    if tasks.filter(status=TaskResultStatus.RUNNING).exists():
        raise CertificateError("This certificate is being made right now.", code="in_progress")
    certificate.status = CertificateStatus.PENDING
    certificate.save(update_fields=["status"])
    log(instance=certificate, action="certificates.retry", user=by)
    if not tasks.filter(status=TaskResultStatus.READY).exists():
        enqueue_render(certificate)
    return certificate


@transaction.atomic
def revoke_certificate(*, certificate: Certificate, by, reason: str) -> Certificate:
    reason = " ".join((reason or "").split())
    if not reason:
        raise CertificateError("A reason is required to revoke a certificate.", code="reason_required")
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.status not in LIVE_STATUSES:
        raise CertificateError("This certificate was already revoked or replaced.", code="not_live")
    certificate.status = CertificateStatus.REVOKED
    certificate.revoked_at = timezone.now()
    certificate.revoked_by = by
    certificate.revoke_reason = reason
    certificate.save(update_fields=["status", "revoked_at", "revoked_by", "revoke_reason"])
    log(instance=certificate, action="certificates.revoke", user=by, data={"reason": reason})
    return certificate


@transaction.atomic
def reissue_certificate(*, certificate: Certificate, by, reason: str = "") -> Certificate:
    """A new certificate (new number and code, the participant's current name) replacing this one.

    The old one stays verifiable and says "replaced", with a link to the new one.
    """
    old = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if old.status not in (CertificateStatus.VALID, CertificateStatus.FAILED):
        raise CertificateError("Only a valid certificate can be re-issued.", code="not_valid")
    if old.user is None:
        raise CertificateError("The participant's account no longer exists.", code="no_user")
    old.status = CertificateStatus.REPLACED
    old.replaced_at = timezone.now()
    old.save(update_fields=["status", "replaced_at"])
    subject = Subject(
        content_type_id=old.subject_type_id,
        object_id=old.subject_id,
        kind=old.subject_kind,
        title=old.subject_title,
        date_start=old.date_start,
        date_end=old.date_end,
        hours=old.hours,
    )
    template = _resolve_template(old.template)
    new = _new_certificate(user=old.user, subject=subject, template=template, issued_by=by)
    old.replaced_by = new
    old.save(update_fields=["replaced_by"])
    reason = " ".join((reason or "").split())
    log(instance=old, action="certificates.reissue", user=by, data={"new": new.number, "reason": reason})
    log(
        instance=new,
        action="certificates.issue",
        user=by,
        data={"number": new.number, "replaces": old.number},
    )
    _enqueue_render(new)
    return new
