from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from sinergi.spreadsheets import EscapedSnippetIndexView

from .forms import MergeInstitutionForm
from .models import Institution, Kecamatan, Profile
from .services import PeopleError, merge_institution


class InstitutionFilterSet(WagtailFilterSet):
    class Meta:
        model = Institution
        fields = ["kind", "kecamatan", "is_verified"]


class InstitutionViewSet(SnippetViewSet):
    model = Institution
    icon = "home"
    menu_label = gettext_lazy("Institutions")
    index_view_class = EscapedSnippetIndexView
    list_display = ["name", "kind", "kecamatan", "target_headcount", BooleanColumn("is_verified")]
    list_export = ["name", "kind", "kecamatan", "target_headcount", "is_verified"]
    search_fields = ["name"]
    filterset_class = InstitutionFilterSet
    form_fields = ["name", "kind", "kecamatan", "target_headcount", "is_verified"]

    def get_queryset(self, request):
        return Institution.objects.filter(merged_into__isnull=True).select_related("kecamatan")

    def merge_view(self, request, pk):
        if not request.user.has_perm("people.change_institution"):
            return redirect("wagtailadmin_home")
        source = get_object_or_404(Institution, pk=pk)
        form = MergeInstitutionForm(request.POST or None, source=source)
        if request.method == "POST" and form.is_valid():
            try:
                moved = merge_institution(source=source, target=form.cleaned_data["target"], by=request.user)
            except PeopleError as error:
                messages.error(request, str(error))
            else:
                messages.success(
                    request,
                    _("“%(source)s” was merged; %(count)d participants moved.")
                    % {"source": source, "count": moved},
                )
                return redirect(self.get_url_name("list"))
        return TemplateResponse(
            request, "people/admin/merge_institution.html", {"source": source, "form": form, "view": self}
        )

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), path("merge/<int:pk>/", self.merge_view, name="merge")]


class KecamatanViewSet(SnippetViewSet):
    model = Kecamatan
    icon = "site"
    menu_label = gettext_lazy("Kecamatan")
    list_display = ["name"]
    form_fields = ["name", "slug"]


class ProfileViewSet(SnippetViewSet):
    model = Profile
    icon = "user"
    menu_label = gettext_lazy("Participant profiles")
    index_view_class = EscapedSnippetIndexView
    list_display = ["full_name", "occupation", "institution", "kecamatan", "updated_at"]
    list_export = [
        "full_name",
        "user.email",  # Wagtail follows attributes with dots (a double underscore is looked up as a name)
        "whatsapp",
        "get_occupation_display",
        "institution",
        "kecamatan",
        "updated_at",
    ]
    export_headings = {
        "user.email": gettext_lazy("E-mail"),
        "get_occupation_display": gettext_lazy("Occupation"),
    }
    list_filter = ["occupation", "kecamatan"]
    search_fields = ["full_name"]
    inspect_view_enabled = True
    form_fields = ["full_name", "whatsapp", "occupation", "institution", "kecamatan"]

    def get_queryset(self, request):
        return Profile.objects.select_related("user", "institution", "kecamatan")


class PeopleViewSetGroup(SnippetViewSetGroup):
    items = (InstitutionViewSet, KecamatanViewSet, ProfileViewSet)
    menu_icon = "group"
    menu_label = gettext_lazy("Participants")
    menu_name = "people"


register_snippet(PeopleViewSetGroup)


@hooks.register("register_snippet_listing_buttons")
def merge_button(snippet, user, next_url=None):
    if (
        isinstance(snippet, Institution)
        and not snippet.is_verified
        and user.has_perm("people.change_institution")
    ):
        yield MenuItem(
            _("Merge into a listed institution"),
            reverse("wagtailsnippets_people_institution:merge", args=[snippet.pk]),
            icon_name="resubmit",
            priority=50,
        )


@hooks.register("register_log_actions")
def register_people_log_actions(actions):
    actions.register_action(
        "people.institution_merged", gettext_lazy("Merge institution"), gettext_lazy("Merged")
    )
