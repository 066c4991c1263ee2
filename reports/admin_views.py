"""The reports inside the Wagtail admin: the dashboard, its tables as exportable reports, the participant
table, one participant's page and the monthly summary. Every view works from the same filters and the same
limits (officers: the whole city; trainers: their own courses)."""

import datetime
import tempfile
from itertools import islice

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView

from courses.access import allowed_course_ids
from courses.models import Enrollment, ModuleProgress
from people.access import sees_contact_details
from people.models import Profile
from quizzes.choices import AttemptStatus
from quizzes.models import Attempt
from sinergi.spreadsheets import EscapedExportMixin
from workshops.models import Attendance, Registration

from . import charts, queries
from .filters import ReportFilterSet

EXPORT_CHUNK = 1000


class ReportsAccessMixin:
    """Officers and trainers only; the answer for anyone else in the admin is a plain 403 page (Wagtail would
    turn a raised PermissionDenied into a redirect to the dashboard, which hides why)."""

    def dispatch(self, request, *args, **kwargs):
        try:
            self.allowed_course_ids = allowed_course_ids(request.user)
        except PermissionDenied:
            return TemplateResponse(
                request, "reports/forbidden.html", {"page_title": _("Reports")}, status=403
            )
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def report_filters(self) -> ReportFilterSet:
        return ReportFilterSet(
            self.request.GET or None,
            queryset=Profile.objects.none(),
            request=self.request,
            allowed_course_ids=self.allowed_course_ids,
        )

    @cached_property
    def scope(self) -> queries.Scope:
        return self.report_filters.scope()

    def querystring(self, **extra) -> str:
        params = self.request.GET.copy()
        for key in ("p", "export", "_w_filter_fragment"):
            params.pop(key, None)
        for key, value in extra.items():
            params[key] = value
        return params.urlencode()


class DashboardView(ReportsAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "reports/dashboard.html"
    page_title = _("Training dashboard")
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        board = queries.dashboard(self.scope)
        context.update(
            board=board,
            filters=self.report_filters,
            charts=charts.dashboard_charts(board),
            query=self.querystring(),
            is_trainer_view=self.allowed_course_ids is not None,
            tables=TABLES,
        )
        return context


class StreamedExportMixin(EscapedExportMixin):
    """Exports written row by row: CSV streamed as Wagtail does, XLSX through openpyxl's write-only workbook
    into a temporary file that is then streamed, so memory does not grow with the number of rows."""

    def get(self, request, *args, **kwargs):
        if self.is_export:
            return self.as_spreadsheet(self.export_rows(), request.GET.get("export"))
        return super().get(request, *args, **kwargs)

    def export_rows(self):
        return self.get_filtered_queryset()

    def get_heading(self, queryset, field):
        return str(self.export_headings.get(field, field))

    def write_xlsx_response(self, queryset):
        # FileResponse closes the file when the download is sent; the operating system then removes it.
        output = tempfile.TemporaryFile()  # noqa: SIM115
        self.write_xlsx(queryset, output)
        output.seek(0)
        return FileResponse(
            output,
            as_attachment=True,
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            filename=f"{self.get_filename()}.xlsx",
        )


def _number(value):
    return "" if value is None else value


class Table:
    """One of the dashboard's tables, as a report with exports."""

    def __init__(self, title, rows, fields):
        self.title, self.rows, self.fields = title, rows, fields


TABLES = {
    "kecamatan": Table(
        _("Completion by kecamatan"),
        queries.by_kecamatan,
        [("label", _("Kecamatan")), ("enrolled", _("Enrolments")), ("completed", _("Completed")),
         ("rate", _("Completion rate (%)"))],
    ),
    "pekerjaan": Table(
        _("Completion by occupation"),
        queries.by_occupation,
        [("label", _("Occupation")), ("enrolled", _("Enrolments")), ("completed", _("Completed")),
         ("rate", _("Completion rate (%)"))],
    ),
    "instansi": Table(
        _("Completion by institution"),
        queries.by_institution,
        [("label", _("Institution")), ("enrolled", _("Enrolments")), ("completed", _("Completed")),
         ("rate", _("Completion rate (%)"))],
    ),
    "kursus": Table(
        _("Completion by course"),
        queries.by_course,
        [("label", _("Course")), ("enrolled", _("Enrolments")), ("completed", _("Completed")),
         ("rate", _("Completion rate (%)"))],
    ),
    "modul": Table(
        _("Completion by module"),
        queries.by_module,
        [("course", _("Course")), ("module", _("Module")), ("started", _("Started")),
         ("completed", _("Completed")), ("rate", _("Completion rate (%)"))],
    ),
    "cakupan": Table(
        _("Coverage of target headcounts"),
        queries.coverage,
        [("name", _("Institution")), ("kecamatan", _("Kecamatan")), ("target", _("Target headcount")),
         ("members", _("Participants")), ("trained", _("Trained")), ("coverage", _("Coverage (%)"))],
    ),
    "topik": Table(
        _("Quiz results by topic"),
        queries.topics,
        [("tag", _("Topic tag")), ("attempts", _("Quiz attempts")), ("mean_score", _("Mean score (%)")),
         ("pass_rate", _("Passed (%)")), ("pre", _("Workshop pre-test (%)")),
         ("post", _("Workshop post-test (%)")), ("gain", _("Gain (points)"))],
    ),
    "bulanan": Table(
        _("Activity per month"),
        queries.activity,
        [("month", _("Month")), ("enrollments", _("Enrolments")), ("completions", _("Completions")),
         ("certificates", _("Certificates"))],
    ),
}  # fmt: skip


class TableReportView(ReportsAccessMixin, StreamedExportMixin, ReportView):
    """One dashboard table in full, with its CSV and XLSX exports; the dashboard's filters apply."""

    index_url_name = "reports:table"
    index_results_url_name = "reports:table_results"
    paginate_by = None
    header_icon = "table"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.table = TABLES.get(kwargs["table"])
        if self.table is None:
            raise Http404
        self.list_export = [name for name, _label in self.table.fields]
        self.export_headings = dict(self.table.fields)
        self.columns = [Column(name, label=label) for name, label in self.table.fields]
        self.custom_field_preprocess = {
            name: {"csv": _number, "xlsx": _number} for name in ("rate", "coverage", "mean_score", "gain")
        }

    def get_page_title(self):
        return self.table.title

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {
                "url": reverse("reports:dashboard") + "?" + self.querystring(),
                "label": _("Training dashboard"),
            },
            {"url": "", "label": self.table.title},
        ]

    def get_index_url(self):
        return reverse("reports:table", args=[self.kwargs["table"]])

    def get_index_results_url(self):
        return reverse("reports:table_results", args=[self.kwargs["table"]])

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "allowed_course_ids": self.allowed_course_ids}

    filterset_class = ReportFilterSet

    def get_filename(self):
        return f"laporan-{self.kwargs['table']}-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        return self.table.rows(self.filters.scope())

    def filter_queryset(self, queryset):
        return queryset  # the scope is applied inside each query


class ParticipantReportView(ReportsAccessMixin, StreamedExportMixin, ReportView):
    page_title = _("Participants")
    header_icon = "group"
    index_url_name = "reports:participants"
    index_results_url_name = "reports:participants_results"
    paginate_by = 50
    filterset_class = ReportFilterSet
    is_searchable = True
    search_fields = ["full_name", "user__email"]
    search_backend_name = None
    columns = [
        TitleColumn(
            "full_name", label=_("Participant"), url_name="reports:participant", id_accessor="user_id"
        ),
        Column("institution_name", label=_("Institution")),
        Column("kecamatan_name", label=_("Kecamatan")),
        Column("progress_text", label=_("Progress per course (modules)")),
        Column("completed_count", label=_("Courses completed")),
        Column("certificate_count", label=_("Certificates")),
        DateColumn("last_activity", label=_("Last activity")),
    ]
    list_export = [
        "full_name",
        "email",
        "occupation_label",
        "institution_name",
        "kecamatan_name",
        "enrolled_count",
        "completed_count",
        "certificate_count",
        "progress_text",
        "last_activity",
    ]
    export_headings = {
        "full_name": _("Participant"),
        "email": _("E-mail"),
        "occupation_label": _("Occupation"),
        "institution_name": _("Institution"),
        "kecamatan_name": _("Kecamatan"),
        "enrolled_count": _("Courses enrolled"),
        "completed_count": _("Courses completed"),
        "certificate_count": _("Certificates"),
        "progress_text": _("Progress per course (modules)"),
        "last_activity": _("Last activity"),
    }
    custom_field_preprocess = {
        # In the city's time, in both files (a spreadsheet cell has no time zone: XLSX got UTC).
        "last_activity": {
            "csv": lambda v: timezone.localtime(v).strftime("%Y-%m-%d %H:%M") if v else "",
            "xlsx": lambda v: timezone.localtime(v).replace(tzinfo=None) if v else None,
        },
    }

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        if not sees_contact_details(request.user):
            # A trainer neither sees nor searches e-mail addresses.
            self.list_export = [field for field in self.list_export if field != "email"]
            self.search_fields = [field for field in self.search_fields if field != "user__email"]

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "allowed_course_ids": self.allowed_course_ids}

    def get_filename(self):
        return f"peserta-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        rows = queries.participant_rows(self.filters.scope())
        return self.search_queryset(rows)

    def filter_queryset(self, queryset):
        return queryset

    def decorate(self, rows):
        rows = list(rows)
        progress = queries.course_progress(self.filters.scope(), [row.user_id for row in rows])
        for row in rows:
            row.progress = progress.get(row.user_id, [])
            row.progress_text = queries.format_progress(row.progress)
            row.occupation_label = row.get_occupation_display()
        return rows

    def decorate_paginated_queryset(self, object_list):
        return self.decorate(object_list)

    def export_rows(self):
        """Chunks of rows, each with one query for its progress: the query count grows with the chunks only,
        and memory stays at one chunk."""
        iterator = self.get_queryset().iterator(chunk_size=EXPORT_CHUNK)
        while chunk := list(islice(iterator, EXPORT_CHUNK)):
            yield from self.decorate(chunk)


class ParticipantDetailView(ReportsAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "reports/participant.html"
    header_icon = "user"

    @cached_property
    def profile(self):
        scope = queries.Scope(allowed_course_ids=self.allowed_course_ids)
        return get_object_or_404(
            queries.participants(scope).select_related("user", "institution", "kecamatan"),
            user_id=self.kwargs["pk"],
        )

    def get_page_title(self):
        return self.profile.full_name

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": reverse("reports:participants"), "label": _("Participants")},
            {"url": "", "label": self.profile.full_name},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.profile.user
        scope = queries.Scope(allowed_course_ids=self.allowed_course_ids)
        enrollments = (
            Enrollment.objects.filter(user=user)
            .filter(scope.in_courses())
            .select_related("course", "completion")
            .order_by("course__title")
        )
        progress = ModuleProgress.objects.filter(enrollment__in=enrollments).select_related("module")
        by_enrollment = {}
        for item in sorted(progress, key=lambda p: p.module.path):
            by_enrollment.setdefault(item.enrollment_id, []).append(item)
        attempts = (
            Attempt.objects.filter(user=user, status=AttemptStatus.SUBMITTED)
            .filter(queries._course_attempts(scope))
            .select_related("quiz")
            .order_by("-submitted_at")
        )
        workshops = (
            Registration.objects.filter(user=user).select_related("workshop").order_by("-registered_at")
        )
        if self.allowed_course_ids is not None:
            workshops = workshops.filter(workshop__course_id__in=self.allowed_course_ids)
        attended = {}
        for row in Attendance.objects.filter(user=user).values("workshop_id"):
            attended[row["workshop_id"]] = attended.get(row["workshop_id"], 0) + 1
        certificates = queries.certificates(scope).filter(user=user).order_by("-issued_at")
        context.update(
            with_contact=sees_contact_details(self.request.user),
            profile=self.profile,
            enrollments=[(e, by_enrollment.get(e.pk, [])) for e in enrollments],
            attempts=attempts,
            workshops=[(r, attended.get(r.workshop_id, 0)) for r in workshops],
            certificates=certificates,
            last_activity=max((e.last_activity_at for e in enrollments if e.last_activity_at), default=None),
        )
        return context


class MonthlySummaryView(ReportsAccessMixin, TemplateView):
    """One printable page for the head of the agency: the month's figures, tables and charts. The browser's
    "Print / Save as PDF" makes the PDF; the page is styled for A4."""

    template_name = "reports/monthly.html"

    @cached_property
    def month(self) -> datetime.date:
        value = self.request.GET.get("bulan", "")
        try:
            return datetime.datetime.strptime(value, "%Y-%m").date()
        except ValueError:
            today = timezone.localdate()
            return (today.replace(day=1) - datetime.timedelta(days=1)).replace(day=1)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        first = self.month
        last = (first + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
        base = self.scope
        scope = queries.Scope(
            date_from=first,
            date_to=last,
            course_ids=base.course_ids,
            allowed_course_ids=base.allowed_course_ids,
            kecamatan_id=base.kecamatan_id,
            occupation=base.occupation,
            institution_id=base.institution_id,
        )
        board = queries.dashboard(scope)
        previous = (first - datetime.timedelta(days=1)).replace(day=1)
        context.update(
            board=board,
            charts=charts.dashboard_charts(board),
            month=first,
            month_end=last,
            previous=f"{previous:%Y-%m}",
            following=f"{(last + datetime.timedelta(days=1)):%Y-%m}",
            filters=self.report_filters,
            query=self.querystring(),
            generated=timezone.localtime(),
        )
        return context
