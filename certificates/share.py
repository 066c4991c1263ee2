"""A PNG to share a certificate on WhatsApp or social media, drawn with Pillow. Pure: no database."""

import io
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, features

from .fonts import font_chain, font_path
from .pdfimages import qr_image
from .placeholders import CertificateData, format_date_range
from .textfit import clean_text

WIDTH, HEIGHT = 1200, 630  # the size link previews use
PURPLE = (76, 29, 149)
INK = (31, 35, 40)
MUTED = (87, 96, 106)
# Pillow's wheels from PyPI bundle libraqm (bidi, HarfBuzz shaping); without it Arabic would print unjoined.
RAQM = features.check("raqm")


@cache
def _font(family: str, bold: bool, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path(family, bold=bold)), size)


@cache
def _face(path: Path, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size)


class _Text:
    """One line in any script: runs of the family's fallback fonts (certificates/scripts.py), each shaped by
    libraqm (right to left for Arabic), placed side by side on a common baseline."""

    def __init__(self, family: str, bold: bool, size: int):
        self.chain, self.size = font_chain(family, bold=bold), size
        self.ascent = _face(self.chain.paths[0], size).getmetrics()[0]

    def _pieces(self, draw: ImageDraw.ImageDraw, text: str):
        for run in self.chain.runs(text):
            font = _face(self.chain.paths[run.face], self.size)
            direction = ("rtl" if run.rtl else "ltr") if RAQM else None
            yield run.text, font, direction, draw.textlength(run.text, font=font, direction=direction)

    def width(self, draw: ImageDraw.ImageDraw, text: str) -> float:
        return sum(piece[3] for piece in self._pieces(draw, text))

    def draw(self, draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, fill) -> None:
        x, y = xy
        for run, font, direction, width in self._pieces(draw, text):
            draw.text((x, y + self.ascent), run, font=font, fill=fill, anchor="ls", direction=direction)
            x += width


def _fit(
    draw: ImageDraw.ImageDraw, text: str, *, bold: bool, family: str, start: int, smallest: int, width: int
):
    """The largest font (down to `smallest`) at which `text` fits `width`; lines wrap below that."""
    for size in range(start, smallest - 1, -2):
        font = _Text(family, bold, size)
        if font.width(draw, text) <= width:
            return font, [text]
    font = _Text(family, bold, smallest)
    return font, _wrap(draw, text, font, width)


def _wrap(draw, text: str, font: _Text, width: int) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and font.width(draw, candidate) > width:
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
        name_font.draw(draw, (left, y), line, INK)
        y += int(name_font.size * 1.2)
    y += 16
    draw.text((left, y), "telah menyelesaikan", font=_font("sans", False, 26), fill=MUTED)
    y += 44
    title_font = _Text("sans", True, 30)
    for line in _wrap(draw, clean_text(data.subject_title), title_font, text_width)[:3]:
        title_font.draw(draw, (left, y), line, INK)
        y += 40
    when = format_date_range(data.date_start, data.date_end)
    draw.text((left, y + 12), when, font=_font("sans", False, 26), fill=MUTED)
    draw.text((left, HEIGHT - 90), data.number, font=_font("sans", False, 22), fill=MUTED)
    _Text("sans", False, 22).draw(draw, (left, HEIGHT - 60), clean_text(data.issuer), MUTED)


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
