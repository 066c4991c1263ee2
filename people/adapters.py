from dataclasses import dataclass

from allauth.account.adapter import DefaultAccountAdapter
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from allauth.socialaccount.models import SocialApp
from django.http import Http404
from django.urls import NoReverseMatch, reverse
from wagtail.models import Site

from .services import is_profile_complete

# The programme's name when the site record has none.
SITE_NAME = "Sinergi"


@dataclass(frozen=True)
class MailSite:
    """What allauth's e-mail templates read as `current_site`: the site's name and the address it runs at."""

    name: str
    domain: str


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        """allauth greets and signs every e-mail with `current_site`, which without django.contrib.sites
        is the request's host ("Halo dari 127.0.0.1:8000!"). Sinergi's sites are Wagtail's: the name comes
        from the Wagtail site serving the request; the address stays the one the participant used."""
        request = context.get("request") or self.request
        site = Site.find_for_request(request) if request is not None else None
        domain = request.get_host() if request is not None else ""
        current_site = MailSite(name=(site.site_name if site else "") or SITE_NAME, domain=domain)
        super().send_mail(template_prefix, email, {**context, "current_site": current_site})

    def get_login_redirect_url(self, request):
        user = request.user
        if user.has_perm("wagtailadmin.access_admin"):
            return reverse("wagtailadmin_home")
        if not is_profile_complete(user):
            return reverse("people:profile")
        # A participant lands on their learning when the courses app provides it (named URL, no import).
        try:
            return reverse("courses:my_learning")
        except NoReverseMatch:
            return super().get_login_redirect_url(request)


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    def get_app(self, request, provider, client_id=None):
        """A provider without keys (Google without GOOGLE_CLIENT_ID/SECRET) is not offered, and its addresses
        answer "not found" rather than 500."""
        try:
            return super().get_app(request, provider, client_id=client_id)
        except SocialApp.DoesNotExist as error:
            raise Http404 from error
