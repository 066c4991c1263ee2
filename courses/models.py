"""Course and module pages, and each participant's enrolment and progress. Behaviour lives in services.py."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import LessonStreamBlock
from .choices import Requirement


class CourseIndexPage(Page):
    """The catalogue ("Kursus"): every published course, with the participant's own progress."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["sinergi.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1

    class Meta:
        verbose_name = _("course catalogue")

    def route(self, request, path_components):
        # One query per level instead of Wagtail's two (child by slug, then its specific page).
        if not path_components:
            return super().route(request, path_components)
        course = CoursePage.objects.filter(
            path__startswith=self.path, depth=self.depth + 1, slug=path_components[0]
        ).first()
        if course is None:
            raise Http404
        course._cached_parent_obj = self
        return course.route(request, path_components[1:])

    def get_context(self, request, *args, **kwargs):
        from .queries import catalogue

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = catalogue(index=self, user=request.user)
        return context


class CoursePage(Page):
    """A course: what it covers, for whom, how long, and how its modules are completed."""

    summary = models.TextField(
        _("summary"), max_length=600, help_text=_("Two or three sentences shown in the catalogue.")
    )
    learning_outcomes = RichTextField(
        _("learning outcomes"),
        features=["bold", "italic", "ul", "ol"],
        help_text=_("What participants will be able to do afterwards; a short list works best."),
    )
    audience = models.CharField(
        _("audience"), max_length=300, help_text=_("For example: teachers, kecamatan and kelurahan staff.")
    )
    duration_jp = models.DecimalField(
        _("duration (JP)"),
        max_digits=5,
        decimal_places=1,
        validators=[MinValueValidator(0.5)],
        help_text=_("Estimated learning hours (jam pelajaran), printed on the certificate."),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sequential = models.BooleanField(
        _("modules must be taken in order"),
        default=True,
        help_text=_("The next module opens only when the previous one is completed."),
    )
    require_read = models.BooleanField(
        Requirement.READ.label,
        default=True,
        help_text=_("Participants read the module to the end and confirm it."),
    )
    require_quiz = models.BooleanField(
        Requirement.QUIZ.label,
        default=False,
        help_text=_(
            "Participants pass every quiz in the module. Modules without a quiz are completed by reading."
        ),
    )
    version = models.PositiveIntegerField(
        _("version"),
        default=1,
        validators=[MinValueValidator(1)],
        help_text=_(
            "Raise it when the content changes substantially. Every completion records the version it was "
            "earned on."
        ),
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
        FieldPanel("summary"),
        FieldPanel("learning_outcomes"),
        FieldPanel("audience"),
        FieldPanel("duration_jp"),
        FieldPanel("cover_image"),
    ]
    settings_panels = [
        MultiFieldPanel(
            [
                FieldPanel("sequential"),
                FieldPanel("require_read"),
                FieldPanel("require_quiz"),
                FieldPanel("version"),
                FieldPanel("certificate_template"),
            ],
            heading=_("Completion"),
        ),
        *Page.settings_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("learning_outcomes"),
        index.SearchField("audience"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("course")

    @property
    def requirements(self) -> frozenset[Requirement]:
        chosen = set()
        if self.require_read:
            chosen.add(Requirement.READ)
        if self.require_quiz:
            chosen.add(Requirement.QUIZ)
        return frozenset(chosen)

    def clean(self):
        super().clean()
        if not (self.require_read or self.require_quiz):
            raise ValidationError(
                {"require_read": _("Choose at least one way for participants to complete a module.")}
            )
        if self.pk:
            published = (
                CoursePage.objects.filter(pk=self.pk, live=True).values_list("version", flat=True).first()
            )
            if published and self.version < published:
                raise ValidationError(
                    {
                        "version": _("The version cannot go below the published one (%(version)s).")
                        % {"version": published}
                    }
                )

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        if len(path_components) > 1:
            raise Http404
        module = ModulePage.objects.filter(course=self, slug=path_components[0]).first()
        if module is None:
            raise Http404
        return module.route(request, [])

    def get_context(self, request, *args, **kwargs):
        from .queries import course_outline

        context = super().get_context(request, *args, **kwargs)
        context["outline"] = course_outline(course=self, user=request.user)
        context["requirements"] = [req for req in Requirement if req in self.requirements]
        return context


class ModulePage(Page):
    """One lesson of a course, read on a phone."""

    # The course this module sits under, kept in step with the page tree by save(); it lets a lesson load
    # with its course and siblings in one query.
    course = models.ForeignKey(
        CoursePage, null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="modules"
    )
    summary = models.TextField(
        _("summary"),
        max_length=600,
        blank=True,
        help_text=_("What the module is about, shown in the course outline."),
    )
    learning_outcomes = RichTextField(
        _("learning outcomes"),
        blank=True,
        features=["bold", "italic", "ul", "ol"],
        help_text=_("Shown at the top of the lesson."),
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    body = StreamField(LessonStreamBlock(), verbose_name=_("lesson"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("learning_outcomes"),
        FieldPanel("duration_minutes"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("learning_outcomes"),
        index.SearchField("body"),
    ]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("module")

    def save(self, *args, **kwargs):
        if self.path:
            parent_path = self.path[: -self.steplen]
            self.course_id = CoursePage.objects.filter(path=parent_path).values_list("pk", flat=True).first()
        return super().save(*args, **kwargs)

    def get_url_parts(self, request=None):
        # Participants reach lessons through courses:module, which loads a lesson in far fewer queries
        # than walking the page tree; the tree address still works.
        parts = super().get_url_parts(request)
        if parts is None:
            return None
        site_id, root_url, _path = parts
        return site_id, root_url, reverse("courses:module", args=[self.pk])

    def serve(self, request, *args, **kwargs):
        from .views import module_page

        return module_page(request, self.pk)

    def serve_preview(self, request, mode_name):
        from .views import module_preview

        return module_preview(request, self)


class Enrollment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="enrollments",
    )
    course = models.ForeignKey(
        CoursePage, verbose_name=_("course"), on_delete=models.CASCADE, related_name="enrollments"
    )
    enrolled_at = models.DateTimeField(_("enrolled at"), auto_now_add=True)
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("enrolled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The officer who enrolled the participant; empty when they enrolled themselves."),
    )
    last_activity_at = models.DateTimeField(_("last activity"), null=True, blank=True)

    class Meta:
        ordering = ["-enrolled_at"]
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="one_enrollment_per_course")]
        permissions = [("enrol_participants", "Can enrol a list of participants in a course")]

    def __str__(self):
        return f"{self.user} — {self.course}"


class ModuleProgress(models.Model):
    """One participant's progress in one module: which requirements are met, and when it was completed."""

    enrollment = models.ForeignKey(Enrollment, on_delete=models.CASCADE, related_name="progress")
    module = models.ForeignKey(ModulePage, on_delete=models.CASCADE, related_name="progress")
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)
    quiz_passed_at = models.DateTimeField(_("quiz passed at"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("module progress")
        verbose_name_plural = _("module progress")
        constraints = [
            models.UniqueConstraint(fields=["enrollment", "module"], name="one_progress_per_module")
        ]

    def __str__(self):
        return f"{self.enrollment} — {self.module}"


class CourseCompletion(models.Model):
    """A course completed, exactly once per enrolment, with the course version it was earned on."""

    enrollment = models.OneToOneField(Enrollment, on_delete=models.CASCADE, related_name="completion")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("participant"), on_delete=models.CASCADE, related_name="+"
    )
    course = models.ForeignKey(
        CoursePage, verbose_name=_("course"), on_delete=models.CASCADE, related_name="completions"
    )
    completed_at = models.DateTimeField(_("completed at"))
    course_version = models.PositiveIntegerField(_("course version"))

    class Meta:
        ordering = ["-completed_at"]
        verbose_name = _("course completion")
        verbose_name_plural = _("course completions")

    def __str__(self):
        return f"{self.user} — {self.course} (v{self.course_version})"
