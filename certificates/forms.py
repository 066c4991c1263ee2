"""Admin forms: the template designer's checks, revoking, re-issuing and issuing by hand."""

import re

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm

from .models import MAX_LOGOS, MAX_SIGNATORIES
from .placeholders import unknown_tokens
from .rendering import TEXT_FIELDS
from .subjects import subject_choices


def image_is_readable(image) -> bool:
    try:
        return bool(image.file.name) and image.file.storage.exists(image.file.name)
    except (OSError, ValueError):
        return False


def _missing_image_message(what: str, image) -> str:
    return _("The %(what)s “%(title)s” cannot be opened. Upload it again or choose another image.") % {
        "what": what,
        "title": image.title,
    }


class CertificateTemplateForm(WagtailAdminModelForm):
    """Refuses a template that would print an unknown placeholder or an image whose file is gone."""

    def clean(self):
        cleaned = super().clean()
        for field in TEXT_FIELDS:
            unknown = unknown_tokens(cleaned.get(field) or "")
            if unknown:
                self.add_error(
                    field,
                    _("Unknown placeholder: %(tokens)s. See the list of placeholders below the form.")
                    % {"tokens": ", ".join("{" + key + "}" for key in unknown)},
                )
        background = cleaned.get("background")
        if background and not image_is_readable(background):
            self.add_error("background", _missing_image_message(_("background image"), background))
        self._check_children("logos", "image", _("logo"), MAX_LOGOS)
        self._check_children("signatories", "signature", _("signature"), MAX_SIGNATORIES)
        return cleaned

    def _check_children(self, relation: str, image_field: str, what: str, maximum: int) -> None:
        formset = self.formsets.get(relation) if hasattr(self, "formsets") else None
        if formset is None:
            return
        kept = [
            form
            for form in formset.forms
            if form.is_valid() and form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        if len(kept) > maximum:
            self.add_error(
                None, _("At most %(count)d %(what)s are allowed.") % {"count": maximum, "what": what}
            )
        for form in kept:
            image = form.cleaned_data.get(image_field)
            if image and not image_is_readable(image):
                self.add_error(None, _missing_image_message(what, image))


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Kept in the history. The participant sees it under “My certificates”."),
    )


class ReissueForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Why is it re-issued?"),
        max_length=500,
        required=False,
        initial=gettext_lazy("Name corrected"),
        help_text=gettext_lazy(
            "The new certificate prints the participant's name as it is in their profile now. "
            "Correct the profile first."
        ),
    )


class IssueForm(forms.Form):
    subject = forms.ChoiceField(label=gettext_lazy("Course"))
    emails = forms.CharField(
        label=gettext_lazy("Participants' e-mail addresses"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=gettext_lazy("One per line, or separated by commas."),
    )
    completed_on = forms.DateField(
        label=gettext_lazy("Date printed on the certificates"),
        initial=timezone.localdate,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["subject"].choices = [("", "—"), *subject_choices()]

    def clean_emails(self):
        addresses = [
            part.strip().lower() for part in re.split(r"[\s,;]+", self.cleaned_data["emails"]) if part.strip()
        ]
        users = {
            user.email.lower(): user
            for user in get_user_model().objects.filter(email__in=addresses).select_related("profile")
        }
        unknown = [address for address in addresses if address not in users]
        if unknown:
            raise forms.ValidationError(
                _("No participant has these addresses: %(list)s. Nothing was issued.")
                % {"list": ", ".join(unknown)}
            )
        nameless = [
            address
            for address, user in users.items()
            if not getattr(user, "profile", None) or not user.profile.full_name.strip()
        ]
        if nameless:
            raise forms.ValidationError(
                _("These participants have not filled in their name yet: %(list)s. Nothing was issued.")
                % {"list": ", ".join(nameless)}
            )
        return [users[address] for address in dict.fromkeys(addresses)]
