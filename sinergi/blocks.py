"""StreamField blocks shared by every app's pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .choices import CalloutKind


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"), choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))], default="h2"
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        preview_value = {"text": "Mengenali tanda bahaya", "level": "h2"}


class RichTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link", "ol", "ul", "h3"])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/rich_text_block.html"
        label = _("Text")
        preview_value = "<p>Setiap orang yang mengetahui kekerasan dapat melapor ke SAPA 129.</p>"


class CalloutValue(blocks.StructValue):
    def kind_label(self):
        return CalloutKind(self["kind"]).label


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(label=_("Kind"), choices=CalloutKind.choices, default=CalloutKind.TIPS)
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    body = RichTextBlock(label=_("Body"))

    class Meta:
        icon = "warning"
        template = "blocks/callout_block.html"
        label = _("Callout")
        value_class = CalloutValue
        preview_value = {
            "kind": CalloutKind.WARNING_SIGNS,
            "title": "Tanda bahaya",
            "body": "<p>Tawaran kerja ke luar negeri dengan gaji sangat tinggi tanpa kontrak.</p>",
        }


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = RichTextBlock()
    callout = CalloutBlock()


class PersonalBlockMixin:
    """For blocks whose output depends on who is looking (a participant's own result, say).

    Shared page HTML may be cached for everyone; a block with this mixin is rendered for each request instead.
    """

    personal = True


def is_personal(block) -> bool:
    return getattr(block, "personal", False)
