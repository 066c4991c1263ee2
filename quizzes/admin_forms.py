"""Admin forms: the cross-field checks a question or quiz needs before anyone can take it."""

from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .choices import QuestionKind


def _empty_rich_text_to_blank(cleaned: dict, *names: str) -> None:
    """An emptied editor still sends an empty paragraph; store nothing so pages show no empty box."""
    for name in names:
        if not strip_tags(cleaned.get(name) or "").strip():
            cleaned[name] = ""


def _live_forms(formset):
    return [
        form
        for form in formset.forms
        if form.is_valid() and form.cleaned_data and not form.cleaned_data.get("DELETE")
    ]


class QuestionAdminForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        _empty_rich_text_to_blank(cleaned, "scenario", "explanation")
        kind = cleaned.get("kind")
        if kind == QuestionKind.SCENARIO and not cleaned["scenario"]:
            self.add_error("scenario", _("A scenario question needs the case text."))
        choices = _live_forms(self.formsets["choices"])
        correct = sum(1 for form in choices if form.cleaned_data.get("is_correct"))
        if len(choices) < 2:
            raise ValidationError(_("A question needs at least two choices."))
        if kind == QuestionKind.TRUE_FALSE and len(choices) != 2:
            raise ValidationError(
                _("A true/false question has exactly two choices, e.g. “Benar” and “Salah”.")
            )
        if kind == QuestionKind.MULTIPLE:
            if correct < 1:
                raise ValidationError(_("Mark at least one choice as correct."))
        elif correct != 1:
            raise ValidationError(_("Mark exactly one choice as correct."))
        return cleaned


class QuizAdminForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        _empty_rich_text_to_blank(cleaned, "instructions")
        fixed = _live_forms(self.formsets["fixed_questions"])
        rules = _live_forms(self.formsets["draw_rules"])
        if not fixed and not rules:
            raise ValidationError(_("Add at least one fixed question or one rule for random questions."))
        ids = [form.cleaned_data["question"].pk for form in fixed if form.cleaned_data.get("question")]
        if len(ids) != len(set(ids)):
            raise ValidationError(_("The same question is listed twice among the fixed questions."))
        return cleaned
