"""Text in any script people in Indonesia write their names in, for the PDF (reportlab) and the share image
(Pillow).

A line is split into runs, each drawn with the first font of a chain that has its glyphs (DejaVu for Latin
with any diacritics and Vietnamese, Noto Naskh/Sans Arabic for Arabic script, Noto Serif/Sans for the rest).
Runs come in visual order from the Unicode bidirectional algorithm (python-bidi); a right-to-left run keeps
its logical order and is shaped right to left by HarfBuzz (uharfbuzz through reportlab, libraqm in Pillow),
which joins the Arabic letters.

Characters no font in the chain has (emoji, pictographs, and the joiners and variation selectors gluing them)
are dropped, so a name prints without empty boxes; symbols a font does have (e.g. ☺ in DejaVu) print in black.
"""

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from bidi import algorithm as bidi

# Invisible characters that glue an emoji sequence together (variation selectors, keycap, tags, skin tones;
# the zero-width joiner is a format character): dropped with the emoji they belong to.
_GLUE = {0x200D, 0xFE0E, 0xFE0F, 0x20E3}
_RIGHT_TO_LEFT = {"R", "AL", "AN", "RLE", "RLO", "RLI"}


def _is_glue(code: int) -> bool:
    return code in _GLUE or 0xE0020 <= code <= 0xE007F or 0x1F3FB <= code <= 0x1F3FF


def is_arabic(char: str) -> bool:
    return unicodedata.name(char, "").startswith("ARABIC")


def _follows_previous(char: str) -> bool:
    """Marks, spaces and punctuation stay in the font of the letter before them when it has them."""
    return unicodedata.category(char)[0] in "MZPC"


@dataclass(frozen=True)
class Run:
    text: str  # in logical order; a right-to-left run is shaped right to left
    face: int  # index of the font in the chain
    rtl: bool


class Coverage:
    """Which characters each font of a chain has; `arabic` marks the fonts preferred for Arabic script."""

    def __init__(self, charsets: Sequence[frozenset[int]], arabic: Sequence[bool]):
        self.charsets = list(charsets)
        self.arabic_first = sorted(range(len(charsets)), key=lambda i: not arabic[i])
        self.runs = lru_cache(maxsize=2048)(self._runs)

    def simple(self, text: str) -> bool:
        """Text the main font draws alone, left to right, with no marks to place: no fallback nor shaping."""
        main = self.charsets[0]
        return all(
            ord(char) in main
            and unicodedata.bidirectional(char) not in _RIGHT_TO_LEFT
            and not unicodedata.combining(char)
            and unicodedata.category(char) not in ("Cc", "Cf")
            for char in text
        )

    def face_for(self, char: str, previous: int | None) -> int | None:
        code = ord(char)
        if previous is not None and _follows_previous(char) and code in self.charsets[previous]:
            return previous
        order = self.arabic_first if is_arabic(char) else range(len(self.charsets))
        return next((i for i in order if code in self.charsets[i]), None)

    def printable(self, text: str) -> tuple[str, list[int]]:
        """The text without characters no font has (and their glue), with the font of each character kept."""
        kept: list[tuple[str, int]] = []
        previous = None
        for char in " ".join(text.split()):
            if _is_glue(ord(char)) or unicodedata.category(char) in ("Cc", "Cf"):
                continue  # invisible: emoji glue, controls, format characters (soft hyphen, bidi marks)
            face = self.face_for(char, previous)
            if face is not None:
                kept.append((char, face))
                previous = face
        # Dropping an emoji can leave doubled or edge spaces: tidy them, keeping each character's font.
        line: list[str] = []
        faces: list[int] = []
        for char, face in kept:
            if char.isspace():
                if not line or line[-1] == " ":
                    continue
                char = " "
            line.append(char)
            faces.append(face)
        if line and line[-1] == " ":
            line.pop()
            faces.pop()
        return "".join(line), faces

    def _runs(self, text: str) -> tuple[Run, ...]:
        """The printable text as runs of one font and one direction, in visual order (left to right)."""
        if self.simple(text):
            line = " ".join(text.split())
            return (Run(line, 0, False),) if line else ()
        line, faces = self.printable(text)
        if not line:
            return ()
        storage = bidi.get_empty_storage()
        storage["base_level"] = bidi.get_base_level(line)
        storage["base_dir"] = ("L", "R")[storage["base_level"]]
        bidi.get_embedding_levels(line, storage)
        for char, face in zip(storage["chars"], faces, strict=True):
            char["face"] = face
        bidi.explicit_embed_and_overrides(storage, False)
        bidi.resolve_weak_types(storage, False)
        bidi.resolve_neutral_types(storage, False)
        bidi.resolve_implicit_levels(storage, False)
        bidi.reorder_resolved_levels(storage, False)
        runs: list[Run] = []
        for char in storage["chars"]:  # now in visual order
            rtl = char["level"] % 2 == 1
            if runs and runs[-1].face == char["face"] and runs[-1].rtl == rtl:
                last = runs.pop()
                # a right-to-left run is collected backwards; keep it in logical order for the shaper
                text = char["ch"] + last.text if rtl else last.text + char["ch"]
                runs.append(Run(text, last.face, rtl))
            else:
                runs.append(Run(char["ch"], char["face"], rtl))
        return tuple(runs)
