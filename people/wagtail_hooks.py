from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db.models import Count, Min
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.timezone import localtime, now
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from sinergi.admin_display import YesNoColumn
from sinergi.choosers import PermissionCheckedChooserViewSet
from sinergi.spreadsheets import EscapedSnippetIndexView

from .choices import DeletionStatus
from .forms import MergeInstitutionForm
from .models import AccountDeletionRequest, Institution, Kecamatan, Profile
from .services import PeopleError, erase_account, merge_institution

ERASE_PERMISSION = "people.erase_account"


class InstitutionFilterSet(WagtailFilterSet):
    class Meta:
        model = Institution
        fields = ["kind", "kecamatan", "is_verified"]


class InstitutionViewSet(SnippetViewSet):
    model = Institution
    icon = "home"
    menu_label = gettext_lazy("Institutions")
    index_view_class = EscapedSnippetIndexView
    list_display = [
        "name",
        "kind",
        "kecamatan",
        "target_headcount",
        YesNoColumn("is_verified", label=gettext_lazy("Verified")),
    ]
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
    chooser_viewset_class = PermissionCheckedChooserViewSet
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


class RequestsOnlyPolicy(ModelPermissionPolicy):
    """Participants make deletion requests and officers carry them out; nobody adds or edits them by hand."""

    def user_has_permission(self, user, action):
        if action in {"add", "change", "delete"}:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(AccountDeletionRequest, RequestsOnlyPolicy(AccountDeletionRequest))


class DueColumn(Column):
    """The date a request is due, marked when it has passed and the request still waits."""

    def get_value(self, instance):
        due = date_format(localtime(instance.due_at), "j M Y H:i")
        if instance.is_overdue:
            return format_html("<strong>{}</strong> ({})", due, _("overdue"))
        return due


class AccountDeletionRequestViewSet(SnippetViewSet):
    model = AccountDeletionRequest
    icon = "bin"
    menu_label = gettext_lazy("Account deletion requests")
    list_display = [
        "account",  # the first column links to the request and carries its buttons
        DateColumn("requested_at", label=gettext_lazy("Requested at")),
        DueColumn("due_at", label=gettext_lazy("Due by"), sort_key="due_at"),
        "status",
        DateColumn("done_at", label=gettext_lazy("Carried out at")),
    ]
    list_filter = ["status"]
    ordering = ["-status", "due_at"]
    inspect_view_enabled = True
    chooser_viewset_class = PermissionCheckedChooserViewSet

    def get_queryset(self, request):
        return AccountDeletionRequest.objects.select_related("user")

    def erase_view(self, request, pk):
        if not request.user.has_perm(ERASE_PERMISSION):
            return redirect("wagtailadmin_home")
        deletion = get_object_or_404(AccountDeletionRequest, pk=pk, status=DeletionStatus.PENDING)
        if request.method == "POST":
            try:
                erase_account(user=deletion.user, by=request.user)
            except PeopleError as error:
                messages.error(request, str(error))
            else:
                messages.success(request, _("The account has been deleted."))
            return redirect(self.get_url_name("list"))
        return TemplateResponse(
            request,
            "people/admin/erase_account.html",
            {
                "deletion": deletion,
                "profile": Profile.objects.filter(user=deletion.user).first(),
                "list_url": reverse(self.get_url_name("list")),
            },
        )

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), path("erase/<int:pk>/", self.erase_view, name="erase")]


class PeopleViewSetGroup(SnippetViewSetGroup):
    items = (InstitutionViewSet, KecamatanViewSet, ProfileViewSet, AccountDeletionRequestViewSet)
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


@hooks.register("register_snippet_listing_buttons")
def erase_button(snippet, user, next_url=None):
    if (
        isinstance(snippet, AccountDeletionRequest)
        and snippet.status == DeletionStatus.PENDING
        and user.has_perm(ERASE_PERMISSION)
    ):
        yield MenuItem(
            _("Carry out: delete the account"),
            reverse("wagtailsnippets_people_accountdeletionrequest:erase", args=[snippet.pk]),
            icon_name="bin",
            priority=10,
        )


class DeletionRequestsPanel(Component):
    """On the admin dashboard: requests waiting, and the first due date, so none passes unnoticed."""

    name = "account_deletion_requests"
    order = 40
    template_name = "people/admin/deletion_panel.html"

    def __init__(self, count: int, first_due):
        self.count, self.first_due = count, first_due

    def get_context_data(self, parent_context=None):
        return {
            "count": self.count,
            "first_due": self.first_due,
            "overdue": self.first_due < now(),
            "url": reverse("wagtailsnippets_people_accountdeletionrequest:list") + "?status=pending",
        }


@hooks.register("construct_homepage_panels")
def deletion_requests_panel(request, panels):
    if not request.user.has_perm(ERASE_PERMISSION):
        return
    waiting = AccountDeletionRequest.objects.filter(status=DeletionStatus.PENDING).aggregate(
        count=Count("pk"), first_due=Min("due_at")
    )
    if waiting["count"]:
        panels.append(DeletionRequestsPanel(waiting["count"], waiting["first_due"]))


@hooks.register("before_delete_user")
def erase_instead_of_deleting(request, user):
    """Deleting a user in the admin erases the account the same way as a participant's request (the
    confirmation page on GET is Wagtail's own)."""
    if request.method != "POST":
        return None
    try:
        erase_account(user=user, by=request.user)
    except PeopleError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("The account has been erased: personal data removed, learning records kept without it."),
        )
    return redirect("wagtailusers_users:index")


@hooks.register("before_bulk_action")
def erase_instead_of_bulk_deleting(request, action_type, objects, action_class_instance):
    if action_type != "delete" or getattr(action_class_instance, "model", None) is not get_user_model():
        return None
    erased = 0
    for user in objects:
        try:
            erase_account(user=user, by=request.user)
        except PeopleError as error:
            messages.error(request, f"{user}: {error}")
        else:
            erased += 1
    messages.success(request, _("%(count)d accounts have been erased.") % {"count": erased})
    return redirect("wagtailusers_users:index")


@hooks.register("register_log_actions")
def register_people_log_actions(actions):
    actions.register_action(
        "people.institution_merged", gettext_lazy("Merge institution"), gettext_lazy("Merged")
    )
    actions.register_action(
        "people.deletion_requested", gettext_lazy("Request account deletion"), gettext_lazy("Requested")
    )
    actions.register_action(
        "people.deletion_cancelled", gettext_lazy("Cancel account deletion"), gettext_lazy("Cancelled")
    )
    actions.register_action(
        "people.account_erased", gettext_lazy("Delete account"), gettext_lazy("Account deleted")
    )
