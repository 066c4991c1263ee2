"""Admin for officers: the workshops report (list, then one workshop's participants, exportable)."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Min, Q
from django.shortcuts import get_object_or_404
from django.urls import include, path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets.button import ListingButton

from sinergi.admin_display import YesNoColumn
from sinergi.spreadsheets import EscapedExportMixin

# Invite by list: the module registers its own admin URLs and the "Import participants" page action.
from . import views_import  # noqa: F401
from .models import WorkshopPage
from .reports import workshop_report

REPORT_PERMISSION = "workshops.view_registration"
ATTENDANCE_PERMISSION = "workshops.manage_attendance"


class ReportPermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REPORT_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def _number(value):
    return "" if value is None else float(value)


def _yes_no(value) -> str:
    return str(_("yes") if value else _("no"))


class WorkshopListReportView(ReportPermissionMixin, ReportView):
    page_title = _("Workshops")
    header_icon = "date"
    index_url_name = "workshops_admin:index"
    index_results_url_name = "workshops_admin:index_results"
    default_ordering = "-first_date"
    columns = [
        TitleColumn("title", label=_("Workshop"), url_name="workshops_admin:workshop", sort_key="title"),
        DateColumn("first_date", label=_("Date"), sort_key="first_date"),
        Column("registered", label=_("Registered"), sort_key="registered"),
        Column("waitlisted", label=_("Waiting list")),
        Column("attended", label=_("Attended"), sort_key="attended"),
        Column("completed", label=_("Completed"), sort_key="completed"),
    ]
    list_export = ["title", "first_date", "registered", "waitlisted", "attended", "completed"]
    export_headings = {
        "title": _("Workshop"),
        "first_date": _("Date"),
        "registered": _("Registered"),
        "waitlisted": _("Waiting list"),
        "attended": _("Attended"),
        "completed": _("Completed"),
    }

    def get_filename(self):
        return f"lokakarya-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        self.queryset = WorkshopPage.objects.annotate(
            first_date=Min("sessions__date"),
            registered=Count("registrations", filter=Q(registrations__status="registered"), distinct=True),
            waitlisted=Count("registrations", filter=Q(registrations__status="waitlisted"), distinct=True),
            attended=Count("attendances__user", distinct=True),
            completed=Count("participations", distinct=True),
        )
        return super().get_queryset()


class WorkshopReportView(ReportPermissionMixin, EscapedExportMixin, ReportView):
    template_name = "workshops/admin/workshop_report.html"
    header_icon = "date"
    paginate_by = 100
    columns = [
        Column("participant_name", label=_("Participant")),
        Column("institution_name", label=_("Institution")),
        Column("kecamatan_name", label=_("Kecamatan")),
        Column("status_label", label=_("Registration")),
        Column("sessions_attended", label=_("Sessions attended")),
        Column("pre_score", label=_("Pre-test")),
        Column("post_score", label=_("Post-test")),
        Column("gain", label=_("Gain")),
        YesNoColumn("completed", label=_("Completed")),
        Column("certificate_number", label=_("Certificate")),
    ]
    list_export = [
        "participant_name",
        "email",
        "institution_name",
        "kecamatan_name",
        "status_label",
        "sessions_attended",
        "pre_score",
        "post_score",
        "gain",
        "completed",
        "certificate_number",
    ]
    export_headings = {
        "participant_name": _("Participant"),
        "email": _("E-mail"),
        "institution_name": _("Institution"),
        "kecamatan_name": _("Kecamatan"),
        "status_label": _("Registration"),
        "sessions_attended": _("Sessions attended"),
        "pre_score": _("Pre-test (%)"),
        "post_score": _("Post-test (%)"),
        "gain": _("Gain (points)"),
        "completed": _("Completed"),
        "certificate_number": _("Certificate number"),
    }
    custom_field_preprocess = {
        "pre_score": {"csv": _number, "xlsx": _number},
        "post_score": {"csv": _number, "xlsx": _number},
        "gain": {"csv": _number, "xlsx": _number},
        "completed": {"csv": _yes_no, "xlsx": _yes_no},
    }

    @cached_property
    def workshop(self):
        return get_object_or_404(WorkshopPage, pk=self.kwargs["pk"])

    @cached_property
    def report(self):
        return workshop_report(self.workshop)

    def get_page_title(self):
        return _("Report: %(title)s") % {"title": self.workshop.title}

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": reverse("workshops_admin:index"), "label": _("Workshops")},
            {"url": "", "label": self.workshop.title},
        ]

    def get_index_url(self):
        return reverse("workshops_admin:workshop", args=[self.workshop.pk])

    def get_index_results_url(self):
        return reverse("workshops_admin:workshop_results", args=[self.workshop.pk])

    def get_filename(self):
        return f"lokakarya-{self.workshop.pk}-laporan-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        return self.report.rows

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["report"] = self.report
        context["workshop"] = self.workshop
        content_type = ContentType.objects.get_for_model(WorkshopPage)
        try:
            context["zip_url"] = (
                reverse("certificates_admin:zip_start") + f"?subject={content_type.pk}:{self.workshop.pk}"
            )
        except Exception:  # noqa: BLE001 (the certificates app, above this one, may be absent)
            context["zip_url"] = ""
        return context


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


@hooks.register("register_admin_urls")
def register_urls():
    urls = [
        path("", WorkshopListReportView.as_view(), name="index"),
        path("hasil/", WorkshopListReportView.as_view(results_only=True), name="index_results"),
        path("<int:pk>/", WorkshopReportView.as_view(), name="workshop"),
        path("<int:pk>/hasil/", WorkshopReportView.as_view(results_only=True), name="workshop_results"),
    ]
    return [path("lokakarya/laporan/", include((urls, "workshops_admin"), namespace="workshops_admin"))]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return ReportMenuItem(_("Workshops"), reverse("workshops_admin:index"), icon_name="date", order=150)


@hooks.register("register_page_listing_buttons")
def workshop_buttons(page, user, next_url=None):
    if not isinstance(page.specific_deferred, WorkshopPage):
        return
    if user.has_perm(REPORT_PERMISSION):
        yield ListingButton(
            _("Report"), reverse("workshops_admin:workshop", args=[page.pk]), icon_name="table", priority=60
        )
    if user.has_perm(ATTENDANCE_PERMISSION):
        yield ListingButton(
            _("Attendance"), reverse("workshops:manage", args=[page.pk]), icon_name="tick", priority=61
        )
