"""The reports in the admin: URLs under /admin/laporan/ and their items in the Reports menu."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from courses.access import is_officer, is_trainer

from .admin_views import (
    DashboardView,
    MonthlySummaryView,
    ParticipantDetailView,
    ParticipantReportView,
    TableReportView,
)


@hooks.register("register_admin_urls")
def register_urls():
    urls = [
        path("", DashboardView.as_view(), name="dashboard"),
        path("peserta/", ParticipantReportView.as_view(), name="participants"),
        path("peserta/hasil/", ParticipantReportView.as_view(results_only=True), name="participants_results"),
        path("peserta/<int:pk>/", ParticipantDetailView.as_view(), name="participant"),
        path("tabel/<slug:table>/", TableReportView.as_view(), name="table"),
        path("tabel/<slug:table>/hasil/", TableReportView.as_view(results_only=True), name="table_results"),
        path("ringkasan-bulanan/", MonthlySummaryView.as_view(), name="monthly"),
    ]
    return [path("laporan/", include((urls, "reports"), namespace="reports"))]


class ReportsMenuItem(MenuItem):
    def is_shown(self, request):
        return is_officer(request.user) or is_trainer(request.user)


@hooks.register("register_reports_menu_item")
def register_dashboard_menu_item():
    return ReportsMenuItem(_("Training dashboard"), reverse("reports:dashboard"), icon_name="table", order=10)


@hooks.register("register_reports_menu_item")
def register_participants_menu_item():
    return ReportsMenuItem(_("Participants"), reverse("reports:participants"), icon_name="group", order=11)
