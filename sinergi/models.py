import re
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from .blocks import BaseStreamBlock
from .choices import ReferralService
from .signals import home_next_step_requested


class SpecificChildRouteMixin:
    """Route to a child page in one query instead of Wagtail's two (the child by slug, then its specific row).

    Wagtail's documented use of overriding `route`: the child's own table is joined in the same query, for the
    page types this page allows below it; then routing goes on in the child as usual.
    """

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        specific = self._specific_child(path_components[0])
        if specific is None:
            raise Http404
        specific._cached_parent_obj = self
        return specific.route(request, path_components[1:])

    def _specific_child(self, slug: str):
        models_below = [
            model for model in self.specific_class.allowed_subpage_models() if model._meta.parents.get(Page)
        ]
        if len(models_below) == 1 and Page not in self.specific_class.allowed_subpage_models():
            # Only one type may live here (a catalogue holds courses, a course holds modules): ask its table.
            child = models_below[0].objects.child_of(self).filter(slug=slug).first()
            if child is not None:
                return child
        child = (
            Page.objects.child_of(self)
            .filter(slug=slug)
            .select_related(*(model._meta.model_name for model in models_below))
            .first()
        )
        if child is None:
            return None
        model = ContentType.objects.get_for_id(child.content_type_id).model_class()
        return getattr(child, model._meta.model_name) if model in models_below else child.specific


@dataclass(frozen=True)
class NextStep:
    """The home page's main action for the participant asking: where to go and what the button says."""

    url: str
    label: str


class HomePage(SpecificChildRouteMixin, Page):
    """The landing page: what the programme is and where to start."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Where the catalogue and the workshops live: the home page's own sections, read in one query.
        sections = self.get_children().live().only("id", "slug", "url_path")
        context["section_urls"] = {section.slug: section.get_url(request) for section in sections}
        context["next_step"] = None
        if request.user.is_authenticated:
            # The apps above know the participant's learning; floor 0 names none of them.
            answers = home_next_step_requested.send(sender=type(self), request=request)
            context["next_step"] = next((step for _receiver, step in answers if step is not None), None)
        return context


def _phone(label):
    return models.CharField(label, max_length=40, blank=True)


def _address(label):
    return models.CharField(label, max_length=300, blank=True)


# Services of the referral map with a telephone and an address each (UPTD PPA and Unit PPA have more).
LOCAL_SERVICES = (
    ReferralService.DINSOS,
    ReferralService.BAPAS,
    ReferralService.DISDIK,
    ReferralService.KEMENAG,
    ReferralService.DISDUKCAPIL,
    ReferralService.DISNAKER,
    ReferralService.PUSKESMAS,
    ReferralService.PATBM,
)


@dataclass(frozen=True)
class Contact:
    phone: str = ""
    whatsapp: str = ""
    address: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.phone or self.whatsapp or self.address)

    @property
    def whatsapp_link(self) -> str:
        return whatsapp_link(self.whatsapp)

    @property
    def phone_link(self) -> str:
        return tel_link(self.phone)


def tel_link(number: str) -> str:
    """A `tel:` address a phone can dial (RFC 3966): a leading +, digits, and hyphens as the only separators
    ("0733 111 222" -> tel:0733-111-222, "(0733) 111.222" -> tel:0733-111-222)."""
    number = number.strip()
    digits = re.sub(r"[^0-9]+", "-", number).strip("-")
    return f"tel:{'+' if number.startswith('+') else ''}{digits}"


def whatsapp_link(number: str) -> str:
    digits = "".join(ch for ch in number if ch.isdigit())
    if digits.startswith("0"):
        digits = "62" + digits[1:]
    return f"https://wa.me/{digits}"


@register_setting(icon="help")
class HelpSettings(BaseSiteSetting):
    """Hotlines shown in the "Butuh bantuan?" panel on every page, and the contacts of the local services
    in the referral map. Officers keep them current; an empty contact shows as "not filled in yet", never
    as an invented number."""

    sapa_phone = models.CharField(_("SAPA 129 telephone"), max_length=40, default="129")
    sapa_whatsapp = models.CharField(_("SAPA 129 WhatsApp"), max_length=40, default="08111-129-129")
    uptd_name = models.CharField(_("UPTD PPA name"), max_length=200, default="UPTD PPA Kota Lubuklinggau")
    uptd_phone = models.CharField(_("UPTD PPA telephone"), max_length=40, blank=True)
    uptd_whatsapp = models.CharField(_("UPTD PPA WhatsApp"), max_length=40, blank=True)
    uptd_address = models.CharField(_("UPTD PPA address"), max_length=300, blank=True)
    police_phone = models.CharField(_("Police telephone"), max_length=40, default="110")
    extra_note = models.CharField(
        _("Extra note"),
        max_length=300,
        blank=True,
        help_text=_("Shown under the hotlines, for example opening hours."),
    )
    unit_ppa_phone = _phone(_("Unit PPA telephone"))
    unit_ppa_whatsapp = models.CharField(_("Unit PPA WhatsApp"), max_length=40, blank=True)
    unit_ppa_address = _address(_("Unit PPA address"))
    dinsos_phone = _phone(_("Social services telephone"))
    dinsos_address = _address(_("Social services address"))
    bapas_phone = _phone(_("Bapas telephone"))
    bapas_address = _address(_("Bapas address"))
    disdik_phone = _phone(_("Education office telephone"))
    disdik_address = _address(_("Education office address"))
    kemenag_phone = _phone(_("Religious Affairs office telephone"))
    kemenag_address = _address(_("Religious Affairs office address"))
    disdukcapil_phone = _phone(_("Civil registration office telephone"))
    disdukcapil_address = _address(_("Civil registration office address"))
    disnaker_phone = _phone(_("Manpower office telephone"))
    disnaker_address = _address(_("Manpower office address"))
    puskesmas_phone = _phone(_("Puskesmas telephone"))
    puskesmas_address = _address(_("Puskesmas address"))
    patbm_phone = _phone(_("PATBM/DRPPA telephone"))
    patbm_address = _address(_("PATBM/DRPPA address"))
    # Whom participants ask about their personal data (UU 27/2022), shown on the privacy page.
    privacy_email = models.EmailField(_("E-mail for personal-data questions"), blank=True)
    privacy_phone = _phone(_("Telephone for personal-data questions"))
    privacy_address = _address(_("Agency office address"))

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    MultiFieldPanel(
                        [FieldPanel("sapa_phone"), FieldPanel("sapa_whatsapp")], heading="SAPA 129"
                    ),
                    MultiFieldPanel(
                        [
                            FieldPanel("uptd_name"),
                            FieldPanel("uptd_phone"),
                            FieldPanel("uptd_whatsapp"),
                            FieldPanel("uptd_address"),
                        ],
                        "UPTD PPA",
                    ),
                    FieldPanel("police_phone"),
                    FieldPanel("extra_note"),
                ],
                heading=_("Hotlines"),
            ),
            ObjectList(
                [
                    HelpPanel(
                        content=_(
                            "Contacts of the local services in the referral map of the lessons. Fill in only "
                            "numbers and addresses the agency has checked; an empty service shows "
                            "“not filled in yet”. The UPTD PPA contact is on the first tab."
                        )
                    ),
                    MultiFieldPanel(
                        [
                            FieldPanel("unit_ppa_phone"),
                            FieldPanel("unit_ppa_whatsapp"),
                            FieldPanel("unit_ppa_address"),
                        ],
                        ReferralService.UNIT_PPA.label,
                    ),
                    *(
                        MultiFieldPanel(
                            [FieldPanel(f"{service.value}_phone"), FieldPanel(f"{service.value}_address")],
                            service.label,
                        )
                        for service in LOCAL_SERVICES
                    ),
                ],
                heading=_("Referral map"),
            ),
            ObjectList(
                [
                    HelpPanel(
                        content=_(
                            "Shown on the privacy page as the agency's contact for questions about personal "
                            "data. Fill in only contacts the agency has checked."
                        )
                    ),
                    FieldPanel("privacy_email"),
                    FieldPanel("privacy_phone"),
                    FieldPanel("privacy_address"),
                ],
                heading=_("Personal data"),
            ),
        ]
    )

    class Meta:
        verbose_name = _("help hotlines")

    @classmethod
    def _cache_key(cls, site_id) -> str:
        return f"sinergi:help-settings:{site_id}"

    @classmethod
    def for_site(cls, site):
        """Every page shows the hotlines: read them from the shared cache, not the database, each time."""
        key = cls._cache_key(site.pk)
        values = cache.get(key)
        if values is not None:
            return cls.from_db("default", list(values), list(values.values()))
        instance = super().for_site(site)
        fields = [field.attname for field in cls._meta.concrete_fields]
        cache.set(key, {name: getattr(instance, name) for name in fields}, 10 * 60)
        return instance

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        cache.delete(self._cache_key(self.site_id))

    @property
    def sapa_whatsapp_link(self) -> str:
        return whatsapp_link(self.sapa_whatsapp)

    @property
    def uptd_whatsapp_link(self) -> str:
        return whatsapp_link(self.uptd_whatsapp)

    @property
    def sapa_phone_link(self) -> str:
        return tel_link(self.sapa_phone)

    @property
    def uptd_phone_link(self) -> str:
        return tel_link(self.uptd_phone)

    @property
    def police_phone_link(self) -> str:
        return tel_link(self.police_phone)

    def contact(self, service: str) -> Contact:
        """The contact officers filled in for a service of the referral map (possibly empty)."""
        if service == ReferralService.UPTD_PPA:
            return Contact(self.uptd_phone, self.uptd_whatsapp, self.uptd_address)
        if service == ReferralService.UNIT_PPA:
            return Contact(self.unit_ppa_phone, self.unit_ppa_whatsapp, self.unit_ppa_address)
        if service in ReferralService.values:
            return Contact(
                getattr(self, f"{service}_phone", ""), address=getattr(self, f"{service}_address", "")
            )
        return Contact()
