"""A PNG to share a certificate on WhatsApp or social media, drawn with Pillow. Pure: no database."""

import io
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from .fonts import font_path
from .pdfimages import qr_image
from .placeholders import CertificateData, format_date_range
from .textfit import clean_text

WIDTH, HEIGHT = 1200, 630  # the size link previews use
PURPLE = (76, 29, 149)
INK = (31, 35, 40)
MUTED = (87, 96, 106)


@cache
def _font(family: str, bold: bool, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path(family, bold=bold)), size)


def _fit(
    draw: ImageDraw.ImageDraw, text: str, *, bold: bool, family: str, start: int, smallest: int, width: int
):
    """The largest font (down to `smallest`) at which `text` fits `width`; lines wrap below that."""
    for size in range(start, smallest - 1, -2):
        font = _font(family, bold, size)
        if draw.textlength(text, font=font) <= width:
            return font, [text]
    font = _font(family, bold, smallest)
    return font, _wrap(draw, text, font, width)


def _wrap(draw, text: str, font, width: int) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and draw.textlength(candidate, font=font) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def share_png(data: CertificateData) -> bytes:
    image = Image.new("RGB", (WIDTH, HEIGHT), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 28, HEIGHT), fill=PURPLE)
    draw.rectangle((28, 0, WIDTH, 10), fill=(243, 239, 250))
    _draw_texts(draw, data)
    _draw_qr(image, draw, data.verification_url)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _draw_texts(draw: ImageDraw.ImageDraw, data: CertificateData) -> None:
    left, text_width = 80, 700
    draw.text((left, 60), "SERTIFIKAT", font=_font("serif", True, 44), fill=PURPLE)
    y = 140
    name_font, name_lines = _fit(
        draw,
        clean_text(data.recipient_name),
        bold=True,
        family="serif",
        start=52,
        smallest=30,
        width=text_width,
    )
    for line in name_lines[:3]:
        draw.text((left, y), line, font=name_font, fill=INK)
        y += int(name_font.size * 1.2)
    y += 16
    draw.text((left, y), "telah menyelesaikan", font=_font("sans", False, 26), fill=MUTED)
    y += 44
    title_font = _font("sans", True, 30)
    for line in _wrap(draw, clean_text(data.subject_title), title_font, text_width)[:3]:
        draw.text((left, y), line, font=title_font, fill=INK)
        y += 40
    when = format_date_range(data.date_start, data.date_end)
    draw.text((left, y + 12), when, font=_font("sans", False, 26), fill=MUTED)
    draw.text((left, HEIGHT - 90), data.number, font=_font("sans", False, 22), fill=MUTED)
    draw.text((left, HEIGHT - 60), clean_text(data.issuer), font=_font("sans", False, 22), fill=MUTED)


def _draw_qr(image: Image.Image, draw: ImageDraw.ImageDraw, url: str) -> None:
    qr = qr_image(url)
    scale = max(1, 300 // qr.width)
    qr = qr.resize((qr.width * scale, qr.height * scale), Image.NEAREST)
    x, y = WIDTH - 80 - qr.width, (HEIGHT - qr.height) // 2 - 20
    image.paste(qr, (x, y))
    caption = "Pindai untuk cek keaslian"
    draw.text(
        (x + qr.width / 2, y + qr.height + 28),
        caption,
        font=_font("sans", False, 20),
        fill=MUTED,
        anchor="mm",
    )
