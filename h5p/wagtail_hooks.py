"""H5P activities in the Wagtail admin: upload, list with state, chooser and usage (Wagtail's own)."""

from django.contrib.admin.utils import unquote
from django.shortcuts import get_object_or_404
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import Column
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import InspectView, SnippetViewSet, SnippetViewSetGroup

from sinergi.access import visible_rows
from sinergi.admin_display import YesNoColumn
from sinergi.choosers import PermissionCheckedChooserViewSet

from .models import H5PActivity, H5PResult
from .signals import results_visible


class StateColumn(Column):
    """The state, with the reason when a package was refused (escaped by the template like any value)."""

    def get_value(self, instance):
        state = instance.get_state_display()
        if instance.rejection_reason:
            return f"{state}: {instance.rejection_reason}"
        return state


class SizeColumn(Column):
    def get_value(self, instance):
        return filesizeformat(instance.size_bytes) if instance.size_bytes else "—"


class H5PActivityViewSet(SnippetViewSet):
    model = H5PActivity
    icon = "media"
    menu_label = gettext_lazy("Activities")
    list_display = [
        "__str__",
        "main_library",
        SizeColumn("size_bytes", label=gettext_lazy("Size")),
        "file_count",
        StateColumn("state", label=gettext_lazy("State")),
        "updated_at",
    ]
    list_filter = ["state"]
    search_fields = ["title"]


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Results are what participants' browsers reported: nobody adds, edits or deletes them in the admin."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class ParticipantColumn(Column):
    """The participant's name, never their e-mail address (trainers see this listing)."""

    def get_value(self, instance):
        profile = getattr(instance.user, "profile", None)
        return profile.full_name if profile else "—"


def visible_results(user, results=None):
    """Officers see every result; a trainer those of activities in their own courses (answered by courses)."""
    results = H5PResult.objects.all() if results is None else results
    return visible_rows(results_visible, results, user=user)


class ResultInspectView(InspectView):
    def get_object(self, queryset=None):
        return get_object_or_404(visible_results(self.request.user), pk=unquote(str(self.pk)))


class H5PResultViewSet(SnippetViewSet):
    model = H5PResult
    icon = "tasks"
    menu_label = gettext_lazy("Results")
    list_display = [
        ParticipantColumn("user", label=gettext_lazy("Participant")),
        "activity",
        "score",
        "max_score",
        YesNoColumn("completed", label=gettext_lazy("Completed")),
        YesNoColumn("passed", label=gettext_lazy("Passed")),
        "created_at",
    ]
    list_filter = ["activity", "completed"]
    inspect_view_enabled = True
    chooser_viewset_class = PermissionCheckedChooserViewSet
    inspect_view_class = ResultInspectView
    inspect_view_fields = ["activity", "score", "max_score", "completed", "passed", "created_at"]

    def get_queryset(self, request):
        return visible_results(request.user, H5PResult.objects.select_related("user__profile", "activity"))


class H5PViewSetGroup(SnippetViewSetGroup):
    items = (H5PActivityViewSet, H5PResultViewSet)
    menu_icon = "media"
    menu_label = gettext_lazy("H5P activities")
    menu_name = "h5p"
    menu_order = 310


register_permission_policy(H5PResult, ReadOnlyPolicy(H5PResult))
register_snippet(H5PViewSetGroup)
