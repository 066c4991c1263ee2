"""Read side: what the catalogue, course, lesson and "my learning" pages show, in a fixed number of queries.

A page's query count must not grow with its modules or blocks, so per-participant progress comes in as
subquery annotations on the module rows instead of one lookup per module.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import (
    Case,
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.urls import reverse

from . import progress
from .models import CourseCompletion, CoursePage, Enrollment, ModulePage, ModuleProgress

OUTLINE_FIELDS = [
    "id",
    "title",
    "slug",
    "path",
    "depth",
    "url_path",
    "live",
    "summary",
    "duration_minutes",
    "course_id",
]


# The participant's progress in a module, as bits of one number: one subquery per row instead of three.
READ, QUIZ_PASSED, COMPLETED = 1, 2, 4


def bit(condition: dict, value: int) -> Case:
    return Case(When(**condition, then=Value(value)), default=Value(0))


def progress_annotations(user_id: int | None) -> dict:
    """`my_progress`: READ | QUIZ_PASSED | COMPLETED bits for each module row (0 when nothing yet)."""
    if user_id is None:
        return {"my_progress": Value(0, output_field=IntegerField())}
    rows = ModuleProgress.objects.filter(module=OuterRef("pk"), enrollment__user_id=user_id).order_by()
    bits = (
        bit({"read_at__isnull": False}, READ)
        + bit({"quiz_passed_at__isnull": False}, QUIZ_PASSED)
        + bit({"completed_at__isnull": False}, COMPLETED)
    )
    return {
        "my_progress": Coalesce(
            Subquery(rows.annotate(bits=bits).values("bits")[:1]), 0, output_field=IntegerField()
        )
    }


def _count(queryset) -> Coalesce:
    return Coalesce(
        Subquery(queryset.order_by().values(one=Value(1)).annotate(n=Count("pk")).values("n")[:1]),
        0,
        output_field=IntegerField(),
    )


def outline_items(modules: list[ModulePage], *, sequential: bool) -> list[progress.OutlineItem]:
    ids = [m.pk for m in modules]
    completed = {m.pk for m in modules if m.my_progress & COMPLETED}
    started = {m.pk for m in modules if m.my_progress & (READ | QUIZ_PASSED)}
    opened = progress.open_modules(ids, completed, sequential=sequential)
    return [
        progress.OutlineItem(
            id=m.pk,
            number=number,
            title=m.title,
            url=reverse("courses:module", args=[m.pk]),
            summary=m.summary,
            duration_minutes=m.duration_minutes,
            state=progress.module_state(m.pk, opened=opened, completed=completed, started=started),
        )
        for number, m in enumerate(modules, start=1)
    ]


@dataclass
class Outline:
    """A course as one participant sees it."""

    items: list[progress.OutlineItem]
    enrollment: Enrollment | None = None
    completion: CourseCompletion | None = None
    completed: bool = False

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def done(self) -> int:
        return sum(1 for item in self.items if item.is_completed)

    @property
    def percent(self) -> int:
        return 100 if self.completed else progress.percent(self.done, self.total)

    @property
    def next_item(self) -> progress.OutlineItem | None:
        return next((item for item in self.items if not item.is_completed and item.is_open), None)


def course_outline(*, course: CoursePage, user) -> Outline:
    """Two queries whatever the number of modules: the modules with progress, and the enrolment."""
    modules = list(
        ModulePage.objects.live()
        .filter(course=course)
        .only(*OUTLINE_FIELDS)
        .annotate(**progress_annotations(user.pk if user.is_authenticated else None))
        .order_by("path")
    )
    enrollment = None
    if user.is_authenticated:
        enrollment = Enrollment.objects.filter(user=user, course=course).select_related("completion").first()
    completion = getattr(enrollment, "completion", None) if enrollment else None
    return Outline(
        items=outline_items(modules, sequential=course.sequential),
        enrollment=enrollment,
        completion=completion,
        completed=completion is not None,
    )


def catalogue(*, index, user) -> list[CoursePage]:
    """Published courses with their module count and the participant's own progress, in one query."""
    live_modules = ModulePage.objects.live().filter(course=OuterRef("pk"))
    courses = (
        CoursePage.objects.live()
        .child_of(index)
        .select_related("cover_image")
        .annotate(module_count=_count(live_modules))
        .order_by("path")
    )
    if user.is_authenticated:
        courses = courses.annotate(
            my_enrolled=Exists(Enrollment.objects.filter(user=user, course=OuterRef("pk"))),
            my_completed_at=Subquery(
                CourseCompletion.objects.filter(user=user, course=OuterRef("pk")).values("completed_at")[:1]
            ),
            my_done=_count(
                ModuleProgress.objects.filter(
                    enrollment__user=user,
                    enrollment__course=OuterRef("pk"),
                    completed_at__isnull=False,
                    module__live=True,
                )
            ),
        )
    courses = list(courses)
    for course in courses:
        done = getattr(course, "my_done", 0)
        course.my_percent = (
            100 if getattr(course, "my_completed_at", None) else progress.percent(done, course.module_count)
        )
    return courses


@dataclass
class LearningItem:
    course: CoursePage
    enrollment: Enrollment
    done: int
    total: int
    next_module: ModulePage | None
    completed_at: datetime | None

    @property
    def percent(self) -> int:
        return 100 if self.completed_at else progress.percent(self.done, self.total)


def my_learning(*, user) -> tuple[list[LearningItem], list[LearningItem]]:
    """The participant's courses in progress and completed ones, in three queries."""
    enrollments = list(
        Enrollment.objects.filter(user=user, course__live=True)
        .select_related("course", "course__cover_image", "completion")
        .order_by("-enrolled_at")
    )
    course_ids = [e.course_id for e in enrollments]
    modules_by_course: dict[int, list[ModulePage]] = {cid: [] for cid in course_ids}
    for module in (
        ModulePage.objects.live().filter(course_id__in=course_ids).only(*OUTLINE_FIELDS).order_by("path")
    ):
        modules_by_course[module.course_id].append(module)
    completed = set(
        ModuleProgress.objects.filter(
            enrollment__user=user, enrollment__course_id__in=course_ids, completed_at__isnull=False
        ).values_list("module_id", flat=True)
    )
    in_progress, finished = [], []
    for enrollment in enrollments:
        modules = modules_by_course[enrollment.course_id]
        ids = [m.pk for m in modules]
        next_id = progress.next_module(ids, completed)
        completion = getattr(enrollment, "completion", None)
        item = LearningItem(
            course=enrollment.course,
            enrollment=enrollment,
            done=sum(1 for pk in ids if pk in completed),
            total=len(ids),
            next_module=next((m for m in modules if m.pk == next_id), None),
            completed_at=completion.completed_at if completion else None,
        )
        (finished if completion else in_progress).append(item)
    return in_progress, finished


@dataclass
class SearchHit:
    title: str
    url: str
    text: str
    course_title: str = ""


def search(*, query: str, limit: int = 20) -> list[SearchHit]:
    """Published courses, then published modules of published courses, that match the words.

    Pages behind a privacy setting are left out: their titles are not for everyone.
    """
    hits = [
        SearchHit(title=course.title, url=course.url, text=course.summary)
        for course in CoursePage.objects.live().public().search(query)[:limit]
    ]
    modules = list(ModulePage.objects.live().public().defer("body").search(query)[:limit])
    courses = CoursePage.objects.live().public().in_bulk({m.course_id for m in modules if m.course_id})
    for module in modules:
        course = courses.get(module.course_id)
        if course is not None:
            hits.append(
                SearchHit(
                    title=module.title,
                    url=reverse("courses:module", args=[module.pk]),
                    text=module.summary,
                    course_title=course.title,
                )
            )
    return hits
