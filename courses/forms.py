from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .models import CoursePage
from .services import parse_emails

MAX_EMAILS = 500


class EnrolParticipantsForm(forms.Form):
    course = forms.ModelChoiceField(
        label=pgettext_lazy("enrol form field", "Course"),
        queryset=CoursePage.objects.none(),
        empty_label=_("Choose a course"),
    )
    emails = forms.CharField(
        label=_("Participants' e-mail addresses"),
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_(
            "One address per line (commas also work). Participants must have an account with a complete "
            "profile."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = CoursePage.objects.live().order_by("title")

    def clean_emails(self) -> list[str]:
        emails = parse_emails(self.cleaned_data["emails"])
        if not emails:
            raise forms.ValidationError(_("Enter at least one e-mail address."))
        invalid = [address for address in emails if "@" not in address]
        if invalid:
            raise forms.ValidationError(
                _("These are not e-mail addresses: %(list)s") % {"list": ", ".join(invalid[:10])}
            )
        if len(emails) > MAX_EMAILS:
            raise forms.ValidationError(_("At most %(max)d addresses at a time.") % {"max": MAX_EMAILS})
        return emails
