"""The read side of the officers' dashboard: every figure is an SQL aggregate, so a page costs the same
number of queries at 1,000 or 100,000 participants. Nothing here writes.

A `Scope` holds the filters (period, course, kecamatan, occupation, institution) and, for a trainer, the
courses they may see. Every figure goes through it, so the filters combine the same way everywhere.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db.models import (
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
)
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.functional import cached_property

from certificates.models import Certificate
from courses.access import module_filter
from courses.models import CourseCompletion, CoursePage, Enrollment, ModulePage, ModuleProgress, ModuleQuiz
from people.choices import Occupation, Role
from people.models import Institution, Kecamatan, Profile, User
from quizzes.choices import AttemptStatus
from quizzes.models import Attempt, QuizDrawRule, QuizQuestion
from workshops.models import Attendance, WorkshopPage

from .models import EnrollmentSummary


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

    @cached_property
    def participant_group_id(self) -> int:
        """The Peserta group's key, read once. Filtering on the key rather than joining the group by name
        lets PostgreSQL estimate how many rows match (it guessed a fifth of the participants and chose
        nested loops over 10,000 index probes for the quiz attempts)."""
        return Group.objects.filter(name=Role.PARTICIPANT).values_list("pk", flat=True).first() or 0

    @property
    def has_profile_filter(self) -> bool:
        return bool(self.kecamatan_id or self.occupation or self.institution_id)

    def profiles(self):
        """Participants' profiles matching the kecamatan, occupation and institution filters."""
        members = User.groups.through.objects.filter(group_id=self.participant_group_id).values("user_id")
        profiles = Profile.objects.filter(user_id__in=members)
        if self.kecamatan_id:
            profiles = profiles.filter(kecamatan_id=self.kecamatan_id)
        if self.occupation:
            profiles = profiles.filter(occupation=self.occupation)
        if self.institution_id:
            profiles = profiles.filter(institution_id=self.institution_id)
        return profiles

    def people(self, user_field: str = "user_id") -> Q:
        """Who is counted: participants whose profile matches the filters, as one semi-join on the user
        (no join through the user and group tables for every row)."""
        if self.has_profile_filter:
            return Q(**{f"{user_field}__in": self.profiles().values("user_id")})
        members = User.groups.through.objects.filter(group_id=self.participant_group_id)
        return Q(**{f"{user_field}__in": members.values("user_id")})

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
    profiles = scope.profiles()
    if scope.courses is not None:
        profiles = profiles.filter(
            Exists(Enrollment.objects.filter(user_id=OuterRef("user_id"), course_id__in=scope.courses))
        )
    if scope.end:
        profiles = profiles.filter(user__date_joined__lt=scope.end)
    return profiles


def enrollments(scope: Scope, *, people: bool = True):
    """The enrolments counted; `people=False` leaves out who (for subqueries on rows already filtered)."""
    qs = Enrollment.objects.filter(scope.in_courses(), scope.period("enrolled_at"))
    return qs.filter(scope.people()) if people else qs


def completions(scope: Scope, *, people: bool = True):
    qs = CourseCompletion.objects.filter(scope.in_courses(), scope.period("completed_at"))
    return qs.filter(scope.people()) if people else qs


def certificates(scope: Scope, *, people: bool = True):
    qs = Certificate.objects.live().filter(scope.period("issued_at"))
    if people:
        qs = qs.filter(scope.people())
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
    return Figures(scope).totals()


_ANY = object()  # a grouping column left out of a pass


def summary_rows(scope: Scope, date_field: str | None = None):
    """The summary rows (one per enrolment) of participants matching the filters, in the counted courses,
    with `date_field` ("enrolled_at" or "completed_at") in the period. The profile's values and the
    Peserta membership are on the row itself: no join at all."""
    rows = EnrollmentSummary.objects.filter(
        scope.in_courses(), scope.period(date_field) if date_field else Q(), participant=True
    ).order_by()
    if scope.kecamatan_id:
        rows = rows.filter(kecamatan_id=scope.kecamatan_id)
    if scope.occupation:
        rows = rows.filter(occupation=scope.occupation)
    if scope.institution_id:
        rows = rows.filter(institution_id=scope.institution_id)
    return rows


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


def _month_counts(field_name: str, months: list[datetime.date], *, within: Q | None = None) -> dict:
    """A filtered COUNT per calendar month (Asia/Jakarta) over a date range: plain comparisons that use the
    date indexes on every database (truncating dates row by row is a Python function on SQLite)."""
    counts = {}
    for i, month in enumerate(months):
        start, end = _local_start(month), _local_start(_add_months(month, 1))
        in_month = Q(**{f"{field_name}__gte": start, f"{field_name}__lt": end})
        counts[f"m{i}"] = Count("pk", filter=in_month & within if within else in_month)
    return counts


class Figures:
    """The dashboard's figures for one scope, read in a few passes, each computed once and shared by every
    figure drawn from it. Enrolments and completions come from the summary rows (`EnrollmentSummary`, one
    narrow table holding the profile's kecamatan, occupation and institution and the completion date):

    - enrolments: one GROUP BY kecamatan x occupation x course with per-month counts, summed in Python into
      the totals, three "completion rate by" tables and the activity series;
    - by institution: one GROUP BY institution with conditional counts (enrolled in the period, completed
      in the period, distinct participants who completed, completions per month), giving the "by
      institution" table, the completions total, the coverage's trained participants and the activity
      series;
    - certificates: one row (total and per month);
    - participants: one GROUP BY institution (total and the coverage's members).
    """

    def __init__(self, scope: Scope):
        self.scope = scope
        self.months = months_of(scope)

    @cached_property
    def enrolment_groups(self) -> list[tuple]:
        """Keyed rows (kecamatan, occupation, institution, course, enrolled, completed): by kecamatan,
        occupation and course with the institution left empty, then by institution with the rest empty."""
        rows = [
            (row["kecamatan_id"], row["occupation"] or None, _ANY, row["course_id"], row["n"], row["done"])
            for row in self.enrolment_cube
        ]
        rows += [
            (_ANY, _ANY, row["key"], _ANY, row["enrolled"], row["done"])
            for row in self.institution_groups
            if row["enrolled"]
        ]
        return rows

    @cached_property
    def enrolment_cube(self) -> list[dict]:
        return list(
            summary_rows(self.scope, "enrolled_at")
            .values("kecamatan_id", "occupation", "course_id")
            .annotate(n=Count("pk"), done=Count("completed_at"), **_month_counts("enrolled_at", self.months))
        )

    @cached_property
    def enrolment_months(self) -> list[int]:
        return [sum(row[f"m{i}"] for row in self.enrolment_cube) for i in range(len(self.months))]

    @cached_property
    def institution_groups(self) -> list[dict]:
        """One pass per institution over the rows enrolled or completed in the period, counted with
        conditional aggregates: enrolments and their completions (enrolled in the period), completions and
        distinct participants who completed (completed in the period) and completions per month."""
        scope = self.scope
        enrolled = scope.period("enrolled_at")
        completed = scope.period("completed_at") & Q(completed_at__isnull=False)
        rows = summary_rows(scope)
        if scope.start or scope.end:
            rows = rows.filter(enrolled | completed)
        return list(
            rows.values(key=F("institution_id")).annotate(
                enrolled=Count("pk", filter=enrolled),
                done=Count("completed_at", filter=enrolled),
                n=Count("pk", filter=completed),
                trained=Count("user_id", distinct=True, filter=completed),
                **_month_counts("completed_at", self.months, within=completed),
            )
        )

    @cached_property
    def certificate_counts(self) -> dict:
        return (
            certificates(self.scope)
            .order_by()
            .aggregate(n=Count("pk"), **_month_counts("issued_at", self.months))
        )

    @cached_property
    def participant_groups(self) -> dict:
        rows = participants(self.scope).order_by().values_list("institution_id").annotate(n=Count("pk"))
        return dict(rows)

    @cached_property
    def institutions(self) -> dict[int, tuple]:
        """Every institution's name, kecamatan, target headcount and whether it is listed (not merged)."""
        return {
            pk: (name, kecamatan_id, kecamatan, target, merged is None)
            for pk, name, kecamatan_id, kecamatan, target, merged in Institution.objects.values_list(
                "pk", "name", "kecamatan_id", "kecamatan__name", "target_headcount", "merged_into_id"
            )
        }

    def totals(self) -> Totals:
        return Totals(
            participants=sum(self.participant_groups.values()),
            enrollments=sum(row["n"] for row in self.enrolment_cube),
            completions=sum(row["n"] for row in self.institution_groups),
            certificates=self.certificate_counts["n"],
            workshops=attendances(self.scope).values("workshop_id").distinct().count(),
        )

    def _rates(self, column: int, labels: dict, *, keep_empty: bool = False) -> list[GroupRate]:
        rows = {key: GroupRate(key, str(label)) for key, label in labels.items() if keep_empty}
        for row in self.enrolment_groups:
            key = row[column]
            if key is _ANY:
                continue
            label = labels.get(key, "—") if key is not None else "—"
            group = rows.setdefault(key, GroupRate(key, str(label)))
            group.enrolled += row[4]
            group.completed += row[5]
        return sorted(rows.values(), key=lambda g: (-(g.rate or 0), -g.enrolled, g.label))

    def by_kecamatan(self) -> list[GroupRate]:
        labels = dict(Kecamatan.objects.values_list("pk", "name"))
        if self.scope.kecamatan_id:
            labels = {pk: name for pk, name in labels.items() if pk == self.scope.kecamatan_id}
        return self._rates(0, labels, keep_empty=True)

    def by_occupation(self) -> list[GroupRate]:
        return self._rates(1, dict(Occupation.choices))

    def by_institution(self) -> list[GroupRate]:
        return self._rates(2, {pk: row[0] for pk, row in self.institutions.items()})

    def by_course(self) -> list[GroupRate]:
        keys = {row["course_id"] for row in self.enrolment_cube}
        labels = dict(CoursePage.objects.filter(pk__in=keys).values_list("pk", "title"))
        return sorted(self._rates(3, labels), key=lambda g: g.label.lower())

    def coverage(self) -> list[Coverage]:
        """Institutions with a target headcount, least covered first ("which schools are behind")."""
        scope = self.scope
        rows = {
            pk: Coverage(pk, name, kecamatan or "—", target)
            for pk, (name, kecamatan_id, kecamatan, target, listed) in self.institutions.items()
            if listed
            and target > 0
            and (not scope.kecamatan_id or kecamatan_id == scope.kecamatan_id)
            and (not scope.institution_id or pk == scope.institution_id)
        }
        for pk, n in self.participant_groups.items():
            if pk in rows:
                rows[pk].members = n
        for row in self.institution_groups:
            if row["key"] in rows:
                rows[row["key"]].trained = row["trained"]
        return sorted(rows.values(), key=lambda c: (c.coverage or 0, c.name))

    def activity(self) -> list[Month]:
        rows = [Month(m) for m in self.months]
        for i, row in enumerate(rows):
            row.enrollments = self.enrolment_months[i]
            row.completions = sum(group[f"m{i}"] for group in self.institution_groups)
            row.certificates = self.certificate_counts[f"m{i}"]
        return rows


def by_kecamatan(scope: Scope) -> list[GroupRate]:
    """All eight kecamatan, ranked by completion rate (a kecamatan with no enrolment shows as 0)."""
    return Figures(scope).by_kecamatan()


def by_occupation(scope: Scope) -> list[GroupRate]:
    return Figures(scope).by_occupation()


def by_institution(scope: Scope) -> list[GroupRate]:
    return Figures(scope).by_institution()


def by_course(scope: Scope) -> list[GroupRate]:
    return Figures(scope).by_course()


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
            scope.people("enrollment__user_id"),
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


def coverage(scope: Scope) -> list[Coverage]:
    """Institutions with a target headcount, least covered first ("which schools are behind")."""
    return Figures(scope).coverage()


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


def _attempt_kind(context: str) -> str:
    """A workshop's pre-test ("workshop:<id>:pre"), its post-test ("workshop:<id>:post"), or a quiz."""
    if context.startswith("workshop:"):
        if context.endswith(":pre"):
            return "pre"
        if context.endswith(":post"):
            return "post"
    return "quiz"


def topics(scope: Scope) -> list[TopicResult]:
    """Per topic tag: mean score and pass rate of quiz attempts, and the workshops' mean pre- and post-test
    scores with the gain between them. Two grouped queries, combined per tag in Python (a quiz has a
    handful of tags; joining attempts to questions in SQL would count an attempt once per question)."""
    rows = (
        Attempt.objects.filter(
            scope.people(),
            _course_attempts(scope),
            scope.period("submitted_at"),
            status=AttemptStatus.SUBMITTED,
        )
        .order_by()
        # Grouped by the context itself (a few dozen values) and sorted into quiz, pre and post here: a CASE
        # of LIKE patterns evaluated on every attempt cost more than the grouping.
        .values("quiz_id", "context")
        .annotate(n=Count("pk"), total=Sum("score_percent"), passed=Count("pk", filter=Q(passed=True)))
    )
    quiz_tags = _quiz_tags()
    results: dict[str, TopicResult] = {}
    for row in rows:
        for tag in quiz_tags.get(row["quiz_id"], ()):
            result = results.setdefault(tag, TopicResult(tag))
            total = row["total"] or Decimal(0)
            kind = _attempt_kind(row["context"])
            if kind == "pre":
                result.pre_attempts += row["n"]
                result.pre_sum += total
            elif kind == "post":
                result.post_attempts += row["n"]
                result.post_sum += total
            else:
                result.attempts += row["n"]
                result.passed += row["passed"]
                result.score_sum += total
    return sorted(results.values(), key=lambda r: r.tag.lower())


def activity(scope: Scope) -> list[Month]:
    """Enrolments, completions and certificates per calendar month (Asia/Jakarta), oldest first."""
    return Figures(scope).activity()


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
    figures = Figures(scope)
    return Dashboard(
        totals=figures.totals(),
        kecamatan=figures.by_kecamatan(),
        occupations=figures.by_occupation(),
        institutions=figures.by_institution(),
        courses=figures.by_course(),
        modules=by_module(scope),
        coverage=figures.coverage(),
        topics=topics(scope),
        months=figures.activity(),
    )


# The participant table -------------------------------------------------------------------------------------


def participant_rows(scope: Scope):
    """One row per participant with counts and the last activity, all as correlated subqueries (one query
    per page, whatever the page size). The subqueries leave out who is counted: each row is a participant
    in the scope already."""
    enrolled = enrollments(scope, people=False).filter(user_id=OuterRef("user_id")).order_by()
    return (
        participants(scope)
        # Plain annotations rather than select_related: related instances made the export's memory grow
        # with the number of rows (measured with tracemalloc in bench/bench_reports.py).
        .annotate(
            email=F("user__email"),
            institution_name=F("institution__name"),
            kecamatan_name=F("kecamatan__name"),
            enrolled_count=_count(enrolled),
            completed_count=_count(completions(scope, people=False).filter(user_id=OuterRef("user_id"))),
            certificate_count=_count(certificates(scope, people=False).filter(user_id=OuterRef("user_id"))),
            last_activity=_max(enrolled, "last_activity_at"),
        )
        .order_by("full_name", "pk")
    )


def _count(qs):
    counted = qs.order_by().values("user_id").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def _max(qs, field_name):
    latest = qs.values("user_id").annotate(m=Max(field_name)).values("m")
    return Subquery(latest, output_field=DateTimeField())


def course_progress(scope: Scope, user_ids) -> dict[int, list[dict]]:
    """For these participants (rows of `participant_rows`): per enrolled course, modules completed out of the
    course's live modules."""
    per_course_total = defaultdict(int)
    for path in ModulePage.objects.live().values_list("path", flat=True):
        # A module is a child of its course page: its course's path is its own minus one step.
        per_course_total[path[: -ModulePage.steplen]] += 1
    rows = (
        enrollments(scope, people=False)
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
