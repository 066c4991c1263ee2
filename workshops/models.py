"""Workshop pages and their sessions, and each participant's registration, attendance and completion.

Behaviour lives in services.py; times are wall-clock times at the venue (Asia/Jakarta).
"""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from .choices import AttendanceRule, CheckInMethod, RegistrationStatus


def venue_timezone() -> ZoneInfo:
    return ZoneInfo(getattr(settings, "WORKSHOPS_TIME_ZONE", "Asia/Jakarta"))


class WorkshopIndexPage(Page):
    """The list of workshops ("Lokakarya"): upcoming first, then past ones."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["sinergi.HomePage"]
    subpage_types = ["workshops.WorkshopPage"]
    max_count = 1

    class Meta:
        verbose_name = _("workshop list")

    def get_context(self, request, *args, **kwargs):
        from .queries import workshop_lists

        context = super().get_context(request, *args, **kwargs)
        context.update(workshop_lists(index=self, user=request.user))
        return context


class WorkshopPage(Page):
    """A face-to-face workshop: where, when, for how many, and what earns its certificate."""

    description = RichTextField(
        _("description"), features=["bold", "italic", "link", "ul", "ol"], help_text=_("What it is about.")
    )
    organiser = models.CharField(_("organiser"), max_length=200, default="DPPPAPM Kota Lubuk Linggau")
    venue = models.CharField(
        _("venue"), max_length=200, help_text=_("For example: Hotel Smart, ruang Melati.")
    )
    venue_address = models.CharField(_("venue address"), max_length=300, blank=True)
    map_url = models.URLField(_("map link"), blank=True, help_text=_("A Google Maps or OpenStreetMap link."))
    capacity = models.PositiveIntegerField(
        _("capacity"),
        validators=[MinValueValidator(1)],
        help_text=_("Seats; later sign-ups join a waiting list."),
    )
    registration_open = models.BooleanField(_("registration open"), default=True)
    hours_jp = models.DecimalField(
        _("hours (JP)"),
        max_digits=5,
        decimal_places=1,
        validators=[MinValueValidator(0.5)],
        help_text=_("Learning hours (jam pelajaran), printed on the certificate."),
    )
    speakers = models.TextField(_("speakers"), blank=True, help_text=_("One speaker per line."))
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("linked course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("An online course participants can take before or after the workshop."),
    )
    pre_test = models.ForeignKey(
        "quizzes.Quiz",
        verbose_name=_("pre-test"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    post_test = models.ForeignKey(
        "quizzes.Quiz",
        verbose_name=_("post-test"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    attendance_rule = models.CharField(
        _("attendance needed"),
        max_length=10,
        choices=AttendanceRule.choices,
        default=AttendanceRule.ALL_SESSIONS,
    )
    min_sessions = models.PositiveSmallIntegerField(
        _("minimum sessions"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Only for “at least a number of sessions”."),
    )
    require_post_test_pass = models.BooleanField(
        _("the post-test must be passed"),
        default=False,
        help_text=_("Without it, attendance alone earns the certificate."),
    )
    certificate_template = models.ForeignKey(
        "certificates.CertificateTemplate",
        verbose_name=_("certificate template"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty to use the default template."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("organiser"),
                FieldPanel("venue"),
                FieldPanel("venue_address"),
                FieldPanel("map_url"),
            ],
            heading=_("Where"),
        ),
        InlinePanel("sessions", heading=_("Sessions"), label=_("session"), min_num=1),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("hours_jp")]),
        FieldPanel("registration_open"),
        FieldPanel("speakers"),
    ]
    settings_panels = [
        MultiFieldPanel(
            [
                FieldPanel("course"),
                FieldPanel("pre_test"),
                FieldPanel("post_test"),
                FieldPanel("attendance_rule"),
                FieldPanel("min_sessions"),
                FieldPanel("require_post_test_pass"),
                FieldPanel("certificate_template"),
            ],
            heading=_("Tests and certificate"),
        ),
        *Page.settings_panels,
    ]
    search_fields = [*Page.search_fields, index.SearchField("description"), index.SearchField("venue")]
    parent_page_types = ["workshops.WorkshopIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("workshop")
        permissions = [("manage_attendance", _("Can register participants and take attendance at workshops"))]

    def clean(self):
        super().clean()
        if self.attendance_rule == AttendanceRule.AT_LEAST and not self.min_sessions:
            raise ValidationError({"min_sessions": _("Say how many sessions a participant must attend.")})
        if self.require_post_test_pass and not self.post_test_id:
            raise ValidationError({"post_test": _("Choose the post-test that must be passed.")})

    @property
    def speaker_list(self) -> list[str]:
        return [line.strip() for line in self.speakers.splitlines() if line.strip()]

    def get_context(self, request, *args, **kwargs):
        from .queries import workshop_detail

        context = super().get_context(request, *args, **kwargs)
        context.update(workshop_detail(workshop=self, user=request.user))
        return context


class WorkshopSession(Orderable):
    """One sitting of a workshop: a date with a start and end time at the venue."""

    page = ParentalKey(WorkshopPage, on_delete=models.CASCADE, related_name="sessions")
    title = models.CharField(_("title"), max_length=150, blank=True, help_text=_("Optional, e.g. “Day 1”."))
    date = models.DateField(_("date"))
    start_time = models.TimeField(_("start"))
    end_time = models.TimeField(_("end"))

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("date"), FieldPanel("start_time"), FieldPanel("end_time")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    def __str__(self):
        return f"{self.page.title} — {self.date:%Y-%m-%d} {self.start_time:%H:%M}"

    def clean(self):
        super().clean()
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            raise ValidationError({"end_time": _("The session must end after it starts.")})

    @property
    def starts_at(self) -> datetime.datetime:
        return datetime.datetime.combine(self.date, self.start_time, tzinfo=venue_timezone())

    @property
    def ends_at(self) -> datetime.datetime:
        return datetime.datetime.combine(self.date, self.end_time, tzinfo=venue_timezone())


class Registration(models.Model):
    """A participant's seat (or place on the waiting list) at a workshop; one row per person and workshop."""

    workshop = models.ForeignKey(
        WorkshopPage, verbose_name=_("workshop"), on_delete=models.CASCADE, related_name="registrations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="workshop_registrations",
    )
    status = models.CharField(_("status"), max_length=12, choices=RegistrationStatus.choices)
    # Order on the waiting list (lower is earlier); empty unless waitlisted.
    position = models.PositiveIntegerField(_("waiting list position"), null=True, blank=True)
    registered_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("registered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The officer who registered the participant; empty when they registered themselves."),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["registered_at"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(fields=["workshop", "user"], name="one_registration_per_workshop")
        ]

    def __str__(self):
        return f"{self.user} — {self.workshop} ({self.status})"


class Attendance(models.Model):
    """Present at one session: by the roster or by self check-in. One row per person and session."""

    session = models.ForeignKey(
        WorkshopSession, verbose_name=_("session"), on_delete=models.CASCADE, related_name="attendances"
    )
    workshop = models.ForeignKey(
        WorkshopPage, verbose_name=_("workshop"), on_delete=models.CASCADE, related_name="attendances"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="workshop_attendances",
    )
    method = models.CharField(_("how"), max_length=10, choices=CheckInMethod.choices)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("marked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    marked_at = models.DateTimeField(_("marked at"))

    class Meta:
        ordering = ["marked_at"]
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [models.UniqueConstraint(fields=["session", "user"], name="one_attendance_per_session")]

    def __str__(self):
        return f"{self.user} — {self.session}"


class Participation(models.Model):
    """The workshop completed: its rules met. The unique row is what makes the signal go out only once."""

    workshop = models.ForeignKey(
        WorkshopPage, verbose_name=_("workshop"), on_delete=models.CASCADE, related_name="participations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="workshop_participations",
    )
    sessions_attended = models.PositiveSmallIntegerField(_("sessions attended"))
    completed_at = models.DateTimeField(_("completed at"))

    class Meta:
        ordering = ["-completed_at"]
        verbose_name = _("workshop completion")
        verbose_name_plural = _("workshop completions")
        constraints = [
            models.UniqueConstraint(fields=["workshop", "user"], name="one_participation_per_workshop")
        ]

    def __str__(self):
        return f"{self.user} — {self.workshop}"
