from allauth.account import forms as allauth_forms
from allauth.core import ratelimit
from django import forms
from django.utils.translation import gettext_lazy as _

from .choices import InstitutionKind, Occupation
from .models import Institution, Kecamatan
from .validators import normalize_whatsapp


class InstitutionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.name} — {obj.kecamatan}" if obj.kecamatan_id else obj.name


class ProfileForm(forms.Form):
    full_name = forms.CharField(
        label=_("Full name"),
        max_length=120,
        help_text=_("Exactly as it must be printed on your certificates, including academic titles."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    whatsapp = forms.CharField(
        label=_("WhatsApp number (optional)"),
        max_length=25,
        required=False,
        help_text=_("For example 0812-3456-7890."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    occupation = forms.ChoiceField(label=_("Occupation"), choices=[("", "—"), *Occupation.choices])
    kecamatan = forms.ModelChoiceField(
        label=_("Kecamatan where you work"), queryset=Kecamatan.objects.all(), empty_label="—"
    )
    institution = InstitutionChoiceField(
        label=_("Institution"),
        queryset=Institution.objects.listed().select_related("kecamatan"),
        required=False,
        empty_label=_("— choose your institution —"),
    )
    new_institution_name = forms.CharField(
        label=_("Name of your institution, if it is not in the list"),
        max_length=200,
        required=False,
        help_text=_("An officer will check it and add it to the list."),
    )
    new_institution_kind = forms.ChoiceField(
        label=_("Kind of institution"),
        choices=InstitutionKind.choices,
        required=False,
        initial=InstitutionKind.SCHOOL,
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that DPPPAPM Kota Lubuklinggau processes my personal data for this training, "
            "as explained in the privacy policy."
        ),
        required=True,
        error_messages={"required": _("Please agree to the privacy policy to take part in the training.")},
    )

    def __init__(self, *args, consent_given: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.consent_given = consent_given
        if consent_given:
            # Consent to the current policy is on record; it is not asked again.
            del self.fields["consent"]

    def clean_full_name(self):
        name = " ".join(self.cleaned_data["full_name"].split())
        if len(name) < 3:
            raise forms.ValidationError(_("Write your full name as it should appear on certificates."))
        return name

    def clean_whatsapp(self):
        value = self.cleaned_data["whatsapp"].strip()
        return normalize_whatsapp(value) if value else ""

    def clean(self):
        data = super().clean()
        chosen, named = data.get("institution"), (data.get("new_institution_name") or "").strip()
        if chosen and named:
            self.add_error(
                "new_institution_name", _("Choose an institution from the list or write a new one, not both.")
            )
        elif not chosen and not named:
            self.add_error(
                "institution", _("Choose your institution, or write its name below if it is missing.")
            )
        return data


class DeleteAccountForm(forms.Form):
    """The participant confirms with the password, or (an account made with Google has none) by typing
    the account's e-mail address."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    email = forms.EmailField(
        label=_("Type your e-mail address to confirm"),
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
    understood = forms.BooleanField(
        label=_("I understand that my account, my profile and my certificates will be deleted for good."),
        error_messages={"required": _("Tick the box to confirm that you understand what will be deleted.")},
    )

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.request, self.user = request, request.user
        del self.fields["email" if self.user.has_usable_password() else "password"]

    def clean_password(self):
        password = self.cleaned_data["password"]
        # allauth's own limit for re-entering a password: a borrowed session cannot guess it here.
        if not ratelimit.consume(self.request, action="reauthenticate", user=self.user):
            raise forms.ValidationError(_("Too many attempts. Wait a minute and try again."))
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct."))
        return password

    def clean_email(self):
        email = self.cleaned_data["email"]
        if email.strip().lower() != self.user.email.lower():
            raise forms.ValidationError(_("This is not the e-mail address of your account."))
        return email


class MergeInstitutionForm(forms.Form):
    target = InstitutionChoiceField(
        label=_("Merge into"), queryset=Institution.objects.listed().select_related("kecamatan")
    )

    def __init__(self, *args, source: Institution, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = self.fields["target"].queryset.exclude(pk=source.pk)


class SiteWordsMixin:
    """allauth's forms in the site's own words (allauth's catalogue says "Kata Kunci", "Surel")."""

    labels = {
        "email": _("E-mail"),
        "login": _("E-mail"),
        "password": _("Password"),
        "oldpassword": _("Current password"),
        "password1": _("Password"),
        "password2": _("Repeat the password"),
        "remember": _("Keep me logged in on this device"),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if name in self.labels:
                field.label = self.labels[name]
                is_email = name in {"email", "login"}
                field.widget.attrs["placeholder"] = _("name@example.com") if is_email else ""


class SignupForm(SiteWordsMixin, allauth_forms.SignupForm):
    pass


class LoginForm(SiteWordsMixin, allauth_forms.LoginForm):
    pass


class ResetPasswordForm(SiteWordsMixin, allauth_forms.ResetPasswordForm):
    pass


class ResetPasswordKeyForm(SiteWordsMixin, allauth_forms.ResetPasswordKeyForm):
    pass


class ChangePasswordForm(SiteWordsMixin, allauth_forms.ChangePasswordForm):
    pass
