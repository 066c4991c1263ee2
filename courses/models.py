"""Course and module pages, and each participant's enrolment and progress. Behaviour lives in services.py."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models, transaction
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from h5p.choices import H5PRequirement
from sinergi.models import SpecificChildRouteMixin

from .blocks import LessonStreamBlock
from .choices import Requirement


def renew_outlines_on_commit(course_ids) -> None:
    # After commit: a request reading between the change and the commit must not cache the old rows under the
    # new stamp.
    from .queries import renew_outlines

    course_ids = list(course_ids)
    transaction.on_commit(lambda: renew_outlines(course_ids))


class CourseIndexPage(SpecificChildRouteMixin, Page):
    """The catalogue ("Kursus"): every published course, with the participant's own progress."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["sinergi.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from .queries import catalogue

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = catalogue(index=self, user=request.user)
        return context


class CoursePage(SpecificChildRouteMixin, Page):
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

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        # A new slug or title changes what the outline shows for every module below.
        renew_outlines_on_commit([self.pk])
        return result

    def modules(self):
        """This course's module pages, live or not, in tree order."""
        return ModulePage.objects.child_of(self).order_by("path")

    def get_context(self, request, *args, **kwargs):
        from .queries import course_outline

        context = super().get_context(request, *args, **kwargs)
        context["outline"] = course_outline(course=self, user=request.user, request=request)
        context["requirements"] = [req for req in Requirement if req in self.requirements]
        return context


class ModulePage(Page):
    """One lesson of a course, read on a phone."""

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
        result = super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        # A full save is how Wagtail publishes, unpublishes, creates and copies pages; a draft revision saves
        # only bookkeeping fields and leaves the live lesson (and so the quizzes it uses) as it was.
        if update_fields is None or {"live", "body"} & set(update_fields):
            ModuleQuiz.sync(self)
            ModuleH5P.sync(self)
        self.renew_course_outline()
        return result

    def renew_course_outline(self) -> None:
        """The course above this module shows it in its outline: read that outline afresh after commit."""
        course_ids = CoursePage.objects.filter(path=self.course_path).values_list("pk", flat=True)
        renew_outlines_on_commit(course_ids)

    def get_sitemap_urls(self, request=None):
        # Lessons open only to enrolled participants; search engines are pointed at the course pages.
        return []

    @property
    def course_path(self) -> str:
        return self.path[: -self.steplen]

    @property
    def course(self) -> "CoursePage":
        # The parent page; routing through CoursePage.route has cached it, so serving costs no query here.
        return self.get_parent().specific

    def route(self, request, path_components):
        # Wagtail would serve a live page below an unpublished one; a module of an unpublished course is gone.
        if not self.course.live:
            raise Http404
        return super().route(request, path_components)

    def serve(self, request, *args, **kwargs):
        from .queries import lesson_state

        lesson = lesson_state(module=self, course=self.course, user=request.user, request=request)
        if refusal := lesson.refusal():
            messages.info(request, refusal)
            return redirect(lesson.course.get_url(request))
        response = super().serve(request, *args, lesson=lesson, **kwargs)
        if self.has_video_link():
            # Only a lesson with a video may frame the video sites' players (see the CSP in settings).
            response._csp_update = {"frame-src": settings.CSP_EMBED_ORIGINS}
        return response

    def has_video_link(self) -> bool:
        # The raw lesson data: no image or document lookups to answer this.
        return any(item["type"] == "video" and item["value"].get("embed") for item in self.body.raw_data)

    def get_context(self, request, *args, lesson=None, **kwargs):
        from .queries import lesson_state
        from .rendering import lesson_html
        from .sections import INTRO_ANCHOR, split

        context = super().get_context(request, *args, **kwargs)
        if lesson is None:  # preview, or a password form: the same outline, computed here
            lesson = lesson_state(module=self, course=self.course, user=request.user, request=request)
        context.update(
            lesson=lesson,
            course=lesson.course,
            course_url=lesson.course.get_url(request),
            preview=getattr(request, "is_preview", False),
            lesson_html=lesson_html(request, self),
            sections=split(self.body.raw_data),
            intro_anchor=INTRO_ANCHOR,
        )
        return context


class ModuleQuiz(models.Model):
    """Which live module uses which quiz: kept in step when a module is published or unpublished, so passing a
    quiz or enrolling finds its modules without reading lesson bodies."""

    module = models.ForeignKey(ModulePage, on_delete=models.CASCADE, related_name="quiz_uses")
    quiz = models.ForeignKey("quizzes.Quiz", on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["quiz", "module"], name="one_row_per_module_quiz")]

    def __str__(self):
        return f"{self.module_id} → {self.quiz_id}"

    @classmethod
    def sync(cls, module: ModulePage) -> None:
        from .progress import quiz_ids_in

        wanted = set(quiz_ids_in(module.body.raw_data)) if module.live else set()
        have = set(cls.objects.filter(module=module).values_list("quiz_id", flat=True))
        if have - wanted:
            cls.objects.filter(module=module, quiz_id__in=have - wanted).delete()
        if wanted - have:
            from quizzes.models import Quiz

            existing = Quiz.objects.filter(pk__in=wanted - have).values_list("pk", flat=True)
            cls.objects.bulk_create(
                [cls(module=module, quiz_id=pk) for pk in existing], ignore_conflicts=True
            )


class ModuleH5P(models.Model):
    """Which live module uses which H5P activity, and what its lesson block requires: kept in step with the
    lesson like ModuleQuiz, so recording a result finds its modules without reading lesson bodies."""

    module = models.ForeignKey(ModulePage, on_delete=models.CASCADE, related_name="h5p_uses")
    activity = models.ForeignKey("h5p.H5PActivity", on_delete=models.CASCADE, related_name="+")
    requirement = models.CharField(max_length=16, choices=H5PRequirement.choices)
    pass_percent = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["activity", "module"], name="one_row_per_module_h5p_activity")
        ]

    def __str__(self):
        return f"{self.module_id} → {self.activity_id} ({self.requirement})"

    @classmethod
    def sync(cls, module: ModulePage) -> None:
        from h5p.models import H5PActivity

        from .progress import h5p_uses_in

        wanted = {use.activity_id: use for use in h5p_uses_in(module.body.raw_data)} if module.live else {}
        have = {row.activity_id: row for row in cls.objects.filter(module=module)}
        stale = [pk for pk, row in have.items() if pk not in wanted]
        if stale:
            cls.objects.filter(module=module, activity_id__in=stale).delete()
        existing = set(H5PActivity.objects.filter(pk__in=wanted).values_list("pk", flat=True))
        for activity_id, use in wanted.items():
            row = have.get(activity_id)
            if activity_id not in existing:
                continue
            if row is None:
                cls.objects.get_or_create(
                    module=module,
                    activity_id=activity_id,
                    defaults={"requirement": use.requirement, "pass_percent": use.pass_percent},
                )
            elif (row.requirement, row.pass_percent) != (use.requirement, use.pass_percent):
                row.requirement, row.pass_percent = use.requirement, use.pass_percent
                row.save(update_fields=["requirement", "pass_percent"])


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
