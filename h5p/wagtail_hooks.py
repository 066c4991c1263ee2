"""H5P activities in the Wagtail admin: upload, list with state, chooser and usage (Wagtail's own)."""

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from sinergi.choosers import PermissionCheckedChooserViewSet

from .models import H5PActivity, H5PResult


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


class H5PResultViewSet(SnippetViewSet):
    model = H5PResult
    icon = "tasks"
    menu_label = gettext_lazy("Results")
    list_display = [
        "user",
        "activity",
        "score",
        "max_score",
        BooleanColumn("completed", label=gettext_lazy("Completed")),
        BooleanColumn("passed", label=gettext_lazy("Passed")),
        "created_at",
    ]
    list_filter = ["activity", "completed"]
    inspect_view_enabled = True
    chooser_viewset_class = PermissionCheckedChooserViewSet

    def get_queryset(self, request):
        return H5PResult.objects.select_related("user", "activity")


class H5PViewSetGroup(SnippetViewSetGroup):
    items = (H5PActivityViewSet, H5PResultViewSet)
    menu_icon = "media"
    menu_label = gettext_lazy("H5P activities")
    menu_name = "h5p"
    menu_order = 310


register_permission_policy(H5PResult, ReadOnlyPolicy(H5PResult))
register_snippet(H5PViewSetGroup)
