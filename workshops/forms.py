from allauth.account.models import EmailAddress
from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from people.choices import Occupation, Role
from people.models import Profile
from people.services import add_to_role


class WalkInForm(forms.Form):
    """Someone present but not registered: found by e-mail, or given an account on the spot."""

    email = forms.EmailField(label=_("E-mail address"))
    full_name = forms.CharField(
        label=_("Full name (for a new account)"),
        max_length=120,
        required=False,
        help_text=_(
            "As it must be printed on the certificate. Not needed if the person already has an account."
        ),
    )

    def clean(self):
        cleaned = super().clean()
        email = (cleaned.get("email") or "").strip().lower()
        User = get_user_model()
        self.existing = User.objects.filter(email__iexact=email).first() if email else None
        if email and self.existing is None and not " ".join(cleaned.get("full_name", "").split()):
            raise forms.ValidationError(
                _("There is no account with this e-mail address yet: enter the full name too.")
            )
        return cleaned

    def save(self):
        if self.existing is not None:
            return self.existing
        User = get_user_model()
        # A password is set later through "forgot password"; the officer vouches for the person being there.
        email = self.cleaned_data["email"].strip().lower()
        user = User.objects.create_user(email=email, password=None)
        add_to_role(user, Role.PARTICIPANT)
        # Unverified until they set a password through the e-mailed reset link.
        EmailAddress.objects.create(user=user, email=email, verified=False, primary=True)
        Profile.objects.create(
            user=user, full_name=" ".join(self.cleaned_data["full_name"].split()), occupation=Occupation.OTHER
        )
        return user

    @staticmethod
    def display_name(user) -> str:
        profile = getattr(user, "profile", None)
        return profile.full_name if profile and profile.full_name else user.email
