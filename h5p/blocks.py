"""The H5P block for lessons: the activity plays in a sandboxed frame, loaded when it comes into view."""

from django.core.exceptions import ValidationError
from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from sinergi.blocks import PersonalBlockMixin

from . import queries, tokens
from .choices import H5PRequirement
from .models import FORGED_SCORES


def _best_results(request) -> dict:
    """The participant's best results for every activity, fetched once per request however many blocks."""
    results = getattr(request, "_h5p_best_results", None)
    if results is None:
        results = queries.best_results(user=request.user, activity_ids=None)
        request._h5p_best_results = results
    return results


class H5PBlock(PersonalBlockMixin, blocks.StructBlock):
    """Shows the participant's own best result: personal, never cached with the shared lesson HTML."""

    activity = SnippetChooserBlock("h5p.H5PActivity", label=_("H5P activity"))
    requirement = blocks.ChoiceBlock(
        label=_("To complete the module"),
        choices=H5PRequirement.choices,
        default=H5PRequirement.COMPLETED,
        help_text=FORGED_SCORES,
    )
    pass_percent = blocks.IntegerBlock(
        label=_("Pass score (%)"), required=False, min_value=1, max_value=100, help_text=_("For “pass”.")
    )

    class Meta:
        icon = "media"
        label = _("H5P activity")
        template = "h5p/blocks/h5p_block.html"
        preview_value = {"activity": None, "requirement": H5PRequirement.COMPLETED}
        description = _("An interactive H5P activity; the module can require completing or passing it.")

    def get_preview_value(self):
        from .models import H5PActivity

        activity = H5PActivity.objects.exclude(content_prefix="").first()
        return self.normalize({"activity": activity, "requirement": H5PRequirement.COMPLETED})

    def clean(self, value):
        value = super().clean(value)
        if value.get("requirement") == H5PRequirement.PASSED and not value.get("pass_percent"):
            raise blocks.StructBlockValidationError(
                block_errors={"pass_percent": ValidationError(_("Give the score needed to pass."))}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        activity = value.get("activity")
        request = (parent_context or {}).get("request")
        if (
            activity is None
            or request is None
            or not activity.is_playable
            or not request.user.is_authenticated
        ):
            return context
        token = tokens.issue(user_id=request.user.pk, activity_id=activity.pk)
        context.update(
            player_url=reverse("h5p:player", args=[token]),
            result_url=reverse("h5p:result", args=[activity.pk]),
            state_url=reverse("h5p:state", args=[activity.pk]),
            csrf_token_value=get_token(request),
            result=_best_results(request).get(activity.pk),
        )
        return context
