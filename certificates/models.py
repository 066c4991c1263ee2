"""Certificate templates (designed in the Wagtail admin) and issued certificates (frozen once rendered)."""

import datetime
import secrets

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable, PreviewableMixin

from .choices import (
    LIVE_STATUSES,
    CertificateStatus,
    FontFamily,
    FrameStyle,
    Orientation,
    PageSize,
    QrPosition,
    SubjectKind,
)

DEFAULT_BODY = (
    "atas partisipasinya sebagai peserta {jenis} “{kegiatan}” yang diselenggarakan oleh {penerbit} "
    "pada {tanggal} dengan beban belajar {jp} JP."
)
MAX_SIGNATORIES = 3
MAX_LOGOS = 4


class CertificateTemplateQuerySet(models.QuerySet):
    def default(self):
        return self.filter(is_default=True).first()


class CertificateTemplate(PreviewableMixin, ClusterableModel):
    """How a certificate looks. Texts may use the placeholders of certificates/placeholders.py."""

    name = models.CharField(_("name"), max_length=100, help_text=_("Only officers see this name."))
    is_default = models.BooleanField(
        _("default template"),
        default=False,
        help_text=_("Used for every course that does not choose its own template."),
    )
    page_size = models.CharField(_("page size"), max_length=10, choices=PageSize.choices, default=PageSize.A4)
    orientation = models.CharField(
        _("orientation"), max_length=10, choices=Orientation.choices, default=Orientation.LANDSCAPE
    )
    background = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("background image"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Stretched over the whole page. Leave text areas light so the text stays readable."),
    )
    frame_style = models.CharField(
        _("frame"), max_length=10, choices=FrameStyle.choices, default=FrameStyle.DOUBLE
    )
    accent_color = models.CharField(
        _("accent colour"),
        max_length=7,
        default="#4c1d95",
        help_text=_("For the frame and the title, as #rrggbb."),
    )
    text_color = models.CharField(_("text colour"), max_length=7, default="#1f2328")
    heading_font = models.CharField(
        _("font for the title and the name"),
        max_length=12,
        choices=FontFamily.choices,
        default=FontFamily.SERIF,
    )
    body_font = models.CharField(
        _("font for the other texts"), max_length=12, choices=FontFamily.choices, default=FontFamily.SANS
    )
    title = models.CharField(_("title"), max_length=80, default="SERTIFIKAT")
    subtitle = models.CharField(
        _("line under the title"), max_length=200, blank=True, default="Nomor: {nomor}"
    )
    intro = models.CharField(
        _("line before the name"), max_length=200, blank=True, default="Diberikan kepada:"
    )
    body = models.TextField(_("text after the name"), default=DEFAULT_BODY)
    place = models.CharField(_("place of issue"), max_length=100, default="Lubuklinggau")
    date_line = models.CharField(
        _("place and date line"), max_length=200, blank=True, default="{tempat}, {tanggal_terbit}"
    )
    issuer_name = models.CharField(
        _("issuer"),
        max_length=255,
        default="Dinas PPPAPM Kota Lubuklinggau",
        help_text=_("Printed as {penerbit}."),
    )
    number_prefix = models.CharField(
        _("number prefix"),
        max_length=10,
        default="SNG",
        help_text=_("Certificate numbers look like SNG/2025/11/000123."),
    )
    qr_position = models.CharField(
        _("QR code position"), max_length=16, choices=QrPosition.choices, default=QrPosition.BOTTOM_RIGHT
    )
    qr_size_mm = models.PositiveSmallIntegerField(_("QR code size (mm)"), default=26)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = CertificateTemplateQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"],
                condition=models.Q(is_default=True),
                name="one_default_certificate_template",
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        # Marking a template as default takes the mark from the previous one (the constraint allows one).
        if self.is_default:
            CertificateTemplate.objects.filter(is_default=True).exclude(pk=self.pk).update(is_default=False)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = {}
        for field in ("accent_color", "text_color"):
            value = getattr(self, field) or ""
            if len(value) != 7 or not value.startswith("#") or not _is_hex(value[1:]):
                errors[field] = _("Write the colour as # and six hexadecimal digits, for example #4c1d95.")
        if not 10 <= (self.qr_size_mm or 0) <= 60:
            errors["qr_size_mm"] = _("The QR code must be between 10 and 60 mm wide to be scannable.")
        if errors:
            raise ValidationError(errors)

    # Live preview in the admin: the PDF itself, with sample data.
    preview_modes = [("", _("PDF with sample data"))]

    def serve_preview(self, request, mode_name):
        from .admin_views import serve_template_preview

        return serve_template_preview(request, self)


def _is_hex(value: str) -> bool:
    return all(ch in "0123456789abcdefABCDEF" for ch in value)


class CertificateLogo(Orderable):
    template = ParentalKey(CertificateTemplate, on_delete=models.CASCADE, related_name="logos")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("logo"), on_delete=models.PROTECT, related_name="+"
    )

    class Meta(Orderable.Meta):
        verbose_name = _("logo")
        verbose_name_plural = _("logos")


class CertificateSignatory(Orderable):
    template = ParentalKey(CertificateTemplate, on_delete=models.CASCADE, related_name="signatories")
    name = models.CharField(_("name"), max_length=120)
    position = models.CharField(_("position"), max_length=200)
    nip = models.CharField(_("NIP"), max_length=30, blank=True, help_text=_("Civil servant number, if any."))
    signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("signature image"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("A PNG with a transparent background looks best."),
    )

    class Meta(Orderable.Meta):
        verbose_name = _("signatory")
        verbose_name_plural = _("signatories")


class CertificateCounter(models.Model):
    """The last sequence number used per prefix and year; bumped with an UPDATE so two issuers never clash."""

    prefix = models.CharField(max_length=10)
    year = models.PositiveSmallIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["prefix", "year"], name="one_counter_per_prefix_year")]

    def __str__(self):
        return f"{self.prefix}/{self.year}: {self.last}"


def certificate_upload_to(instance, filename: str) -> str:
    # A random folder: even where media files are served publicly (development), nobody can guess the path.
    return f"certificates/{timezone.now():%Y}/{secrets.token_hex(16)}/{filename}"


def late_cutoff(now=None) -> datetime.datetime:
    """A certificate issued before this and still pending is late (its PDF takes seconds to make)."""
    return (now or timezone.now()) - datetime.timedelta(seconds=settings.CERTIFICATE_RENDER_STALE_AFTER)


class CertificateQuerySet(models.QuerySet):
    def live(self):
        return self.filter(status__in=LIVE_STATUSES)

    def late(self, now=None):
        return self.filter(status=CertificateStatus.PENDING, issued_at__lt=late_cutoff(now))

    def for_subject(self, subject):
        return self.filter(
            subject_type=ContentType.objects.get_for_model(subject, for_concrete_model=False),
            subject_id=subject.pk,
        )


class Certificate(models.Model):
    """One certificate for one participant and one subject (a course page or, later, a workshop).

    Everything printed is stored here and in the PDF, so later edits of the profile, the course or the
    template never change a certificate that was issued.
    """

    template = models.ForeignKey(
        CertificateTemplate,
        verbose_name=_("template"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("participant"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    subject_type = models.ForeignKey(
        ContentType, verbose_name=_("subject type"), on_delete=models.PROTECT, related_name="+"
    )
    subject_id = models.PositiveBigIntegerField(_("subject id"))
    subject = GenericForeignKey("subject_type", "subject_id")
    subject_kind = models.CharField(_("kind"), max_length=10, choices=SubjectKind.choices)

    # What is printed.
    recipient_name = models.CharField(_("name"), max_length=200)
    subject_title = models.CharField(_("completed"), max_length=255)
    date_start = models.DateField(_("date"))
    date_end = models.DateField(_("until"), null=True, blank=True)
    hours = models.DecimalField(_("hours (JP)"), max_digits=6, decimal_places=2, null=True, blank=True)
    institution_name = models.CharField(_("institution"), max_length=200, blank=True)
    issuer_name = models.CharField(_("issuer"), max_length=255)
    number = models.CharField(_("number"), max_length=40, unique=True)
    code = models.CharField(_("verification code"), max_length=32, unique=True)
    verification_url = models.URLField(_("verification address"), max_length=300)
    printed = models.JSONField(_("printed values"), default=dict, blank=True)

    # For officers' filters: where the participant belonged when the certificate was issued.
    institution = models.ForeignKey(
        "people.Institution",
        verbose_name=_("institution"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kecamatan = models.ForeignKey(
        "people.Kecamatan",
        verbose_name=_("kecamatan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    status = models.CharField(
        _("status"), max_length=10, choices=CertificateStatus.choices, default=CertificateStatus.PENDING
    )
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty when issued automatically."),
    )
    pdf = models.FileField(_("PDF"), upload_to=certificate_upload_to, blank=True, max_length=255)
    pdf_size = models.PositiveIntegerField(_("PDF size (bytes)"), default=0)
    rendered_at = models.DateTimeField(_("rendered at"), null=True, blank=True)
    render_error = models.TextField(_("problem"), blank=True)

    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revoke_reason = models.TextField(_("reason for revoking"), blank=True)
    # The holder deleted their account: revoked, name and files erased; verification says why.
    holder_erased = models.BooleanField(_("account deleted"), default=False, editable=False)
    replaced_by = models.ForeignKey(
        "self",
        verbose_name=_("replaced by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="replaces",
    )
    replaced_at = models.DateTimeField(_("replaced at"), null=True, blank=True)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        ordering = ["-issued_at", "-pk"]
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        permissions = [
            ("issue_certificate", "Can issue certificates by hand and re-issue them"),
            ("revoke_certificate", "Can revoke certificates"),
            ("download_certificate", "Can download anyone's certificate"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "subject_type", "subject_id"],
                condition=models.Q(status__in=LIVE_STATUSES),
                name="one_live_certificate_per_participant_and_subject",
            )
        ]
        indexes = [
            models.Index(fields=["subject_type", "subject_id"], name="certificate_subject_idx"),
            models.Index(fields=["status", "issued_at"], name="certificate_status_idx"),
        ]

    def __str__(self):
        return f"{self.number} — {self.recipient_name}"

    @property
    def is_ready(self) -> bool:
        return bool(self.pdf) and self.status in (
            CertificateStatus.VALID,
            CertificateStatus.REVOKED,
            CertificateStatus.REPLACED,
        )

    @property
    def is_late(self) -> bool:
        return self.status == CertificateStatus.PENDING and self.issued_at < late_cutoff()

    @property
    def display_code(self) -> str:
        from .codes import group_code

        return group_code(self.code)
