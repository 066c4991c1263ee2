"""Question banks, quizzes and attempts. Thin on purpose: what happens to them lives in services.py."""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Coalesce
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, LockableMixin, Orderable, RevisionMixin, WorkflowMixin

from .choices import AttemptStatus, GradingMethod, MultipleScoring, QuestionKind

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]

# Below half the points, guessing passes a quiz (and earns a certificate); no form, loader or revision may
# publish a lower pass mark: the database refuses it too.
PASS_MARK_FLOOR = 50


class ReviewedMixin(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin):
    """Drafts, revisions and the officers' review, as for pages: a trainer's edit is stored as a revision
    and the row (with its inline choices or questions) stays the published version until an officer
    publishes it. What participants take and what is scored is always that row."""

    class Meta:
        abstract = True


class QuestionBank(models.Model):
    """A named shelf of questions, e.g. "Bank soal TPPO"; questions carry topic tags across banks."""

    name = models.CharField(_("name"), max_length=150, unique=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("question bank")
        verbose_name_plural = _("question banks")

    def __str__(self):
        return self.name


class QuestionTag(TaggedItemBase):
    content_object = ParentalKey("quizzes.Question", on_delete=models.CASCADE, related_name="tagged_items")

    class Meta:
        verbose_name = _("topic tag")
        verbose_name_plural = _("topic tags")


class Question(ReviewedMixin, ClusterableModel):
    bank = models.ForeignKey(
        QuestionBank, verbose_name=_("question bank"), on_delete=models.PROTECT, related_name="questions"
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=QuestionKind.choices, default=QuestionKind.SINGLE
    )
    scenario = RichTextField(
        _("case"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("Scenario questions only: the case the participant reads before answering."),
    )
    scenario_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("case image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    text = models.TextField(_("question"))
    multiple_scoring = models.CharField(
        _("scoring of multiple response"),
        max_length=20,
        choices=MultipleScoring.choices,
        default=MultipleScoring.ALL_OR_NOTHING,
        help_text=_(
            "Partial credit: each correct choice picked earns a share, each wrong one picked takes a share "
            "away (never below zero)."
        ),
    )
    points = models.PositiveSmallIntegerField(
        _("points"), default=1, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    explanation = RichTextField(
        _("explanation"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("Shown in the review after submission, for instance the legal basis."),
    )
    tags = ClusterTaggableManager(through=QuestionTag, verbose_name=_("topic tags"), blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["bank", "pk"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return Truncator(self.text).chars(90)

    @property
    def is_multiple(self) -> bool:
        return self.kind == QuestionKind.MULTIPLE

    @property
    def scoring_rule(self) -> str:
        """How a multiple-response question is scored, said to the participant; empty for one-answer kinds."""
        if not self.is_multiple:
            return ""
        if self.multiple_scoring == MultipleScoring.PARTIAL:
            return _(
                "Each right answer you pick earns a share of the points and each wrong one takes a share "
                "away (never below 0)."
            )
        return _("Full points only when you pick every right answer and no wrong one; otherwise 0.")


class Choice(Orderable):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="choices")
    text = models.CharField(_("choice"), max_length=500)
    is_correct = models.BooleanField(_("correct"), default=False)
    feedback = models.TextField(
        _("feedback"), blank=True, help_text=_("Shown in the review to whoever picked this choice.")
    )

    class Meta(Orderable.Meta):
        verbose_name = _("choice")
        verbose_name_plural = _("choices")

    def __str__(self):
        return self.text


class QuizQuerySet(models.QuerySet):
    def with_question_count(self):
        """Annotate how many questions an attempt gets: fixed ones plus those drawn by each rule."""
        fixed = (
            QuizQuestion.objects.filter(quiz=models.OuterRef("pk"), question__live=True)
            .order_by()
            .values("quiz")
            .annotate(n=models.Count("pk"))
            .values("n")
        )
        drawn = (
            QuizDrawRule.objects.filter(quiz=models.OuterRef("pk"))
            .order_by()
            .values("quiz")
            .annotate(n=models.Sum("count"))
            .values("n")
        )
        zero = models.Value(0)
        return self.annotate(
            question_count=Coalesce(models.Subquery(fixed), zero) + Coalesce(models.Subquery(drawn), zero)
        )


class Quiz(ReviewedMixin, ClusterableModel):
    title = models.CharField(_("title"), max_length=200)
    instructions = RichTextField(_("instructions"), blank=True, features=TEXT_FEATURES)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[
            MinValueValidator(
                PASS_MARK_FLOOR,
                message=_("The pass mark must be at least %(limit_value)s%%, or guessing would pass."),
            ),
            MaxValueValidator(100),
        ],
        help_text=_("At least 50%. A change reaches participants once an officer publishes it."),
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed"), default=0, help_text=_("0 means unlimited.")
    )
    grading_method = models.CharField(
        _("grading method"), max_length=20, choices=GradingMethod.choices, default=GradingMethod.HIGHEST
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Leave empty for no time limit."),
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=False)
    shuffle_choices = models.BooleanField(_("shuffle choices"), default=False)
    review_show_score = models.BooleanField(_("show the score"), default=True)
    review_show_correctness = models.BooleanField(_("show which answers were right"), default=True)
    review_show_feedback = models.BooleanField(_("show feedback and explanations"), default=True)
    review_show_correct_answers = models.BooleanField(_("show the correct answers"), default=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = QuizQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(pass_mark__gte=PASS_MARK_FLOOR, pass_mark__lte=100),
                name="quiz_pass_mark_floor",
                violation_error_message=_("The pass mark must be between 50%% and 100%%."),
            )
        ]

    def __str__(self):
        return self.title

    @property
    def is_unlimited(self) -> bool:
        return self.max_attempts == 0


class QuizQuestion(Orderable):
    """A question every attempt gets."""

    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="fixed_questions")
    question = models.ForeignKey(
        Question, verbose_name=_("question"), on_delete=models.PROTECT, related_name="quiz_links"
    )

    class Meta(Orderable.Meta):
        verbose_name = _("fixed question")
        verbose_name_plural = _("fixed questions")


class QuizDrawRule(Orderable):
    """`count` questions drawn at random, per attempt, from those tagged `tag`."""

    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="draw_rules")
    tag = models.ForeignKey(
        "taggit.Tag", verbose_name=_("topic tag"), on_delete=models.PROTECT, related_name="+"
    )
    count = models.PositiveSmallIntegerField(
        _("number of questions"), default=5, validators=[MinValueValidator(1)]
    )

    class Meta(Orderable.Meta):
        verbose_name = _("random questions")
        verbose_name_plural = _("random questions")


class Attempt(models.Model):
    # A UUID so attempt URLs cannot be guessed or enumerated.
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    quiz = models.ForeignKey(Quiz, verbose_name=_("quiz"), on_delete=models.PROTECT, related_name="attempts")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
    )
    # Where the quiz is taken, opaque to this app (e.g. a workshop's pre-test): attempts and grades are
    # counted per context. Empty for a quiz taken on its own or in a course module.
    context = models.CharField(_("context"), max_length=100, blank=True, default="")
    number = models.PositiveSmallIntegerField(_("attempt number"))
    status = models.CharField(
        _("status"), max_length=20, choices=AttemptStatus.choices, default=AttemptStatus.IN_PROGRESS
    )
    started_at = models.DateTimeField(_("started at"))
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    closed_by_deadline = models.BooleanField(_("closed when time ran out"), default=False)
    # Where the result page sends the participant back to (e.g. the course module), checked at start.
    return_url = models.CharField(max_length=500, blank=True, default="", editable=False)
    score = models.DecimalField(_("score"), max_digits=8, decimal_places=3, null=True, blank=True)
    max_score = models.DecimalField(_("maximum score"), max_digits=8, decimal_places=3, null=True, blank=True)
    score_percent = models.DecimalField(_("score (%)"), max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(_("passed"), default=False)
    # Per question, written once at submission: {"<question id>": ["<score>", "<max score>"]}. One row
    # update instead of one per answer keeps submitting constant in queries and fast.
    results = models.JSONField(default=dict, blank=True, editable=False)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        permissions = [("view_quiz_reports", _("Can see quiz attempts and item analysis"))]
        indexes = [models.Index(fields=["user", "quiz", "context"])]
        constraints = [
            models.UniqueConstraint(
                fields=["quiz", "user", "context", "number"], name="unique_attempt_number"
            ),
            models.UniqueConstraint(
                fields=["quiz", "user", "context"],
                condition=models.Q(status="in_progress"),
                name="one_open_attempt_per_quiz",
            ),
        ]

    def __str__(self):
        return f"{self.quiz} — {self.user} #{self.number}"

    @property
    def is_open(self) -> bool:
        return self.status == AttemptStatus.IN_PROGRESS


class AttemptAnswer(models.Model):
    """One drawn question of an attempt: its place, its choice order and what was picked.

    What each answer earned is stored on the attempt (Attempt.results) in the same write that closes it.
    """

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="+")
    position = models.PositiveSmallIntegerField()
    choice_order = models.JSONField(default=list)
    selected = models.JSONField(default=list)
    answered_at = models.DateTimeField(null=True, blank=True)
    # The device's number for the picks stored last (quizzes.js counts up on every change): a save that
    # arrives again, or after a newer one, carries an older or equal number and changes nothing. Empty for a
    # form post.
    revision = models.BigIntegerField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["attempt", "position"]
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(fields=["attempt", "question"], name="one_answer_per_question"),
            models.UniqueConstraint(fields=["attempt", "position"], name="one_answer_per_position"),
        ]

    def __str__(self):
        return f"{self.attempt_id} #{self.position}"
