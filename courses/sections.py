"""Lesson sections: a long lesson read on a phone is split at its headings, so a participant can see where
they are and jump ahead. Pure functions over the stream's stored data (no database, no migration: the
trainer's heading blocks already mark the parts).

A lesson is split at its top heading level (h2; h3 when it has no h2). Every heading, whatever its level,
gets an id, so any part of a lesson can be linked to (`…/modul-1/#tiga-unsur-tppo`).
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.utils.text import slugify

# Ids the pages around a lesson already use: a heading never takes one of them.
RESERVED_IDS = frozenset({"main", "outcomes-title", "completion-title", "lesson-sections", "text-size-label"})
# Where a lesson's opening text starts when it comes before the first heading (the intro section's anchor).
INTRO_ANCHOR = "pembuka"


@dataclass(frozen=True)
class Section:
    number: int
    anchor: str
    # The heading's text; empty for the text before the first heading (the template names it).
    title: str
    # Index of the section's first block in the stream.
    start: int


def heading_anchors(raw_blocks: Sequence[dict]) -> dict[int, str]:
    """A unique id for every heading block, by its position in the stream."""
    taken = set(RESERVED_IDS) | {INTRO_ANCHOR}
    anchors = {}
    for position, block in enumerate(raw_blocks):
        if block.get("type") != "heading":
            continue
        base = slugify(_heading(block)[0]) or f"bagian-{position + 1}"
        anchor, n = base, 2
        while anchor in taken:
            anchor, n = f"{base}-{n}", n + 1
        taken.add(anchor)
        anchors[position] = anchor
    return anchors


def _heading(block: dict) -> tuple[str, str]:
    value = block.get("value") if isinstance(block.get("value"), dict) else {}
    return str(value.get("text") or "").strip(), value.get("level") or "h2"


def split(raw_blocks: Iterable[dict]) -> list[Section]:
    """The lesson's sections in reading order; an empty list when there is nothing to split (a lesson with
    fewer than two parts is read as one)."""
    raw_blocks = list(raw_blocks)
    anchors = heading_anchors(raw_blocks)
    levels = {_heading(raw_blocks[position])[1] for position in anchors}
    top = "h2" if "h2" in levels else "h3"
    sections = []
    opens_with_section = 0 in anchors and _heading(raw_blocks[0])[1] == top
    if raw_blocks and not opens_with_section:
        sections.append(Section(number=1, anchor=INTRO_ANCHOR, title="", start=0))
    for position, anchor in anchors.items():
        title, level = _heading(raw_blocks[position])
        if level == top:
            sections.append(Section(number=len(sections) + 1, anchor=anchor, title=title, start=position))
    return sections if len(sections) >= 2 else []
