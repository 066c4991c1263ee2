"""Lesson HTML: what everyone sees is cached per published page; personal blocks are rendered per request.

The cache holds plain data only: runs of shared HTML, and for each personal block (one marked `personal`, such
as a quiz card showing the participant's own result) the position of the block in the lesson, which is
rendered from the page the request already loaded. The key is Wagtail's `page.cache_key` (it changes when a
new revision is published), the language and the help hotlines; a stamp per page, stored beside the HTML and
read in the same round trip, is renewed when an image, document or quiz the page uses changes.
"""

import hashlib
import json
import uuid

from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder
from django.forms.models import model_to_dict
from django.template.loader import render_to_string
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from sinergi.blocks import is_personal
from sinergi.models import HelpSettings

from .models import ModulePage
from .sections import heading_anchors

# Publishing changes the key at once and the stamps catch edits to what a lesson uses; this only bounds how
# long an entry nobody reads keeps its place in the cache.
LESSON_CACHE_SECONDS = 24 * 60 * 60
# Part of the key: raise it when the lesson HTML's markup changes, so a shared cache (Redis) that outlives a
# deploy does not serve the old markup (2: headings carry ids for the section navigator).
LESSON_MARKUP_VERSION = 2


def _stamp_key(page_id: int) -> str:
    return f"courses:lesson-stamp:{page_id}"


def lesson_cache_key(request, module: ModulePage) -> str:
    help_values = json.dumps(
        model_to_dict(HelpSettings.for_request(request)), sort_keys=True, cls=DjangoJSONEncoder
    )
    material = f"{LESSON_MARKUP_VERSION}|{module.cache_key}|{get_language()}|{help_values}"
    return "courses:lesson:" + hashlib.blake2b(material.encode(), digest_size=20).hexdigest()


def renew_stamps(page_ids) -> None:
    """Something these lessons show has changed: their cached HTML is built again on the next visit."""
    stamp = uuid.uuid4().hex
    cache.set_many({_stamp_key(pk): stamp for pk in page_ids}, LESSON_CACHE_SECONDS)


def _render_shared(request, module: ModulePage, blocks: list) -> str:
    return render_to_string(
        "courses/includes/lesson_blocks.html", {"blocks": blocks, "page": module}, request=request
    )


def build_segments(request, module: ModulePage) -> list[str | int]:
    """The lesson as runs of shared HTML (str) and positions of personal blocks (int), in reading order.
    Headings get the ids the section navigator links to (courses.sections)."""
    anchors = heading_anchors(module.body.raw_data)
    segments, run = [], []
    for position, block in enumerate(module.body):
        if not is_personal(block.block):
            run.append((block, anchors.get(position, "")))
            continue
        if run:
            segments.append(_render_shared(request, module, run))
            run = []
        segments.append(position)
    if run:
        segments.append(_render_shared(request, module, run))
    return segments


def _render_personal(request, module: ModulePage, position: int) -> SafeString:
    block = module.body[position]
    html = block.render(context={"request": request, "page": module})
    return format_html('<div class="lesson__block lesson__block--{}">{}</div>', block.block_type, html)


def _cached_segments(request, module: ModulePage) -> list[str | int]:
    key, stamp_key = lesson_cache_key(request, module), _stamp_key(module.pk)
    found = cache.get_many([key, stamp_key])
    stamp = found.get(stamp_key, "")
    entry = found.get(key)
    if entry is not None and entry["stamp"] == stamp:
        return entry["segments"]
    segments = build_segments(request, module)
    cache.set(key, {"stamp": stamp, "segments": segments}, LESSON_CACHE_SECONDS)
    return segments


def lesson_html(request, module: ModulePage) -> SafeString:
    # A preview shows the draft being edited, which has no key of its own: always render it afresh.
    use_cache = not getattr(request, "is_preview", False) and module.live
    segments = _cached_segments(request, module) if use_cache else build_segments(request, module)
    parts = (
        (_render_personal(request, module, segment) if isinstance(segment, int) else segment,)
        for segment in segments
    )
    return format_html_join("", "{}", parts)
