"""From models to the pure renderer: a template's layout with its images, and a certificate's printed data."""

import datetime
import os

from django.utils.translation import gettext as _

from .pdf import Layout, SignatoryLayout
from .pdfimages import ImageSource, RenderError
from .placeholders import CertificateData, unknown_tokens

# Renditions at print resolution: a JPEG background is copied into the PDF as it is; small PNG logos and
# signatures keep their transparency and cost little to compress (see bench/bench_certificates.py).
BACKGROUND_SPEC = "max-1754x1754|format-jpeg|jpegquality-85"
LOGO_SPEC = "max-160x160|format-png"
SIGNATURE_SPEC = "max-360x130|format-png"
TEXT_FIELDS = ("title", "subtitle", "intro", "body", "date_line")


def image_source(image, spec: str, label: str) -> ImageSource:
    """The rendition of `image` as something the renderer can read; RenderError when its file is gone."""
    problem = _("The %(what)s “%(title)s” cannot be opened. Upload it again or choose another image.") % {
        "what": label,
        "title": image.title,
    }
    try:
        rendition = image.get_rendition(spec)
        storage, name = rendition.file.storage, rendition.file.name
        try:
            path = storage.path(name)
        except NotImplementedError:  # remote storage (S3): read the bytes instead
            path = None
        if path is not None:
            if not os.path.isfile(path):
                raise FileNotFoundError(path)
            return ImageSource(key=name, label=str(label), path=path)
        with storage.open(name, "rb") as handle:
            return ImageSource(key=name, label=str(label), data=handle.read())
    except (OSError, ValueError) as error:  # Wagtail's SourceImageIOError is an OSError too
        raise RenderError(problem, code="missing_image", label=str(label)) from error


def template_layout(template) -> Layout:
    """The template as renderer data. Reads every image, so a missing one is reported before issuing."""
    logos = tuple(
        image_source(logo.image, LOGO_SPEC, _("logo")) for logo in template.logos.all() if logo.image_id
    )
    signatories = tuple(
        SignatoryLayout(
            name=signatory.name,
            position=signatory.position,
            nip=signatory.nip,
            signature=image_source(signatory.signature, SIGNATURE_SPEC, _("signature"))
            if signatory.signature_id
            else None,
        )
        for signatory in template.signatories.all()
    )
    return Layout(
        page_size=template.page_size,
        orientation=template.orientation,
        background=image_source(template.background, BACKGROUND_SPEC, _("background image"))
        if template.background_id
        else None,
        logos=logos,
        frame_style=template.frame_style,
        accent_color=template.accent_color,
        text_color=template.text_color,
        heading_font=template.heading_font,
        body_font=template.body_font,
        title=template.title,
        subtitle=template.subtitle,
        intro=template.intro,
        body=template.body,
        date_line=template.date_line,
        signatories=signatories,
        qr_position=template.qr_position,
        qr_size_mm=template.qr_size_mm,
    )


def template_problems(template) -> list[str]:
    """What stops this template from printing correctly, in words an officer understands."""
    problems = []
    for field in TEXT_FIELDS:
        for key in unknown_tokens(getattr(template, field)):
            problems.append(
                _("“%(token)s” in “%(field)s” is not a known placeholder.")
                % {"token": "{" + key + "}", "field": template._meta.get_field(field).verbose_name}
            )
    try:
        template_layout(template)
    except RenderError as error:
        problems.append(str(error))
    return problems


def certificate_data(certificate) -> CertificateData:
    printed = certificate.printed or {}
    issued = certificate.issued_at
    return CertificateData(
        recipient_name=certificate.recipient_name,
        subject_title=certificate.subject_title,
        subject_kind=certificate.subject_kind,
        date_start=certificate.date_start,
        date_end=certificate.date_end,
        hours=certificate.hours,
        number=certificate.number,
        code=certificate.code,
        institution=certificate.institution_name,
        issuer=certificate.issuer_name,
        place=printed.get("tempat", ""),
        issued_on=_local_date(issued),
        verification_url=certificate.verification_url,
    )


def _local_date(moment: datetime.datetime) -> datetime.date:
    from django.utils import timezone

    return timezone.localtime(moment).date()
