"""H5P activities in the Wagtail admin: upload, list with state, chooser and usage (Wagtail's own)."""

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import H5PActivity


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
    menu_label = gettext_lazy("H5P activities")
    menu_name = "h5p"
    add_to_admin_menu = True
    menu_order = 310
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


register_snippet(H5PActivityViewSet)
