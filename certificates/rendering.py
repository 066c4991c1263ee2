"""From models to the pure renderer: a template's layout with its images, and a certificate's printed data."""

import os

from django.utils.translation import gettext as _

from .pdf import Layout, SignatoryLayout
from .pdfimages import ImageSource, RenderError

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
