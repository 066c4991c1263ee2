"""Render one certificate as a one-page PDF with reportlab. Pure: no database, no Django models.

`render_pdf(layout, data)` returns (filename, content_type, bytes), as pretix's renderers do. The layout is
the template as plain data; images arrive as file paths or bytes and are read here, so a missing file raises a
`RenderError` naming the image instead of producing a certificate without it.
"""

import io
import re
import unicodedata
from dataclasses import dataclass, field

from reportlab import rl_config
from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4, LETTER, landscape, portrait
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from .fonts import font_chain
from .pdfimages import ImageSource, Picture, image_reader, qr_image
from .placeholders import CertificateData, evaluate_all, fill
from .textfit import clean_text, ellipsize, fit_line, fit_name, fit_paragraph, wrap

PAGE_SIZES = {"A4": A4, "F4": (215 * mm, 330 * mm), "LETTER": LETTER}
CONTENT_TYPE = "application/pdf"

# Binary streams instead of ASCII85 text: reportlab's pure-Python ASCII85 encoder was most of the render time.
rl_config.useA85 = 0


@dataclass(frozen=True)
class SignatoryLayout:
    name: str
    position: str
    nip: str = ""
    signature: ImageSource | None = None


@dataclass(frozen=True)
class Layout:
    page_size: str = "A4"
    orientation: str = "landscape"
    background: ImageSource | None = None
    logos: tuple[ImageSource, ...] = ()
    frame_style: str = "double"
    accent_color: str = "#4c1d95"
    text_color: str = "#1f2328"
    heading_font: str = "serif"
    body_font: str = "sans"
    title: str = "SERTIFIKAT"
    subtitle: str = "Nomor: {nomor}"
    intro: str = "Diberikan kepada:"
    body: str = ""
    date_line: str = "{tempat}, {tanggal_terbit}"
    signatories: tuple[SignatoryLayout, ...] = ()
    qr_position: str = "bottom_right"
    qr_size_mm: int = 26
    extra: dict = field(default_factory=dict)


def page_dimensions(page_size: str, orientation: str) -> tuple[float, float]:
    size = PAGE_SIZES.get(page_size, A4)
    return landscape(size) if orientation == "landscape" else portrait(size)


def safe_filename(number: str, name: str) -> str:
    """SNG-2025-11-000123-Siti-Aminah-S.Pd.pdf: ASCII only, so every phone and ZIP tool shows it right."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    folded = re.sub(r"[^A-Za-z0-9.]+", "-", folded).strip("-.")[:80].strip("-.")
    stem = re.sub(r"[^A-Za-z0-9]+", "-", number).strip("-")
    return f"{stem}-{folded}.pdf" if folded else f"{stem}.pdf"


def render_pdf(layout: Layout, data: CertificateData) -> tuple[str, str, bytes]:
    # Read every image first, so a missing one stops the render before anything is drawn.
    readers = _load_images(layout)
    values = evaluate_all(data)
    values = {key: clean_text(value) for key, value in values.items()}
    width, height = page_dimensions(layout.page_size, layout.orientation)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(width, height), pageCompression=1)
    pdf.setTitle(f"Sertifikat {data.number}")
    pdf.setAuthor(values["penerbit"])
    pdf.setSubject(values["kegiatan"])
    pdf.setCreator("Sinergi")
    page = _Page(pdf, layout, width, height, values)
    page.draw(readers, data.verification_url)
    pdf.showPage()
    pdf.save()
    return safe_filename(data.number, data.recipient_name), CONTENT_TYPE, buffer.getvalue()


def _load_images(layout: Layout) -> dict[str, Picture]:
    sources = [layout.background, *layout.logos, *(s.signature for s in layout.signatories)]
    return {source.key: image_reader(source) for source in sources if source is not None}


class _Page:
    """Geometry for one page; `unit` scales everything so A4, F4 and Letter look alike."""

    def __init__(self, pdf, layout: Layout, width: float, height: float, values: dict[str, str]):
        self.pdf, self.layout, self.width, self.height, self.values = pdf, layout, width, height, values
        self.unit = min(width, height) / A4[0]
        self.margin = 44 * self.unit
        self.accent = HexColor(layout.accent_color)
        self.ink = HexColor(layout.text_color)
        self.heading = font_chain(layout.heading_font, bold=True)
        self.text = font_chain(layout.body_font)
        self.text_bold = font_chain(layout.body_font, bold=True)
        self.qr_size = layout.qr_size_mm * mm

    def draw(self, readers: dict[str, Picture], url: str) -> None:
        # A first pass on a canvas that draws nothing finds the empty space left between the body text and
        # the signatures; the real pass moves the upper blocks down by part of it, so the page looks balanced.
        real, self.pdf = self.pdf, _NullCanvas()
        bottom = self._date_line(self._signatories(readers))
        slack = max(0.0, self._body(self._top_block(readers, self.height - self.margin), bottom) - bottom)
        self.pdf = real
        if self.layout.background:
            picture = readers[self.layout.background.key]
            self.pdf.drawImage(picture.drawable, 0, 0, self.width, self.height, mask="auto")
        self._frame()
        top = self._top_block(readers, self.height - self.margin - slack * 0.35)
        bottom = self._date_line(self._signatories(readers))
        self._body(top, bottom)
        self._qr(url)

    # Frame ------------------------------------------------------------------------------------------
    def _frame(self) -> None:
        style, u, pdf = self.layout.frame_style, self.unit, self.pdf
        if style == "none":
            return
        pdf.setStrokeColor(self.accent)
        inset = 16 * u
        pdf.setLineWidth(3 * u)
        pdf.rect(inset, inset, self.width - 2 * inset, self.height - 2 * inset)
        if style == "double":
            inner = inset + 7 * u
            pdf.setLineWidth(0.8 * u)
            pdf.rect(inner, inner, self.width - 2 * inner, self.height - 2 * inner)
            pdf.setFillColor(self.accent)
            corner = 9 * u
            for x in (inset, self.width - inset):
                for y in (inset, self.height - inset):
                    pdf.rect(x - corner / 2, y - corner / 2, corner, corner, stroke=0, fill=1)

    # Top: logos, title, subtitle, intro, name ---------------------------------------------------------
    def _text_width(self, at_top: bool) -> float:
        width = self.width - 2 * self.margin
        if at_top and self.layout.qr_position.startswith("top"):
            width -= 2 * (self.qr_size + 8 * self.unit)
        return width

    def _top_block(self, readers: dict[str, Picture], y: float) -> float:
        u, pdf, cx = self.unit, self.pdf, self.width / 2
        if self.layout.logos:
            y = self._logos(readers, y)
        title = clean_text(fill(self.layout.title, self.values))
        size = fit_line(title, self.heading, 40 * u, self._text_width(True))
        y -= size
        pdf.setFillColor(self.accent)
        self.heading.draw(pdf, cx, y, title, size, centred=True)
        y -= 6 * u
        for text, size, gap in (
            (self.layout.subtitle, 10.5 * u, 22 * u),
            (self.layout.intro, 13.5 * u, 10 * u),
        ):
            line = clean_text(fill(text, self.values))
            if not line:
                continue
            size = fit_line(line, self.text, size, self._text_width(True))
            y -= size + 4 * u
            pdf.setFillColor(self.ink)
            self.text.draw(pdf, cx, y, line, size, centred=True)
            y -= gap - 4 * u
        return self._name(y)

    def _logos(self, readers: dict[str, Picture], y: float) -> float:
        u, box = self.unit, 50 * self.unit
        sizes = []
        for source in self.layout.logos:
            picture = readers[source.key]
            sizes.append((box * picture.width / picture.height, source))
        gap = 14 * u
        total = sum(w for w, _ in sizes) + gap * (len(sizes) - 1)
        x = (self.width - total) / 2
        for w, source in sizes:
            self.pdf.drawImage(readers[source.key].drawable, x, y - box, w, box, mask="auto")
            x += w + gap
        return y - box - 16 * u

    def _name(self, y: float) -> float:
        u, pdf = self.unit, self.pdf
        width = min(self._text_width(True), self.width * 0.86)
        size, lines = fit_name(
            self.values["nama"], self.heading, max_size=32 * u, min_size=18 * u, width=width
        )
        pdf.setFillColor(self.ink)
        for line in lines:
            y -= size * 1.08
            self.heading.draw(pdf, self.width / 2, y, line, size, centred=True)
        y -= 8 * u
        pdf.setStrokeColor(self.accent)
        pdf.setLineWidth(1 * u)
        half = min(width, max(self.heading.width(line, size) for line in lines) + 40 * u) / 2
        pdf.line(self.width / 2 - half, y, self.width / 2 + half, y)
        return y - 18 * u

    # Middle: body text ---------------------------------------------------------------------------
    def _body(self, top: float, bottom: float) -> float:
        """Draw the body between top and bottom; return where its last line ends."""
        u, pdf = self.unit, self.pdf
        text = " ".join(fill(self.layout.body, self.values).split())
        if not text:
            return top
        width = self.width * (0.72 if self.width > self.height else 0.8)
        size, lines = fit_paragraph(
            text, self.text, max_size=13.5 * u, min_size=7 * u, width=width, height=max(top - bottom, 10 * u)
        )
        pdf.setFillColor(self.ink)
        y = top - size
        for line in lines:
            self.text.draw(pdf, self.width / 2, y, line, size, centred=True)
            y -= size * 1.3
        return y

    # Bottom: date line, signatories, QR -------------------------------------------------------------
    def _signature_columns(self, count: int) -> list[float]:
        left, right = self.margin, self.width - self.margin
        position, reserve = self.layout.qr_position, self.qr_size + 12 * self.unit
        if position == "bottom_left":
            left += reserve
        elif position == "bottom_right":
            right -= reserve
        if position == "bottom_center":
            mid = self.width / 2
            halves = [(left, mid - reserve / 2), (mid + reserve / 2, right)]
            on_left = count // 2
            return [
                *_spread(halves[0][0], halves[0][1], on_left),
                *_spread(halves[1][0], halves[1][1], count - on_left),
            ]
        if count == 1:
            return [right - (right - left) / 6]
        return _spread(left, right, count)

    def _signatories(self, readers: dict[str, Picture]) -> float:
        signatories = self.layout.signatories
        u = self.unit
        base = self.margin + 4 * u
        if not signatories:
            return base + 20 * u
        columns = self._signature_columns(len(signatories))
        span = min(
            (self.width - 2 * self.margin) / (len(signatories) + 1),
            230 * u,
        )
        tops = [
            self._signatory(readers, signatory, cx, base, span)
            for signatory, cx in zip(signatories, columns, strict=True)
        ]
        return max(tops)

    def _signatory(self, readers, signatory: SignatoryLayout, cx: float, base: float, span: float) -> float:
        u, pdf = self.unit, self.pdf
        pdf.setFillColor(self.ink)
        y = base
        nip = clean_text(signatory.nip)
        if nip:
            size = fit_line(f"NIP. {nip}", self.text, 9.5 * u, span)
            self.text.draw(pdf, cx, y, f"NIP. {nip}", size, centred=True)
            y += size + 3 * u
        name = clean_text(signatory.name)
        size = fit_line(name, self.text_bold, 11 * u, span)
        self.text_bold.draw(pdf, cx, y, name, size, centred=True)
        pdf.setLineWidth(0.6 * u)
        pdf.setStrokeColor(self.ink)
        half = self.text_bold.width(name, size) / 2
        pdf.line(cx - half, y - 2 * u, cx + half, y - 2 * u)
        y += size + 2 * u
        box = 46 * u
        if signatory.signature:
            picture = readers[signatory.signature.key]
            w = min(span, box * picture.width / picture.height)
            h = w * picture.height / picture.width
            pdf.drawImage(picture.drawable, cx - w / 2, y, w, h, mask="auto")
        y += box + 4 * u
        size = 10 * u
        lines = wrap(clean_text(signatory.position), self.text, size, span)[:3]
        for line in reversed(lines):
            self.text.draw(pdf, cx, y, ellipsize(line, self.text, size, span), size, centred=True)
            y += size * 1.25
        return y

    def _date_line(self, bottom: float) -> float:
        line = clean_text(fill(self.layout.date_line, self.values))
        if not line:
            return bottom + 6 * self.unit
        u = self.unit
        size = 11 * u
        columns = self._signature_columns(max(1, len(self.layout.signatories)))
        cx = columns[-1] if self.layout.signatories else self.width / 2
        y = bottom + 4 * u
        self.pdf.setFillColor(self.ink)
        self.text.draw(self.pdf, cx, y, line, size, centred=True)
        return y + size + 10 * u

    def _qr(self, url: str) -> None:
        u, pdf, size = self.unit, self.pdf, self.qr_size
        position = self.layout.qr_position
        inset = self.margin - 6 * u
        if position.endswith("left"):
            x = inset
        elif position.endswith("right"):
            x = self.width - inset - size
        else:
            x = (self.width - size) / 2
        caption_height = 16 * u
        y = inset + caption_height if position.startswith("bottom") else self.height - inset - size
        quiet = 2 * size / 33
        pdf.setFillColor(white)
        pdf.rect(x - quiet, y - quiet, size + 2 * quiet, size + 2 * quiet, stroke=0, fill=1)
        pdf.drawImage(ImageReader(qr_image(url)), x, y, size, size)
        captions = [f"Kode verifikasi: {self.values['kode']}", _strip_scheme(url).rsplit("/", 2)[0] + "/"]
        pdf.setFillColor(self.ink)
        font_size = 6.5 * u
        pdf.setFont(self.text.names[0], font_size)  # the code and address are ASCII
        for index, caption in enumerate(captions):
            cy = y - quiet - (index + 1) * (font_size + 1.5 * u)
            if position.endswith("left"):
                pdf.drawString(x, cy, caption)
            elif position.endswith("right"):
                pdf.drawRightString(x + size, cy, caption)
            else:
                pdf.drawCentredString(x + size / 2, cy, caption)


class _NullCanvas:
    """Accepts every drawing call and does nothing: for measuring a layout before drawing it."""

    def __getattr__(self, name):
        return _nothing


def _nothing(*args, **kwargs):
    return None


def _spread(left: float, right: float, count: int) -> list[float]:
    if count <= 0:
        return []
    step = (right - left) / count
    return [left + step * (index + 0.5) for index in range(count)]


def _strip_scheme(url: str) -> str:
    return url.split("://", 1)[-1]
