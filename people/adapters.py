from allauth.account.adapter import DefaultAccountAdapter
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from allauth.socialaccount.models import SocialApp
from django.http import Http404
from django.urls import NoReverseMatch, reverse

from .services import is_profile_complete


class AccountAdapter(DefaultAccountAdapter):
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
