"""The blocks a trainer writes a lesson with. Shared text blocks come from sinergi.blocks."""

import html
import math
import re
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Site

from h5p.blocks import H5PBlock
from quizzes.blocks import QuizBlock
from sinergi import blocks as base_blocks

PREVIEW_TEMPLATE = "courses/blocks/preview.html"
VIDEO_EXTENSIONS = {"mp4", "webm", "m4v", "ogv"}
DURATION_PATTERN = re.compile(r"(?:\d{1,2}:)?\d{1,3}:[0-5]\d")
# YouTube and Vimeo pick 360p on a phone with a weak signal (about 0.7 Mbit/s of video and sound together):
# some 5 MB a minute. The estimate is shown as such ("about"); uploaded files show their exact size.
VIDEO_MB_PER_MINUTE = 5
IFRAME_SRC = re.compile(r"<iframe\b[^>]*?\ssrc=[\"']([^\"']+)[\"']", re.IGNORECASE)


def _first_image():
    from wagtail.images import get_image_model

    return get_image_model().objects.order_by("pk").first()


def _first_document(extensions: set[str] | None = None):
    from wagtail.documents import get_document_model

    for document in get_document_model().objects.order_by("pk")[:50]:
        if extensions is None or document.file_extension.lower() in extensions:
            return document
    return None


class LessonHeadingBlock(base_blocks.HeadingBlock):
    class Meta:
        template = "courses/blocks/heading_block.html"
        preview_template = PREVIEW_TEMPLATE
        description = _("A heading that splits the lesson into parts participants can scan.")


class LessonTextBlock(base_blocks.RichTextBlock):
    class Meta:
        preview_template = PREVIEW_TEMPLATE
        description = _("Paragraphs, lists and links.")


class LessonCalloutBlock(base_blocks.CalloutBlock):
    class Meta:
        preview_template = PREVIEW_TEMPLATE
        description = _("A highlighted box: warning signs, legal basis or tips.")


class FigureBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Description for screen readers"),
        required=False,
        max_length=250,
        help_text=_("What the image shows. Leave empty to use the image's own description."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "courses/blocks/figure_block.html"
        preview_template = PREVIEW_TEMPLATE
        description = _("An image with a caption, sized for phones.")

    def get_preview_value(self):
        return self.normalize({"image": _first_image(), "caption": "Poster kampanye Stop TPPO di sekolah."})

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        image = value.get("image")
        context["alt"] = value.get("alt_text") or (getattr(image, "default_alt_text", "") if image else "")
        context["leads"] = _leads_the_lesson(value, (parent_context or {}).get("page"))
        return context


def _leads_the_lesson(value, page) -> bool:
    """An image among the lesson's first two blocks is likely on the first screen: the browser fetches it at
    once and first (the largest paint). Every other image loads lazily as the participant scrolls to it."""
    body = getattr(page, "body", None)
    if body is None:
        return False
    return any(block.value is value for block in list(body)[:2])


class VideoBlock(blocks.StructBlock):
    """A video that loads nothing until the participant taps play: no player, thumbnail or other request to
    YouTube or Vimeo before that, and the size in megabytes is shown first (participants pay for their data).
    """

    embed = EmbedBlock(
        label=_("Video link"),
        required=False,
        help_text=_("A YouTube or Vimeo address. Fill in this or an uploaded file, not both."),
    )
    file = DocumentChooserBlock(
        label=_("Uploaded video file"), required=False, help_text=_("An MP4 or WebM file from the documents.")
    )
    duration = blocks.RegexBlock(
        regex=DURATION_PATTERN.pattern,
        label=_("Length (minutes:seconds)"),
        required=False,
        max_length=8,
        help_text=_(
            "For example 4:30. Needed for a video link: participants see how many megabytes the video will "
            "use before they play it."
        ),
        error_messages={"invalid": _("Write the length as minutes:seconds, for example 4:30 or 1:02:00.")},
    )
    poster = ImageChooserBlock(
        label=_("Poster image"),
        required=False,
        help_text=_(
            "Shown before the video plays. Without one a plain panel is shown: the site never loads the "
            "video site's own picture before the participant taps play."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    transcript = base_blocks.RichTextBlock(
        label=_("Transcript"),
        required=False,
        help_text=_("What is said in the video, for participants who cannot play it."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "courses/blocks/video_block.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "embed": "https://www.youtube.com/watch?v=JMh7k3F5HSo",
            "duration": "3:20",
            "caption": "Mengenali modus perekrutan pekerja migran non-prosedural.",
        }
        description = _("A video from YouTube or an uploaded file, with an optional transcript.")

    def clean(self, value):
        value = super().clean(value)
        embed, file = value.get("embed"), value.get("file")
        if bool(embed) == bool(file):
            raise blocks.StructBlockValidationError(
                non_block_errors=[ValidationError(_("Give either a video link or an uploaded file."))]
            )
        if file and PurePosixPath(file.file.name).suffix.lstrip(".").lower() not in VIDEO_EXTENSIONS:
            raise blocks.StructBlockValidationError(
                block_errors={"file": ValidationError(_("Choose an MP4 or WebM video file."))}
            )
        if embed and not value.get("duration"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "duration": ValidationError(
                        _("Give the video's length: participants see the data it uses before they play it.")
                    )
                }
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        seconds = parse_duration(value.get("duration") or "")
        if value.get("file"):
            context["file_bytes"] = _file_size(value["file"])
        elif value.get("embed"):
            context.update(embed_player(value["embed"]))
            if seconds:
                context["estimated_mb"] = estimated_megabytes(seconds)
        return context


def parse_duration(text: str) -> int | None:
    """Seconds in "m:ss" or "h:mm:ss"; None for an empty or malformed length."""
    if not DURATION_PATTERN.fullmatch(text.strip()):
        return None
    seconds = 0
    for part in text.strip().split(":"):
        seconds = seconds * 60 + int(part)
    return seconds or None


def estimated_megabytes(seconds: int) -> int:
    """What a streamed video uses at the quality a phone on a weak signal plays it (VIDEO_MB_PER_MINUTE),
    rounded up to whole megabytes."""
    return max(1, math.ceil(seconds / 60 * VIDEO_MB_PER_MINUTE))


def embed_player(embed_value) -> dict:
    """The player's address and shape from the stored oEmbed answer (Wagtail's Embed table): the page holds
    them as data, and courses/static/courses/video-embed.js builds the frame when the participant taps play.
    Empty when the provider gave no frame; the template then links to the video instead."""
    from wagtail.embeds.embeds import get_embed
    from wagtail.embeds.exceptions import EmbedException

    try:
        embed = get_embed(embed_value.url, embed_value.max_width, embed_value.max_height)
    except EmbedException:
        return {}
    found = IFRAME_SRC.search(embed.html or "")
    if not found:
        return {}
    src = html.unescape(found.group(1))
    # YouTube's privacy-enhanced player sets no cookies until the video plays.
    src = src.replace("https://www.youtube.com/embed/", "https://www.youtube-nocookie.com/embed/")
    if urlsplit(src).scheme != "https":
        return {}
    return {
        "player_src": src,
        "player_title": embed.title or "",
        "provider": embed.provider_name or _provider_name(urlsplit(src).hostname or ""),
        "ratio": f"{embed.width} / {embed.height}" if embed.width and embed.height else "16 / 9",
    }


def _provider_name(host: str) -> str:
    for name in ("YouTube", "Vimeo"):
        if name.lower() in host:
            return name
    return host.removeprefix("www.")


def _file_size(document) -> int | None:
    try:
        return document.get_file_size()
    except OSError:  # a file missing from storage: the block still shows its title and link
        return None


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(label=_("Description"), required=False, max_length=250)

    class Meta:
        icon = "doc-full"
        label = _("Download")
        template = "courses/blocks/document_block.html"
        preview_template = PREVIEW_TEMPLATE
        description = _("A file participants can download, such as a handout or a regulation.")

    def get_preview_value(self):
        return self.normalize(
            {"document": _first_document(), "description": "Materi ringkas untuk dibagikan di sekolah."}
        )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        # The size before the tap: Wagtail's admin form records it, documents added otherwise learn it here.
        context["file_bytes"] = _file_size(value["document"]) if value.get("document") else None
        return context


class CaseScenarioBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    story = base_blocks.RichTextBlock(label=_("Story"))
    questions = blocks.ListBlock(
        blocks.CharBlock(label=_("Question"), max_length=300), label=_("Questions to reflect on"), min_num=1
    )
    model_answer = base_blocks.RichTextBlock(
        label=_("Model answer"),
        required=False,
        help_text=_("Folded under the questions: participants open it after thinking the case through."),
    )
    optional = blocks.BooleanBlock(
        label=_("Optional discussion"),
        required=False,
        default=False,
        help_text=_("Marks the case as optional, for instance for a group discussion in a workshop."),
    )

    class Meta:
        icon = "openquote"
        label = _("Case scenario")
        template = "courses/blocks/case_scenario_block.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "title": "Kasus Rani",
            "story": "<p>Rani (15) ditawari kerja di kota oleh kenalan dari media sosial, gaji besar, "
            "berangkat minggu ini tanpa izin orang tua.</p>",
            "questions": ["Tanda bahaya apa yang Anda lihat?", "Apa yang sebaiknya dilakukan guru Rani?"],
            "model_answer": "<p>Gaji besar tanpa syarat, perekrut perorangan, dan berangkat tanpa izin orang "
            "tua adalah tanda bahaya. Guru menanggapi dengan tenang dan menghubungi SAPA 129.</p>",
        }
        description = _("A short story followed by questions participants think about.")


class HelpBlock(blocks.StructBlock):
    """Where to get help: the hotlines officers keep in the site settings, never typed into the lesson."""

    intro = blocks.CharBlock(
        label=_("Introduction"),
        required=False,
        max_length=300,
        help_text=_("Optional sentence above the hotlines."),
    )

    class Meta:
        icon = "help"
        label = _("Where to get help")
        template = "courses/blocks/help_block.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {"intro": "Jika Anda menemukan kasus seperti ini, hubungi:"}
        description = _("The hotlines from the site settings (SAPA 129, UPTD PPA, police).")

    def get_context(self, value, parent_context=None):
        from sinergi.models import HelpSettings

        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        # for_request caches the settings on the request, so the page's help panel reuses them.
        if request is not None:
            context["help"] = HelpSettings.for_request(request)
        else:
            context["help"] = HelpSettings.for_site(Site.objects.get(is_default_site=True))
        return context


class LessonReferralMapBlock(base_blocks.ReferralMapBlock):
    class Meta:
        preview_template = PREVIEW_TEMPLATE


class LessonStreamBlock(blocks.StreamBlock):
    heading = LessonHeadingBlock()
    paragraph = LessonTextBlock()
    image = FigureBlock()
    video = VideoBlock()
    document = DocumentBlock()
    callout = LessonCalloutBlock()
    case_scenario = CaseScenarioBlock()
    help = HelpBlock()
    referral_map = LessonReferralMapBlock()
    quiz = QuizBlock(preview_template=PREVIEW_TEMPLATE)
    h5p = H5PBlock(preview_template=PREVIEW_TEMPLATE)

    class Meta:
        min_num = 1
