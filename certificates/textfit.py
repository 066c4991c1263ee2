"""Fitting text into a width: shrink, wrap, cut with an ellipsis. Pure; widths from reportlab's metrics.

`font` is a registered reportlab font name or a FontChain (certificates/fonts.py), which measures a line as
its shaped runs in each fallback font."""

import re

from reportlab.pdfbase.pdfmetrics import stringWidth as _string_width

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def clean_text(text: str) -> str:
    """One line of printable text: control characters (tabs, new lines from a pasted name) become spaces."""
    return " ".join(_CONTROL.sub(" ", text or "").split())


def stringWidth(text: str, font, size: float) -> float:
    measure = getattr(font, "width", None)
    return measure(text, size) if measure else _string_width(text, font, size)


def fit_line(text: str, font: str, max_size: float, width: float) -> float:
    """The largest size up to max_size at which `text` fits in `width` on one line."""
    natural = stringWidth(text, font, 1)
    return max_size if natural <= 0 else min(max_size, width / natural)


def fit_name(
    text: str, font: str, *, max_size: float, min_size: float, width: float
) -> tuple[float, list[str]]:
    """Shrink to fit one line; below `min_size`, try two lines if they print larger. Never overflows."""
    size = fit_line(text, font, max_size, width)
    if size >= min_size:
        return size, [text]
    words = text.split(" ")
    best = (size, [text])
    for cut in range(1, len(words)):
        lines = [" ".join(words[:cut]), " ".join(words[cut:])]
        two = min(fit_line(line, font, max_size, width) for line in lines)
        if two > best[0]:
            best = (two, lines)
    return best


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for paragraph in (text or "").splitlines() or [""]:
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}".strip()
            if not current or stringWidth(candidate, font, size) <= width:
                current = candidate
            else:
                lines.append(current)
                current = word
        if current:
            lines.append(current)
    return lines


def fit_paragraph(
    text: str, font: str, *, max_size: float, min_size: float, width: float, height: float
) -> tuple[float, list[str]]:
    """Wrap at the largest size whose lines fit in height (and each line in width)."""
    size = max_size
    while True:
        lines = [
            line if stringWidth(line, font, size) <= width else ellipsize(line, font, size, width)
            for line in wrap(text, font, size, width)
        ]
        if len(lines) * size * 1.3 <= height or size <= min_size:
            break
        size = max(min_size, size - 0.5)
    fitting = max(1, int(height // (size * 1.3)))
    if len(lines) > fitting:
        lines = [*lines[: fitting - 1], ellipsize(lines[fitting - 1] + " …", font, size, width)]
    return size, lines


def ellipsize(line: str, font: str, size: float, width: float) -> str:
    while line and stringWidth(line, font, size) > width:
        line = line[:-2] + "…"
    return line
