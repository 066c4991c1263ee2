"""A demo certificate template whose artwork is drawn here with Pillow (no third-party images)."""

import io
import math
import random
from functools import cache

from django.core.files.images import ImageFile
from django.db import transaction
from PIL import Image, ImageDraw, ImageFont

from .fonts import font_path

PURPLE = (76, 29, 149)
TEAL = (15, 118, 110)


@cache
def background_jpeg(width: int = 1754, height: int = 1240) -> bytes:
    """A light page with soft waves along the top and bottom edges; the middle stays white for the text."""
    image = Image.new("RGB", (width, height), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    for band in range(14):
        tint = 236 - band * 3
        colour = (tint, tint - 8, 250)
        amplitude, phase = 18 + band * 2, band * 0.35
        for edge in (0, 1):
            points = []
            for x in range(0, width + 20, 20):
                wave = amplitude * math.sin(x / 140 + phase)
                y = 30 + band * 9 + wave if edge == 0 else height - 30 - band * 9 - wave
                points.append((x, y))
            draw.line(points, fill=colour, width=2)
    for cx, cy in ((0, 0), (width, 0), (0, height), (width, height)):
        for radius in range(260, 40, -30):
            shade = 245 - (260 - radius) // 12
            draw.ellipse(
                (cx - radius, cy - radius, cx + radius, cy + radius), outline=(shade, shade - 6, 252), width=3
            )
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82)
    return buffer.getvalue()


@cache
def logo_png(initials: str = "LLG", colour: tuple[int, int, int] = PURPLE, size: int = 300) -> bytes:
    """A round emblem with initials on a transparent background."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((6, 6, size - 6, size - 6), fill=colour + (255,))
    draw.ellipse((24, 24, size - 24, size - 24), outline=(255, 255, 255, 255), width=6)
    for index in range(12):
        angle = index * math.pi / 6
        x, y = size / 2 + math.cos(angle) * size * 0.36, size / 2 + math.sin(angle) * size * 0.36
        draw.ellipse((x - 6, y - 6, x + 6, y + 6), fill=(255, 255, 255, 255))
    font = ImageFont.truetype(str(font_path("sans", bold=True)), size // 5)
    draw.text((size / 2, size / 2), initials, font=font, fill=(255, 255, 255, 255), anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


@cache
def signature_png(seed: int = 1, width: int = 520, height: int = 200) -> bytes:
    """A hand-like scribble in dark blue ink on a transparent background."""
    rng = random.Random(seed)  # noqa: S311 (drawing, not security)
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    points = []
    loops = rng.randint(4, 6)
    for step in range(0, 400):
        t = step / 400
        x = 30 + t * (width - 60)
        y = height / 2 + math.sin(t * loops * math.pi * 2) * height * 0.28 * (1 - t * 0.6)
        y += math.sin(t * 37 + seed) * 6
        points.append((x + math.cos(t * loops * math.pi * 2) * 18, y))
    draw.line(points, fill=(20, 35, 110, 255), width=5, joint="curve")
    draw.line([(50, height * 0.82), (width - 40, height * 0.74)], fill=(20, 35, 110, 255), width=4)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def _wagtail_image(title: str, filename: str, content: bytes):
    from wagtail.images import get_image_model

    Image_ = get_image_model()
    existing = Image_.objects.filter(title=title).first()
    if existing:
        return existing
    return Image_.objects.create(title=title, file=ImageFile(io.BytesIO(content), name=filename))


COMPLETION_TEMPLATE_NAME = "Sertifikat kelulusan kursus"
# Printed on certificates: a course that requires passing its quizzes says the participant completed it.
COMPLETION_BODY = (
    "telah menyelesaikan {jenis} “{kegiatan}” yang diselenggarakan oleh {penerbit} pada {tanggal} "
    "dengan beban belajar {jp} JP."
)


def _images():
    return {
        "background": _wagtail_image("Latar sertifikat (demo)", "latar-sertifikat.jpg", background_jpeg()),
        "city": _wagtail_image("Logo Kota (demo)", "logo-kota.png", logo_png("LLG")),
        "agency": _wagtail_image("Logo DPPPAPM (demo)", "logo-dpppapm.png", logo_png("PPA", TEAL)),
        "head": _wagtail_image("Tanda tangan kepala dinas (demo)", "ttd-kepala.png", signature_png(1)),
        "chair": _wagtail_image("Tanda tangan ketua panitia (demo)", "ttd-ketua.png", signature_png(7)),
    }


def _build(name: str, *, is_default: bool, **fields):
    """A template with the demo artwork and example signatories that officers must replace: their names
    say "(contoh)" and they carry no NIP, so no real official's name or number is ever printed by mistake."""
    from .models import CertificateLogo, CertificateSignatory, CertificateTemplate

    images = _images()
    template = CertificateTemplate(
        name=name, is_default=is_default, background=images["background"], **fields
    )
    template.logos = [CertificateLogo(image=images["city"]), CertificateLogo(image=images["agency"])]
    template.signatories = [
        CertificateSignatory(
            name="Nama Kepala Dinas (contoh)",
            position="Kepala Dinas PPPAPM Kota Lubuklinggau",
            nip="",
            signature=images["head"],
        ),
        CertificateSignatory(
            name="Nama Ketua Panitia (contoh)",
            position="Ketua Panitia Pelatihan",
            nip="",
            signature=images["chair"],
        ),
    ]
    template.save()
    return template


@transaction.atomic
def seed_certificate_template():
    """The default template used by the demo and the benchmarks; left alone if it exists."""
    from .models import CertificateTemplate

    template = CertificateTemplate.objects.filter(name="Sertifikat standar").first()
    if template:
        return template
    return _build(
        "Sertifikat standar", is_default=not CertificateTemplate.objects.filter(is_default=True).exists()
    )


@transaction.atomic
def seed_course_certificate_template():
    """The template of courses that require passing: "telah menyelesaikan", not "atas partisipasinya"."""
    from .models import CertificateTemplate

    template = CertificateTemplate.objects.filter(name=COMPLETION_TEMPLATE_NAME).first()
    if template:
        return template
    return _build(COMPLETION_TEMPLATE_NAME, is_default=False, body=COMPLETION_BODY)
