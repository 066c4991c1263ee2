"""Lesson HTML: what every participant sees is cached by content; each participant's quiz cards are filled in.

A cache hit reads no image, document, embed or quiz rows, so a lesson costs the same few queries however
many blocks it has. Quiz cards show the participant's own attempts, so they are rendered per request from
the quiz objects kept in the cache (one query for all of the participant's attempts).
"""

import hashlib
import json
from dataclasses import dataclass

from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder
from django.forms.models import model_to_dict
from django.template.loader import render_to_string
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from wagtail.blocks import StructValue

from sinergi.models import HelpSettings

from .models import ModulePage

# A newly published revision changes the key at once; this only bounds how long an image, document, embed
# or quiz edited elsewhere can look stale in a lesson.
LESSON_CACHE_SECONDS = 15 * 60
PER_PARTICIPANT_BLOCKS = {"quiz"}


@dataclass(frozen=True)
class PersonalSlot:
    """A block rendered for each participant; `value` is its loaded value, kept with the cached HTML."""

    block_type: str
    value: object


def lesson_cache_key(request, module: ModulePage) -> str:
    help_settings = HelpSettings.for_request(request)
    material = json.dumps(
        [list(module.body.raw_data), get_language(), model_to_dict(help_settings)],
        sort_keys=True,
        cls=DjangoJSONEncoder,
    )
    return "courses:lesson:" + hashlib.blake2b(material.encode(), digest_size=20).hexdigest()


def _render_shared(request, module: ModulePage, blocks: list) -> str:
    return render_to_string(
        "courses/includes/lesson_blocks.html", {"blocks": blocks, "page": module}, request=request
    )


def build_segments(request, module: ModulePage) -> list:
    """The lesson as runs of shared HTML and personal slots, in reading order."""
    segments, run = [], []
    for block in module.body:
        if block.block_type not in PER_PARTICIPANT_BLOCKS:
            run.append(block)
            continue
        if run:
            segments.append(_render_shared(request, module, run))
            run = []
        segments.append(PersonalSlot(block.block_type, dict(block.value)))
    if run:
        segments.append(_render_shared(request, module, run))
    return segments


def _render_personal(request, module: ModulePage, slot: PersonalSlot) -> SafeString:
    block = module.body.stream_block.child_blocks[slot.block_type]
    value = StructValue(block, list(slot.value.items()))
    html = block.render(value, context={"request": request, "page": module})
    return format_html('<div class="lesson__block lesson__block--{}">{}</div>', slot.block_type, html)


def lesson_html(request, module: ModulePage, *, use_cache: bool = True) -> SafeString:
    key = lesson_cache_key(request, module) if use_cache else None
    segments = cache.get(key) if key else None
    if segments is None:
        segments = build_segments(request, module)
        if key:
            cache.set(key, segments, LESSON_CACHE_SECONDS)
    parts = (
        (_render_personal(request, module, segment) if isinstance(segment, PersonalSlot) else segment,)
        for segment in segments
    )
    return format_html_join("", "{}", parts)
