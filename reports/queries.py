"""The read side of the officers' dashboard: every figure is an SQL aggregate, so a page costs the same
number of queries at 1,000 or 100,000 participants. Nothing here writes.

A `Scope` holds the filters (period, course, kecamatan, occupation, institution) and, for a trainer, the
courses they may see. Every figure goes through it, so the filters combine the same way everywhere.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.db.models import (
    Case,
    CharField,
    Count,
    DateTimeField,
    Exists,
    F,
    IntegerField,
    Max,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from certificates.models import Certificate
from courses.access import module_filter
from courses.models import CourseCompletion, CoursePage, Enrollment, ModulePage, ModuleProgress, ModuleQuiz
from people.choices import Occupation, Role
from people.models import Institution, Kecamatan, Profile
from quizzes.choices import AttemptStatus
from quizzes.models import Attempt, QuizDrawRule, QuizQuestion
from workshops.models import Attendance, WorkshopPage


@dataclass(frozen=True)
class Scope:
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    course_ids: tuple[int, ...] | None = None  # the course filter
    allowed_course_ids: tuple[int, ...] | None = None  # a trainer's own courses; None: every course
    kecamatan_id: int | None = None
    occupation: str | None = None
    institution_id: int | None = None

    @property
    def courses(self) -> tuple[int, ...] | None:
        """The courses counted: the filter, within what the viewer may see; None means every course."""
        if self.allowed_course_ids is None:
            return self.course_ids
        if self.course_ids is None:
            return self.allowed_course_ids
        return tuple(pk for pk in self.course_ids if pk in self.allowed_course_ids)

    @property
    def start(self) -> datetime.datetime | None:
        if self.date_from is None:
            return None
        return timezone.make_aware(datetime.datetime.combine(self.date_from, datetime.time.min))

    @property
    def end(self) -> datetime.datetime | None:
        """The first instant after the period (the end date is included)."""
        if self.date_to is None:
            return None
        next_day = self.date_to + datetime.timedelta(days=1)
        return timezone.make_aware(datetime.datetime.combine(next_day, datetime.time.min))

    def people(self, prefix: str = "user__", profile: str | None = None) -> Q:
        """Who is counted: participants whose profile matches the filters."""
        profile = f"{prefix}profile__" if profile is None else profile
        q = Q(**{f"{prefix}groups__name": Role.PARTICIPANT})
        if self.kecamatan_id:
            q &= Q(**{f"{profile}kecamatan_id": self.kecamatan_id})
        if self.occupation:
            q &= Q(**{f"{profile}occupation": self.occupation})
        if self.institution_id:
            q &= Q(**{f"{profile}institution_id": self.institution_id})
        return q

    def period(self, field_name: str) -> Q:
        q = Q()
        if self.start:
            q &= Q(**{f"{field_name}__gte": self.start})
        if self.end:
            q &= Q(**{f"{field_name}__lt": self.end})
        return q

    def in_courses(self, field_name: str = "course_id") -> Q:
        courses = self.courses
        return Q() if courses is None else Q(**{f"{field_name}__in": courses})


def participants(scope: Scope):
    """Participants (Peserta with a profile) matching the filters; with a course, those enrolled in it; with a
    period, those who had signed up by its end."""
    profiles = Profile.objects.filter(scope.people(profile=""))
    if scope.courses is not None:
        profiles = profiles.filter(
            Exists(Enrollment.objects.filter(user_id=OuterRef("user_id"), course_id__in=scope.courses))
        )
    if scope.end:
        profiles = profiles.filter(user__date_joined__lt=scope.end)
    return profiles


def enrollments(scope: Scope):
    return Enrollment.objects.filter(scope.people(), scope.in_courses(), scope.period("enrolled_at"))


def completions(scope: Scope):
    return CourseCompletion.objects.filter(scope.people(), scope.in_courses(), scope.period("completed_at"))


def certificates(scope: Scope):
    qs = Certificate.objects.live().filter(scope.people(), scope.period("issued_at"))
    if scope.courses is not None:
        qs = qs.filter(
            Q(subject_type=ContentType.objects.get_for_model(CoursePage), subject_id__in=scope.courses)
            | Q(
                subject_type=ContentType.objects.get_for_model(WorkshopPage),
                subject_id__in=WorkshopPage.objects.filter(course_id__in=scope.courses).values("pk"),
            )
        )
    return qs


def attendances(scope: Scope):
    qs = Attendance.objects.filter(scope.people(), scope.in_courses("workshop__course_id"))
    if scope.date_from:
        qs = qs.filter(session__date__gte=scope.date_from)
    if scope.date_to:
        qs = qs.filter(session__date__lte=scope.date_to)
    return qs


@dataclass
class Totals:
    participants: int
    enrollments: int
    completions: int
    certificates: int
    workshops: int

    @property
    def completion_rate(self) -> float | None:
        return rate(self.completions, self.enrollments)


def rate(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def totals(scope: Scope) -> Totals:
    return Totals(
        participants=participants(scope).count(),
        enrollments=enrollments(scope).count(),
        completions=completions(scope).count(),
        certificates=certificates(scope).count(),
        workshops=attendances(scope).values("workshop_id").distinct().count(),
    )


@dataclass
class GroupRate:
    """One line of a "completion rate by ..." table: enrolments in the period and how many are completed."""

    key: object
    label: str
    enrolled: int = 0
    completed: int = 0

    @property
    def rate(self) -> float | None:
        return rate(self.completed, self.enrolled)


def _rates(scope: Scope, key: str, labels: dict, *, keep_empty: bool = False) -> list[GroupRate]:
    counts = (
        enrollments(scope)
        .order_by()
        .values(key=F(key))
        .annotate(enrolled=Count("pk"), completed=Count("completion"))
    )
    rows = {key_: GroupRate(key_, str(label), 0, 0) for key_, label in labels.items() if keep_empty}
    for row in counts:
        label = labels.get(row["key"], "—") if row["key"] is not None else "—"
        group = rows.setdefault(row["key"], GroupRate(row["key"], str(label)))
        group.enrolled, group.completed = row["enrolled"], row["completed"]
    return sorted(rows.values(), key=lambda g: (-(g.rate or 0), -g.enrolled, g.label))


def by_kecamatan(scope: Scope) -> list[GroupRate]:
    """All eight kecamatan, ranked by completion rate (a kecamatan with no enrolment shows as 0)."""
    labels = dict(Kecamatan.objects.values_list("pk", "name"))
    if scope.kecamatan_id:
        labels = {pk: name for pk, name in labels.items() if pk == scope.kecamatan_id}
    return _rates(scope, "user__profile__kecamatan_id", labels, keep_empty=True)


def by_occupation(scope: Scope) -> list[GroupRate]:
    return _rates(scope, "user__profile__occupation", dict(Occupation.choices))


def by_institution(scope: Scope) -> list[GroupRate]:
    rows = list(
        enrollments(scope)
        .order_by()
        .values(key=F("user__profile__institution_id"), label=F("user__profile__institution__name"))
        .annotate(enrolled=Count("pk"), completed=Count("completion"))
    )
    groups = [GroupRate(r["key"], r["label"] or "—", r["enrolled"], r["completed"]) for r in rows]
    return sorted(groups, key=lambda g: (-(g.rate or 0), -g.enrolled, g.label))


def by_course(scope: Scope) -> list[GroupRate]:
    rows = list(
        enrollments(scope)
        .order_by()
        .values(key=F("course_id"), label=F("course__title"))
        .annotate(enrolled=Count("pk"), completed=Count("completion"))
    )
    groups = [GroupRate(r["key"], r["label"], r["enrolled"], r["completed"]) for r in rows]
    return sorted(groups, key=lambda g: g.label.lower())


@dataclass
class ModuleRate:
    course: str
    module: str
    started: int
    completed: int

    @property
    def rate(self) -> float | None:
        return rate(self.completed, self.started)


def by_module(scope: Scope) -> list[ModuleRate]:
    """Per module: participants with progress on it (enrolled in the period) and how many completed it."""
    rows = (
        ModuleProgress.objects.filter(
            scope.people("enrollment__user__"),
            scope.in_courses("enrollment__course_id"),
            scope.period("enrollment__enrolled_at"),
        )
        .order_by()
        .values("module_id")
        .annotate(started=Count("pk"), completed=Count("pk", filter=Q(completed_at__isnull=False)))
    )
    counts = {r["module_id"]: r for r in rows}
    # Titles in a second, small query: grouping by them in the big one made it several times slower.
    modules = (
        ModulePage.objects.filter(pk__in=list(counts)).order_by("path").values_list("pk", "title", "path")
    )
    paths = [path[: -ModulePage.steplen] for _pk, _title, path in modules]
    courses = dict(CoursePage.objects.filter(path__in=paths).values_list("path", "title"))
    return [
        ModuleRate(
            courses.get(path[: -ModulePage.steplen], ""),
            title,
            counts[pk]["started"],
            counts[pk]["completed"],
        )
        for pk, title, path in modules
    ]


@dataclass
class Coverage:
    """How much of an institution's target headcount is trained (completed at least one course)."""

    institution_id: int
    name: str
    kecamatan: str
    target: int
    members: int = 0
    trained: int = 0

    @property
    def coverage(self) -> float | None:
        return rate(self.trained, self.target)


def coverage(scope: Scope) -> list[Coverage]:
    """Institutions with a target headcount, least covered first ("which schools are behind")."""
    institutions = Institution.objects.filter(merged_into__isnull=True, target_headcount__gt=0)
    if scope.kecamatan_id:
        institutions = institutions.filter(kecamatan_id=scope.kecamatan_id)
    if scope.institution_id:
        institutions = institutions.filter(pk=scope.institution_id)
    rows = {
        pk: Coverage(pk, name, kecamatan or "—", target)
        for pk, name, kecamatan, target in institutions.values_list(
            "pk", "name", "kecamatan__name", "target_headcount"
        )
    }
    members = participants(scope).order_by().values("institution_id").annotate(n=Count("pk"))
    for row in members:
        if row["institution_id"] in rows:
            rows[row["institution_id"]].members = row["n"]
    trained = (
        completions(scope)
        .order_by()
        .values(key=F("user__profile__institution_id"))
        .annotate(n=Count("user_id", distinct=True))
    )
    for row in trained:
        if row["key"] in rows:
            rows[row["key"]].trained = row["n"]
    return sorted(rows.values(), key=lambda c: (c.coverage or 0, c.name))


@dataclass
class TopicResult:
    """Quiz results on the quizzes that ask about a topic tag; pre/post are the workshops' tests."""

    tag: str
    attempts: int = 0
    passed: int = 0
    score_sum: Decimal = Decimal(0)
    pre_attempts: int = 0
    pre_sum: Decimal = Decimal(0)
    post_attempts: int = 0
    post_sum: Decimal = Decimal(0)

    @property
    def mean_score(self) -> float | None:
        return round(float(self.score_sum) / self.attempts, 1) if self.attempts else None

    @property
    def pass_rate(self) -> float | None:
        return rate(self.passed, self.attempts)

    @property
    def pre(self) -> float | None:
        return round(float(self.pre_sum) / self.pre_attempts, 1) if self.pre_attempts else None

    @property
    def post(self) -> float | None:
        return round(float(self.post_sum) / self.post_attempts, 1) if self.post_attempts else None

    @property
    def gain(self) -> float | None:
        if self.pre is None or self.post is None:
            return None
        return round(self.post - self.pre, 1)


def _quiz_tags() -> dict[int, set[str]]:
    """Which topic tags each quiz asks about: its fixed questions' tags and its draw rules' tags."""
    tags = defaultdict(set)
    fixed = (
        QuizQuestion.objects.filter(question__tagged_items__isnull=False)
        .order_by()
        .values_list("quiz_id", "question__tagged_items__tag__name")
        .distinct()
    )
    for quiz_id, name in fixed:
        tags[quiz_id].add(name)
    for quiz_id, name in QuizDrawRule.objects.order_by().values_list("quiz_id", "tag__name").distinct():
        tags[quiz_id].add(name)
    return tags


def _course_attempts(scope: Scope) -> Q:
    """Attempts belonging to the counted courses: their modules' quizzes and their workshops' tests."""
    courses = scope.courses
    if courses is None:
        return Q()
    quiz_ids = ModuleQuiz.objects.filter(module_filter(courses)).values("quiz_id")
    contexts = [
        f"workshop:{pk}:{kind}"
        for pk in WorkshopPage.objects.filter(course_id__in=courses).values_list("pk", flat=True)
        for kind in ("pre", "post")
    ]
    return Q(context="", quiz_id__in=quiz_ids) | Q(context__in=contexts)


def topics(scope: Scope) -> list[TopicResult]:
    """Per topic tag: mean score and pass rate of quiz attempts, and the workshops' mean pre- and post-test
    scores with the gain between them. Two grouped queries, combined per tag in Python (a quiz has a
    handful of tags; joining attempts to questions in SQL would count an attempt once per question)."""
    kind = Case(
        When(context__startswith="workshop:", context__endswith=":pre", then=Value("pre")),
        When(context__startswith="workshop:", context__endswith=":post", then=Value("post")),
        default=Value("quiz"),
        output_field=CharField(),
    )
    rows = (
        Attempt.objects.filter(
            scope.people(),
            _course_attempts(scope),
            scope.period("submitted_at"),
            status=AttemptStatus.SUBMITTED,
        )
        .order_by()
        .annotate(kind=kind)
        .values("quiz_id", "kind")
        .annotate(n=Count("pk"), total=Sum("score_percent"), passed=Count("pk", filter=Q(passed=True)))
    )
    quiz_tags = _quiz_tags()
    results: dict[str, TopicResult] = {}
    for row in rows:
        for tag in quiz_tags.get(row["quiz_id"], ()):
            result = results.setdefault(tag, TopicResult(tag))
            total = row["total"] or Decimal(0)
            if row["kind"] == "pre":
                result.pre_attempts += row["n"]
                result.pre_sum += total
            elif row["kind"] == "post":
                result.post_attempts += row["n"]
                result.post_sum += total
            else:
                result.attempts += row["n"]
                result.passed += row["passed"]
                result.score_sum += total
    return sorted(results.values(), key=lambda r: r.tag.lower())


@dataclass
class Month:
    month: datetime.date
    enrollments: int = 0
    completions: int = 0
    certificates: int = 0


def months_of(scope: Scope) -> list[datetime.date]:
    """The months shown: those of the period, or the twelve up to this one (at most 24)."""
    last = (scope.date_to or timezone.localdate()).replace(day=1)
    first = scope.date_from.replace(day=1) if scope.date_from else _add_months(last, -11)
    first = max(first, _add_months(last, -23))
    months = []
    while first <= last:
        months.append(first)
        first = _add_months(first, 1)
    return months


def _add_months(day: datetime.date, n: int) -> datetime.date:
    index = day.year * 12 + day.month - 1 + n
    return datetime.date(index // 12, index % 12 + 1, 1)


def _local_start(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def activity(scope: Scope) -> list[Month]:
    """Enrolments, completions and certificates per calendar month (Asia/Jakarta), oldest first.

    One query per series, counting each month with a filtered COUNT over a date range: plain comparisons
    that use the date indexes on every database (truncating dates row by row is a Python function on
    SQLite and made this the slowest part of the dashboard)."""
    months = months_of(scope)
    bounds = [(_local_start(m), _local_start(_add_months(m, 1))) for m in months]
    rows = [Month(m) for m in months]
    for attr, qs, field_name in (
        ("enrollments", enrollments(scope), "enrolled_at"),
        ("completions", completions(scope), "completed_at"),
        ("certificates", certificates(scope), "issued_at"),
    ):
        counts = qs.order_by().aggregate(
            **{
                f"m{i}": Count("pk", filter=Q(**{f"{field_name}__gte": start, f"{field_name}__lt": end}))
                for i, (start, end) in enumerate(bounds)
            }
        )
        for i, row in enumerate(rows):
            setattr(row, attr, counts[f"m{i}"])
    return rows


@dataclass
class Dashboard:
    totals: Totals
    kecamatan: list[GroupRate]
    occupations: list[GroupRate]
    institutions: list[GroupRate]
    courses: list[GroupRate]
    modules: list[ModuleRate]
    coverage: list[Coverage]
    topics: list[TopicResult]
    months: list[Month] = field(default_factory=list)


def dashboard(scope: Scope) -> Dashboard:
    return Dashboard(
        totals=totals(scope),
        kecamatan=by_kecamatan(scope),
        occupations=by_occupation(scope),
        institutions=by_institution(scope),
        courses=by_course(scope),
        modules=by_module(scope),
        coverage=coverage(scope),
        topics=topics(scope),
        months=activity(scope),
    )


# The participant table -------------------------------------------------------------------------------------


def participant_rows(scope: Scope):
    """One row per participant with counts and the last activity, all as correlated subqueries (one query
    per page, whatever the page size)."""
    enrolled = enrollments(scope).filter(user_id=OuterRef("user_id")).order_by()
    return (
        participants(scope)
        # Plain annotations rather than select_related: related instances made the export's memory grow
        # with the number of rows (measured with tracemalloc in bench/bench_reports.py).
        .annotate(
            email=F("user__email"),
            institution_name=F("institution__name"),
            kecamatan_name=F("kecamatan__name"),
            enrolled_count=_count(enrolled),
            completed_count=_count(completions(scope).filter(user_id=OuterRef("user_id")).order_by()),
            certificate_count=_count(certificates(scope).filter(user_id=OuterRef("user_id")).order_by()),
            last_activity=_max(enrolled, "last_activity_at"),
        )
        .order_by("full_name", "pk")
    )


def _count(qs):
    counted = qs.values("user_id").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def _max(qs, field_name):
    latest = qs.values("user_id").annotate(m=Max(field_name)).values("m")
    return Subquery(latest, output_field=DateTimeField())


def course_progress(scope: Scope, user_ids) -> dict[int, list[dict]]:
    """For these participants: per enrolled course, modules completed out of the course's live modules."""
    per_course_total = defaultdict(int)
    for path in ModulePage.objects.live().values_list("path", flat=True):
        # A module is a child of its course page: its course's path is its own minus one step.
        per_course_total[path[: -ModulePage.steplen]] += 1
    rows = (
        enrollments(scope)
        .filter(user_id__in=user_ids)
        .order_by("course__title")
        .values("user_id", "course_id", "course__title", "course__path")
        .annotate(
            done=Count("progress", filter=Q(progress__completed_at__isnull=False), distinct=True),
            completed=Count("completion", distinct=True),
        )
    )
    progress = defaultdict(list)
    for row in rows:
        progress[row["user_id"]].append(
            {
                "course": row["course__title"],
                "done": row["done"],
                "total": per_course_total.get(row["course__path"], 0),
                "completed": bool(row["completed"]),
            }
        )
    return progress


def format_progress(items: list[dict]) -> str:
    return "; ".join(f"{item['course']}: {item['done']}/{item['total']}" for item in items)
