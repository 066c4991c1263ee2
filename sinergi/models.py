from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from .blocks import BaseStreamBlock


class HomePage(Page):
    """The landing page: what the programme is and where to start."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")


@register_setting(icon="help")
class HelpSettings(BaseSiteSetting):
    """Hotlines shown in the "Butuh bantuan?" panel on every page; officers keep them current."""

    sapa_phone = models.CharField(_("SAPA 129 telephone"), max_length=40, default="129")
    sapa_whatsapp = models.CharField(_("SAPA 129 WhatsApp"), max_length=40, default="08111-129-129")
    uptd_name = models.CharField(_("UPTD PPA name"), max_length=200, default="UPTD PPA Kota Lubuklinggau")
    uptd_phone = models.CharField(_("UPTD PPA telephone"), max_length=40, blank=True)
    uptd_address = models.CharField(_("UPTD PPA address"), max_length=300, blank=True)
    police_phone = models.CharField(_("Police telephone"), max_length=40, default="110")
    extra_note = models.CharField(
        _("Extra note"),
        max_length=300,
        blank=True,
        help_text=_("Shown under the hotlines, for example opening hours."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("sapa_phone"), FieldPanel("sapa_whatsapp")], heading="SAPA 129"),
        MultiFieldPanel(
            [FieldPanel("uptd_name"), FieldPanel("uptd_phone"), FieldPanel("uptd_address")], "UPTD PPA"
        ),
        FieldPanel("police_phone"),
        FieldPanel("extra_note"),
    ]

    class Meta:
        verbose_name = _("help hotlines")

    @property
    def sapa_whatsapp_link(self) -> str:
        digits = "".join(ch for ch in self.sapa_whatsapp if ch.isdigit())
        if digits.startswith("0"):
            digits = "62" + digits[1:]
        return f"https://wa.me/{digits}"
