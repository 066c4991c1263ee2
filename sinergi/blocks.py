"""StreamField blocks shared by every app's pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .choices import CalloutKind, ReferralService


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


class ReferralServiceBlock(blocks.StructBlock):
    service = blocks.ChoiceBlock(
        label=_("Service"),
        choices=ReferralService.choices,
        help_text=_("Its contact comes from the site settings (help hotlines, referral map tab)."),
    )
    name = blocks.CharBlock(label=_("Name shown"), max_length=200)
    role = blocks.TextBlock(label=_("What it does"), max_length=600)

    class Meta:
        icon = "group"
        label = _("Service")


class ReferralMapBlock(blocks.StructBlock):
    """Who does what in the city: what each service does, from the lesson; contacts, from the settings.

    Numbers are never typed into a lesson: officers keep one copy in HelpSettings, which the site-wide
    help panel reads too, and a service they have not filled in says so instead of showing a guess.
    """

    intro = blocks.CharBlock(label=_("Introduction"), required=False, max_length=300)
    services = blocks.ListBlock(ReferralServiceBlock(), label=_("Services"), min_num=1)

    class Meta:
        icon = "site"
        template = "blocks/referral_map_block.html"
        label = _("Referral map")
        preview_value = {
            "intro": "Siapa melakukan apa di Kota Lubuklinggau:",
            "services": [
                {
                    "service": ReferralService.UPTD_PPA,
                    "name": "UPTD PPA Kota Lubuklinggau",
                    "role": "Menerima pengaduan, mendampingi korban, dan mengelola kasus.",
                },
                {
                    "service": ReferralService.PUSKESMAS,
                    "name": "Puskesmas",
                    "role": "Pertolongan medis pertama dan rujukan ke rumah sakit.",
                },
            ],
        }
        description = _("What each local service does, with the contacts officers keep in the site settings.")

    def get_context(self, value, parent_context=None):
        from wagtail.models import Site

        from .models import HelpSettings

        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        if request is not None:
            help_settings = HelpSettings.for_request(request)
        else:
            help_settings = HelpSettings.for_site(Site.objects.get(is_default_site=True))
        context["help"] = help_settings
        context["rows"] = [(row, help_settings.contact(row["service"])) for row in value["services"]]
        context["any_empty"] = any(contact.is_empty for _row, contact in context["rows"])
        return context


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = RichTextBlock()
    callout = CalloutBlock()
    referral_map = ReferralMapBlock()


class PersonalBlockMixin:
    """For blocks whose output depends on who is looking (a participant's own result, say).

    Shared page HTML may be cached for everyone; a block with this mixin is rendered for each request instead.
    """

    personal = True


def is_personal(block) -> bool:
    return getattr(block, "personal", False)
