"""Fonts for certificates: DejaVu from Debian's fonts-dejavu-core (Latin with any diacritics and Vietnamese),
then Noto from fonts-noto-core for what DejaVu lacks (Arabic script in Noto Naskh/Sans Arabic, the rest in
Noto Serif/Sans), falling back to the Bitstream Vera fonts bundled with reportlab when packages are missing.
How a name is split between these fonts: certificates/scripts.py."""

from functools import cache, cached_property
from pathlib import Path

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, shapeStr

from .scripts import Coverage, Run

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
NOTO = Path("/usr/share/fonts/truetype/noto")
VERA = Path(reportlab.__file__).parent / "fonts"

# family -> (regular file, bold file) in DejaVu
FAMILIES = {
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "condensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
}
FALLBACK = ("Vera.ttf", "VeraBd.ttf")
# family -> the Noto fonts tried after DejaVu: Arabic script first, then a wide Latin/Greek/Cyrillic one
NOTO_FALLBACKS = {
    "serif": (
        ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
        ("NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf"),
    ),
    "sans": (
        ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
        ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ),
}
NOTO_FALLBACKS["condensed"] = NOTO_FALLBACKS["sans"]


def font_path(family: str, *, bold: bool = False) -> Path:
    regular, heavy = FAMILIES.get(family, FAMILIES["sans"])
    path = DEJAVU / (heavy if bold else regular)
    if path.is_file():
        return path
    return VERA / FALLBACK[1 if bold else 0]


def font_paths(family: str, *, bold: bool = False) -> tuple[Path, ...]:
    """The main font of the family, then the installed fallbacks."""
    fallbacks = (NOTO / pair[1 if bold else 0] for pair in NOTO_FALLBACKS.get(family, NOTO_FALLBACKS["sans"]))
    return (font_path(family, bold=bold), *(path for path in fallbacks if path.is_file()))


@cache
def _register(path: Path) -> str:
    name = f"Sinergi-{path.stem}"
    pdfmetrics.registerFont(TTFont(name, str(path)))
    return name


def pdf_font(family: str, *, bold: bool = False) -> str:
    """Register the family's main font with reportlab once per process and return its name."""
    return _register(font_path(family, bold=bold))


class FontChain:
    """A family's fonts in fallback order, for text in any script.

    reportlab draws with `names`, Pillow with `paths`."""

    def __init__(self, paths: tuple[Path, ...]):
        self.paths = paths
        self.names = [_register(path) for path in paths]

    @cached_property
    def coverage(self) -> Coverage:
        charsets = [frozenset(pdfmetrics.getFont(name).face.charToGlyph) for name in self.names]
        return Coverage(charsets, ["Arabic" in path.stem for path in self.paths])

    def runs(self, text: str) -> tuple[Run, ...]:
        return self.coverage.runs(text)

    # reportlab -------------------------------------------------------------------------------------------
    def pdf_pieces(self, text: str, size: float) -> list[tuple[str, str, float]]:
        """(font name, text, width) per run in visual order, shaped by HarfBuzz (glyphs in visual order)."""
        pieces = []
        if self.coverage.simple(text):  # as before fallbacks: reportlab's own metrics, no shaping
            return [(self.names[0], text, pdfmetrics.stringWidth(text, self.names[0], size))]
        for run in self.runs(text):
            name = self.names[run.face]
            shaped = shapeStr(run.text, name, size)
            data = getattr(shaped, "__shapeData__", None)
            width = (
                sum(d.x_advance for d in data) * size / 1000
                if data
                else pdfmetrics.stringWidth(shaped, name, size)
            )
            pieces.append((name, shaped, width))
        return pieces

    def width(self, text: str, size: float) -> float:
        return sum(width for _, _, width in self.pdf_pieces(text, size))

    def draw(self, canvas, x: float, y: float, text: str, size: float, *, centred: bool = False) -> float:
        """Draw one line starting at x (or centred on x); return its width."""
        pieces = self.pdf_pieces(text, size)
        total = sum(width for _, _, width in pieces)
        if centred:
            x -= total / 2
        for name, shaped, width in pieces:
            canvas.setFont(name, size)
            canvas.drawString(x, y, shaped)
            x += width
        return total


@cache
def font_chain(family: str, *, bold: bool = False) -> FontChain:
    return FontChain(font_paths(family, bold=bold))
