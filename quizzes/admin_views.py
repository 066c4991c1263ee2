"""Per-quiz admin reports: the attempts (filterable, exportable) and the item analysis."""

import datetime

import django_filters
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView

from people.access import sees_contact_details
from people.models import Institution, Kecamatan
from sinergi.admin_display import YesNoColumn
from sinergi.spreadsheets import EscapedExportMixin

from . import queries
from .choices import AttemptStatus
from .models import Attempt, Quiz

REPORT_PERMISSION = "quizzes.view_quiz_reports"


class QuizReportMixin:
    """Only trainers and officers (the report permission) reach a quiz's reports, and each sees the attempts
    the apps above allow (`queries.visible_attempts`: a trainer, those in their own courses)."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REPORT_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def quiz(self):
        return get_object_or_404(Quiz, pk=self.kwargs["quiz_id"])

    def visible_attempts(self):
        return queries.visible_attempts(self.request.user).filter(quiz=self.quiz)

    def quiz_breadcrumbs(self, label):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": reverse("wagtailsnippets_quizzes_quiz:list"), "label": _("Quizzes")},
            {
                "url": reverse("wagtailsnippets_quizzes_quiz:edit", args=[self.quiz.pk]),
                "label": self.quiz.title,
            },
            {"url": "", "label": label},
        ]


def _local_time(value) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def _yes_no(value) -> str:
    return str(_("yes") if value else _("no"))


class AttemptFilterSet(WagtailFilterSet):
    submitted_at = django_filters.DateFromToRangeFilter(label=_("Submitted"), widget=DateRangePickerWidget)
    kecamatan = django_filters.ModelChoiceFilter(
        label=_("Kecamatan"), field_name="user__profile__kecamatan", queryset=Kecamatan.objects.all()
    )
    institution = django_filters.ModelChoiceFilter(
        label=_("Institution"), field_name="user__profile__institution", queryset=Institution.objects.all()
    )

    class Meta:
        model = Attempt
        fields = ["status", "passed", "closed_by_deadline", "submitted_at", "kecamatan", "institution"]


class QuizAttemptsView(QuizReportMixin, EscapedExportMixin, ReportView):
    header_icon = "list-ul"
    filterset_class = AttemptFilterSet
    default_ordering = "-started_at"
    paginate_by = 50
    columns = [
        Column("participant_name", label=_("Participant"), sort_key="participant_name"),
        Column("institution_name", label=_("Institution")),
        Column("kecamatan_name", label=_("Kecamatan")),
        Column("number", label=_("Attempt"), sort_key="number"),
        Column("get_status_display", label=_("Status")),
        DateColumn("submitted_at", label=_("Submitted"), sort_key="submitted_at"),
        Column("score_percent", label=_("Score (%)"), sort_key="score_percent"),
        YesNoColumn("passed", label=_("Passed")),
        YesNoColumn("closed_by_deadline", label=_("Time ran out")),
    ]
    list_export = [
        "participant_name",
        "email",
        "institution_name",
        "kecamatan_name",
        "number",
        "context",
        "get_status_display",
        "started_at",
        "submitted_at",
        "score_percent",
        "passed",
        "closed_by_deadline",
    ]
    export_headings = {
        "participant_name": _("Participant"),
        "email": _("E-mail"),
        "institution_name": _("Institution"),
        "kecamatan_name": _("Kecamatan"),
        "number": _("Attempt"),
        "context": _("Context"),
        "get_status_display": _("Status"),
        "started_at": _("Started"),
        "submitted_at": _("Submitted"),
        "score_percent": _("Score (%)"),
        "passed": _("Passed"),
        "closed_by_deadline": _("Time ran out"),
    }

    custom_field_preprocess = {
        "started_at": {"csv": _local_time, "xlsx": _local_time},
        "submitted_at": {"csv": _local_time, "xlsx": _local_time},
        "passed": {"csv": _yes_no, "xlsx": _yes_no},
        "closed_by_deadline": {"csv": _yes_no, "xlsx": _yes_no},
    }

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        if not sees_contact_details(request.user):
            self.list_export = [field for field in self.list_export if field != "email"]

    def get_page_title(self):
        return _("Attempts: %(quiz)s") % {"quiz": self.quiz.title}

    @cached_property
    def no_results_message(self):
        return _(
            "No attempts to show. Trainers see only the attempts at their own courses' quizzes and "
            "workshop tests."
        )

    def get_breadcrumbs_items(self):
        return self.quiz_breadcrumbs(self.get_page_title())

    def get_index_url(self):
        return reverse("quizzes_admin:attempts", args=[self.quiz.pk])

    def get_index_results_url(self):
        return reverse("quizzes_admin:attempts_results", args=[self.quiz.pk])

    def get_filename(self):
        return f"kuis-{self.quiz.pk}-percobaan-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        self.queryset = self.visible_attempts().annotate(
            participant_name=F("user__profile__full_name"),
            institution_name=F("user__profile__institution__name"),
            kecamatan_name=F("user__profile__kecamatan__name"),
        )
        if "email" in self.list_export:
            self.queryset = self.queryset.annotate(email=F("user__email"))
        return super().get_queryset()


class ItemAnalysisView(QuizReportMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "quizzes/admin/item_analysis.html"
    header_icon = "table"

    def get_page_title(self):
        return _("Item analysis: %(quiz)s") % {"quiz": self.quiz.title}

    def get_breadcrumbs_items(self):
        return self.quiz_breadcrumbs(self.get_page_title())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(queries.item_analysis(self.quiz, self.visible_attempts()))
        context["quiz"] = self.quiz
        context["attempts_url"] = reverse("quizzes_admin:attempts", args=[self.quiz.pk])
        context["submitted_status"] = AttemptStatus.SUBMITTED
        return context
