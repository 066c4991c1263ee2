from allauth.account.adapter import DefaultAccountAdapter
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
