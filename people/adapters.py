from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse

from .services import is_profile_complete


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        # Staff land where they work; a participant without a complete profile is sent to finish it first.
        if request.user.is_staff or request.user.has_perm("wagtailadmin.access_admin"):
            return super().get_login_redirect_url(request)
        if not is_profile_complete(request.user):
            return reverse("people:profile")
        return super().get_login_redirect_url(request)
