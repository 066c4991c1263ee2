"""Fonts for certificates: DejaVu from Debian's fonts-dejavu-core (Latin, accents, apostrophes and more),
falling back to the Bitstream Vera fonts bundled with reportlab when the package is missing."""

from functools import cache
from pathlib import Path

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
VERA = Path(reportlab.__file__).parent / "fonts"

# family -> (regular file, bold file) in DejaVu
FAMILIES = {
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "condensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
}
FALLBACK = ("Vera.ttf", "VeraBd.ttf")


def font_path(family: str, *, bold: bool = False) -> Path:
    regular, heavy = FAMILIES.get(family, FAMILIES["sans"])
    path = DEJAVU / (heavy if bold else regular)
    if path.is_file():
        return path
    return VERA / FALLBACK[1 if bold else 0]


@cache
def pdf_font(family: str, *, bold: bool = False) -> str:
    """Register the font with reportlab once per process and return its name."""
    path = font_path(family, bold=bold)
    name = f"Sinergi-{path.stem}"
    pdfmetrics.registerFont(TTFont(name, str(path)))
    return name
