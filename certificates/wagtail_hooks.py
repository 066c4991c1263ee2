"""The certificates menu in the Wagtail admin: issued certificates and the template designer."""

from django.conf import settings
from django.http import Http404
from django.urls import path, reverse
from django.utils.functional import cached_property, lazy
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import DateColumn, StatusTagColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button, HeaderButton, ListingButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from sinergi.admin_display import YesNoColumn
from sinergi.spreadsheets import EscapedExportMixin

from . import admin_views
from .choices import LIVE_STATUSES, CertificateStatus
from .filters import CertificateFilterSet
from .forms import CertificateTemplateForm
from .log_actions import register_certificate_log_actions
from .models import MAX_LOGOS, MAX_SIGNATORIES, Certificate, CertificateTemplate
from .placeholders import PLACEHOLDERS
from .queries import visible_certificates
from .views import can_download


class CertificatePermissionPolicy(ModelPermissionPolicy):
    """An issued certificate is never added, edited or deleted in the admin; it is revoked or re-issued."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(Certificate, CertificatePermissionPolicy(Certificate))
hooks.register("register_log_actions", register_certificate_log_actions)


def _placeholders_help() -> str:
    rows = format_html_join(
        "",
        "<tr><td><code>{}</code></td><td>{}</td><td>{}</td></tr>",
        ((placeholder.token, placeholder.label, placeholder.sample) for placeholder in PLACEHOLDERS),
    )
    return format_html(
        "<p>{}</p><table class='listing'><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead>"
        "<tbody>{}</tbody></table>",
        _(
            "Type these in the texts; each is replaced by the participant's own value. "
            "The preview uses the samples."
        ),
        _("Placeholder"),
        _("Meaning"),
        _("Sample"),
        rows,
    )


placeholders_help = lazy(_placeholders_help, str)


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full"
    menu_label = gettext_lazy("Certificate templates")
    menu_order = 20
    list_display = [
        "name",
        YesNoColumn("is_default", label=gettext_lazy("Default template")),
        "page_size",
        "orientation",
        DateColumn("updated_at", label=gettext_lazy("Updated"), sort_key="updated_at"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("name"),
                    FieldPanel("is_default"),
                    FieldPanel("title"),
                    FieldPanel("subtitle"),
                    FieldPanel("intro"),
                    FieldPanel("body"),
                    FieldRowPanel([FieldPanel("place"), FieldPanel("date_line")]),
                    FieldPanel("issuer_name"),
                    FieldPanel("number_prefix"),
                    HelpPanel(content=placeholders_help(), heading=gettext_lazy("Placeholders")),
                ],
                heading=gettext_lazy("Texts"),
            ),
            ObjectList(
                [
                    FieldRowPanel([FieldPanel("page_size"), FieldPanel("orientation")]),
                    FieldPanel("background"),
                    InlinePanel("logos", max_num=MAX_LOGOS, label=gettext_lazy("Logos")),
                    MultiFieldPanel(
                        [
                            FieldRowPanel([FieldPanel("frame_style"), FieldPanel("accent_color")]),
                            FieldPanel("text_color"),
                            FieldRowPanel([FieldPanel("heading_font"), FieldPanel("body_font")]),
                        ],
                        heading=gettext_lazy("Frame, colours and fonts"),
                    ),
                    FieldRowPanel([FieldPanel("qr_position"), FieldPanel("qr_size_mm")]),
                ],
                heading=gettext_lazy("Design"),
            ),
            ObjectList(
                [InlinePanel("signatories", max_num=MAX_SIGNATORIES, label=gettext_lazy("Signatories"))],
                heading=gettext_lazy("Signatories"),
            ),
        ],
        base_form_class=CertificateTemplateForm,
    )


class CertificateIndexView(EscapedExportMixin, IndexView):
    def get_base_queryset(self):
        # An officer lists every certificate; anyone else only those of their own courses and workshops.
        return visible_certificates(
            self.request.user, super().get_base_queryset().select_related("kecamatan")
        )

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        user = self.request.user
        if user.has_perm("certificates.download_certificate"):
            query = self.request.GET.urlencode()
            buttons.append(
                HeaderButton(
                    _("Download these as ZIP"),
                    url=reverse("certificates_admin:zip_start") + (f"?{query}" if query else ""),
                    icon_name="download",
                    priority=10,
                )
            )
        if user.has_perm("certificates.issue_certificate"):
            buttons.append(
                HeaderButton(
                    _("Issue by hand"), url=reverse("certificates_admin:issue"), icon_name="plus", priority=20
                )
            )
        return buttons

    def get_list_more_buttons(self, instance):
        return [*super().get_list_more_buttons(instance), *certificate_buttons(self.request.user, instance)]


class CertificateInspectView(InspectView):
    template_name = "certificates/admin/inspect.html"

    def get(self, request, *args, **kwargs):
        # After Wagtail's permission check: someone who may view certificates sees only those of their list.
        if not visible_certificates(request.user, Certificate.objects.filter(pk=self.object.pk)).exists():
            raise Http404
        return super().get(request, *args, **kwargs)

    @cached_property
    def header_more_buttons(self):
        return [*super().header_more_buttons, *certificate_buttons(self.request.user, self.object)]

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        return "—" if value in (None, "") else value

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["can_retry"] = can_retry(self.request.user, self.object)
        context["history_url"] = reverse("certificates_admin:history", args=[self.object.pk])
        return context


class CertificateHistoryView(HistoryView):
    # Certificates are never edited, so whoever may see them may see what happened to them.
    any_permission_required = ["view"]


def can_retry(user, certificate) -> bool:
    """Failed ones, and pending ones that are late (a fresh one is being made and needs no help)."""
    waiting = certificate.status == CertificateStatus.FAILED or certificate.is_late
    return waiting and user.has_perm("certificates.issue_certificate")


def certificate_buttons(user, certificate):
    buttons = []
    if can_retry(user, certificate):
        buttons.append(
            Button(
                _("Try again"),
                url=reverse("certificates_admin:retry", args=[certificate.pk]),
                icon_name="rotate",
                priority=30,
            )
        )
    if can_download(user, certificate):
        buttons.append(
            ListingButton(
                _("Download PDF"),
                url=reverse("certificates:download", args=[certificate.pk]),
                icon_name="download",
                priority=40,
            )
        )
    if certificate.status in LIVE_STATUSES and user.has_perm("certificates.revoke_certificate"):
        buttons.append(
            Button(
                _("Revoke"),
                url=reverse("certificates_admin:revoke", args=[certificate.pk]),
                icon_name="cross",
                priority=50,
            )
        )
    if certificate.status in (CertificateStatus.VALID, CertificateStatus.FAILED) and user.has_perm(
        "certificates.issue_certificate"
    ):
        buttons.append(
            Button(
                _("Re-issue"),
                url=reverse("certificates_admin:reissue", args=[certificate.pk]),
                icon_name="resubmit",
                priority=60,
            )
        )
    return buttons


class CertificateViewSet(ModelViewSet):
    model = Certificate
    name = "certificates_admin"
    icon = "doc-full-inverse"
    menu_label = gettext_lazy("Issued certificates")
    menu_order = 10
    index_view_class = CertificateIndexView
    inspect_view_class = CertificateInspectView
    history_view_class = CertificateHistoryView
    inspect_view_enabled = True
    copy_view_enabled = False
    # Nothing points from a certificate to content an editor might delete; indexing every issue is waste.
    add_to_reference_index = False
    filterset_class = CertificateFilterSet
    search_fields = ["recipient_name", "number", "subject_title"]
    list_display = [
        "number",
        "recipient_name",
        "subject_title",
        "kecamatan",
        "institution_name",
        DateColumn("issued_at", label=gettext_lazy("Issued at"), sort_key="issued_at"),
        StatusTagColumn(
            "get_status_display", label=gettext_lazy("Status"), primary=lambda c: c.status == "valid"
        ),
    ]
    list_export = [
        "number",
        "recipient_name",
        "subject_title",
        "subject_kind",
        "date_start",
        "date_end",
        "hours",
        "institution_name",
        "kecamatan",
        "issued_at",
        "status",
        "revoked_at",
        "revoke_reason",
        "verification_url",
    ]
    export_filename = "sertifikat"
    inspect_view_fields = [
        "number",
        "recipient_name",
        "subject_kind",
        "subject_title",
        "date_start",
        "date_end",
        "hours",
        "institution_name",
        "kecamatan",
        "issuer_name",
        "status",
        "issued_at",
        "issued_by",
        "render_error",
        "revoked_at",
        "revoke_reason",
        "replaced_by",
        "verification_url",
    ]

    def get_common_view_kwargs(self, **kwargs):
        # No add, edit or delete views exist for issued certificates.
        return super().get_common_view_kwargs(
            **{"add_url_name": None, "edit_url_name": None, "delete_url_name": None, **kwargs}
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("history/<int:pk>/", self.history_view, name="history"),
            path("history-results/<int:pk>/", self.history_results_view, name="history_results"),
            path("<int:pk>/revoke/", admin_views.revoke_view, name="revoke"),
            path("<int:pk>/reissue/", admin_views.reissue_view, name="reissue"),
            path("<int:pk>/retry/", admin_views.retry_view, name="retry"),
            path("issue/", admin_views.issue_view, name="issue"),
            path("zip/", admin_views.zip_start_view, name="zip_start"),
            path("zip/download/", admin_views.zip_view, name="zip"),
            path("zip/progress/<str:token>/", admin_views.zip_progress_view, name="zip_progress"),
        ]


class CertificatesGroup(SnippetViewSetGroup):
    items = (CertificateViewSet, CertificateTemplateViewSet)
    menu_icon = "doc-full-inverse"
    menu_label = gettext_lazy("Certificates")
    menu_name = "certificates"
    menu_order = 300


register_snippet(CertificatesGroup)


class FailedCertificatesPanel(Component):
    """On the admin dashboard: certificates that could not be made, so nothing fails silently."""

    name = "failed_certificates"
    order = 50
    template_name = "certificates/admin/failed_panel.html"

    def __init__(self, count: int):
        self.count = count

    def get_context_data(self, parent_context=None):
        return {"count": self.count, "url": reverse("certificates_admin:index") + "?status=failed"}


class LateCertificatesPanel(Component):
    """On the admin dashboard: certificates still pending long after they were issued (PDFs take seconds)."""

    name = "late_certificates"
    order = 49
    template_name = "certificates/admin/late_panel.html"

    def __init__(self, count: int):
        self.count = count

    def get_context_data(self, parent_context=None):
        return {
            "count": self.count,
            "minutes": max(1, settings.CERTIFICATE_RENDER_STALE_AFTER // 60),
            "url": reverse("certificates_admin:index") + "?late=1",
        }


@hooks.register("construct_homepage_panels")
def late_certificates_panel(request, panels):
    if not request.user.has_perm("certificates.issue_certificate"):
        return
    count = Certificate.objects.late().count()
    if count:
        panels.append(LateCertificatesPanel(count))


@hooks.register("construct_homepage_panels")
def failed_certificates_panel(request, panels):
    if not request.user.has_perm("certificates.issue_certificate"):
        return
    count = Certificate.objects.filter(status=CertificateStatus.FAILED).count()
    if count:
        panels.append(FailedCertificatesPanel(count))
