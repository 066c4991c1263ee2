"""Read side: what the catalogue, course, lesson and "my learning" pages show, in a fixed number of queries.

A page's query count must not grow with its modules or blocks, so per-participant progress comes in as
subquery annotations on the module rows instead of one lookup per module.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import (
    Case,
    Count,
    DateTimeField,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Length, Substr
from django.urls import reverse
from wagtail.models import PageViewRestriction

from . import progress
from .choices import ModuleState, Requirement
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


def _progress_annotations(user) -> dict:
    """When the participant read, passed the quiz of and completed each module row (None if not)."""
    if not user.is_authenticated:
        nothing = Value(None, output_field=DateTimeField())
        return {"my_read_at": nothing, "my_quiz_passed_at": nothing, "my_completed_at": nothing}
    rows = ModuleProgress.objects.filter(module=OuterRef("pk"), enrollment__user=user).order_by()
    return {
        "my_read_at": Subquery(rows.values("read_at")[:1]),
        "my_quiz_passed_at": Subquery(rows.values("quiz_passed_at")[:1]),
        "my_completed_at": Subquery(rows.values("completed_at")[:1]),
    }


def _count(queryset) -> Coalesce:
    return Coalesce(
        Subquery(queryset.order_by().values(one=Value(1)).annotate(n=Count("pk")).values("n")[:1]),
        0,
        output_field=IntegerField(),
    )


def _items(modules: list[ModulePage], *, sequential: bool) -> list[progress.OutlineItem]:
    ids = [m.pk for m in modules]
    completed = {m.pk for m in modules if m.my_completed_at}
    started = {m.pk for m in modules if m.my_read_at or m.my_quiz_passed_at}
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

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def done(self) -> int:
        return sum(1 for item in self.items if item.is_completed)

    @property
    def percent(self) -> int:
        return 100 if self.completion and self.done == self.total else progress.percent(self.done, self.total)

    @property
    def next_item(self) -> progress.OutlineItem | None:
        return next((item for item in self.items if not item.is_completed and item.is_open), None)

    @property
    def started(self) -> bool:
        return any(item.state != ModuleState.OPEN and item.is_open for item in self.items)


def course_outline(*, course: CoursePage, user) -> Outline:
    """Two queries whatever the number of modules: the modules with progress, and the enrolment."""
    modules = list(
        ModulePage.objects.live()
        .filter(course=course)
        .only(*OUTLINE_FIELDS)
        .annotate(**_progress_annotations(user))
        .order_by("path")
    )
    enrollment = None
    if user.is_authenticated:
        enrollment = Enrollment.objects.filter(user=user, course=course).select_related("completion").first()
    completion = getattr(enrollment, "completion", None) if enrollment else None
    return Outline(
        items=_items(modules, sequential=course.sequential), enrollment=enrollment, completion=completion
    )


@dataclass
class Lesson:
    """A module page's data, loaded in one query."""

    module: ModulePage
    course: CoursePage
    outline: Outline
    item: progress.OutlineItem
    enrolled: bool
    restricted: bool
    read: bool
    quiz_passed: bool
    requirements: frozenset[Requirement] = field(default_factory=frozenset)

    @property
    def previous_item(self) -> progress.OutlineItem | None:
        index = self.item.number - 1
        return self.outline.items[index - 1] if index > 0 else None

    @property
    def next_item(self) -> progress.OutlineItem | None:
        index = self.item.number - 1
        return self.outline.items[index + 1] if index + 1 < len(self.outline.items) else None


def _restricted() -> Exists:
    """Whether a privacy restriction sits on the row's page or one of its ancestors."""
    return Exists(
        PageViewRestriction.objects.annotate(
            row_prefix=Substr(OuterRef("path"), 1, Length("page__path"))
        ).filter(row_prefix=F("page__path"))
    )


def _enrollment_annotations(user) -> dict:
    """The participant's enrolment in, and completion of, the row's course."""
    if not user.is_authenticated:
        return {
            "my_enrollment_id": Value(None, output_field=IntegerField()),
            "my_course_completed_at": Value(None, output_field=DateTimeField()),
        }
    completions = CourseCompletion.objects.filter(user=user, course=OuterRef("course_id"))
    enrollments = Enrollment.objects.filter(user=user, course=OuterRef("course_id"))
    return {
        "my_enrollment_id": Subquery(enrollments.order_by().values("pk")[:1]),
        "my_course_completed_at": Subquery(completions.order_by().values("completed_at")[:1]),
    }


def _lesson_rows(*, module_id: int, user) -> list[ModulePage]:
    """Every live module of the module's live course, in order; only the requested one carries its body
    (in `lesson_body`), since parsing the siblings' lessons would be wasted."""
    body_field = ModulePage._meta.get_field("body")
    return list(
        ModulePage.objects.live()
        .filter(
            course_id=Subquery(ModulePage.objects.filter(pk=module_id).values("course_id")[:1]),
            course__live=True,
        )
        .select_related("course")
        .defer("body")
        .annotate(
            lesson_body=Case(
                When(pk=module_id, then=F("body")), default=Value(None), output_field=body_field
            ),
            restricted=_restricted(),
            **_progress_annotations(user),
            **_enrollment_annotations(user),
        )
        .order_by("path")
    )


def load_lesson(*, module_id: int, user) -> Lesson | None:
    """The module, its course and siblings, and the participant's progress, in one query.

    None when the module or its course is not published.
    """
    rows = _lesson_rows(module_id=module_id, user=user)
    module = next((row for row in rows if row.pk == module_id), None)
    if module is None:
        return None
    module.body = module.lesson_body
    course = module.course
    for row in rows:
        row.course = course
    items = _items(rows, sequential=course.sequential)
    completion = None
    if module.my_course_completed_at:
        completion = CourseCompletion(completed_at=module.my_course_completed_at, course=course)
    has_quiz = bool(progress.quiz_ids_in(module.body.raw_data))
    return Lesson(
        module=module,
        course=course,
        outline=Outline(items=items, completion=completion),
        item=next(item for item in items if item.id == module_id),
        enrolled=module.my_enrollment_id is not None,
        restricted=module.restricted,
        read=module.my_read_at is not None,
        quiz_passed=module.my_quiz_passed_at is not None,
        requirements=progress.module_requirements(course.requirements, has_quiz=has_quiz),
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
