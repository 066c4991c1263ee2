"""A lesson page's data in one query, built by the ORM once per process and then reused.

The query (the module, its course, every live sibling, the participant's progress and enrolment, any privacy
setting above it) takes Django a few milliseconds to build and compile and the database a tenth of that to
run. The lesson page is the page participants open most, so the SQL is compiled once with placeholder ids
and each request runs it with the real ones.
"""

from dataclasses import dataclass, field
from functools import cache

from django.db import connections, router
from django.db.models import Case, Exists, F, IntegerField, OuterRef, Subquery, Value, When
from django.db.models.functions import Coalesce, Length, Substr
from wagtail.models import PageViewRestriction

from . import progress
from .choices import Requirement
from .models import CoursePage, Enrollment, ModulePage
from .queries import QUIZ_PASSED, READ, Outline, bit, outline_items, progress_annotations

ENROLLED, COURSE_COMPLETED = 1, 2
# Placeholder ids the query is compiled with; each request puts the real ids in their places.
MODULE_PLACEHOLDER, USER_PLACEHOLDER = -7_000_001, -7_000_002

MODULE_FIELDS = [
    "id", "title", "slug", "path", "depth", "url_path", "live", "seo_title", "content_type_id", "locale_id",
    "course_id", "summary", "learning_outcomes", "duration_minutes",
]  # fmt: skip
COURSE_FIELDS = [
    "id", "title", "slug", "path", "depth", "url_path", "live", "seo_title", "content_type_id", "locale_id",
    "sequential", "require_read", "require_quiz", "version",
]  # fmt: skip
BOOLEAN_FIELDS = {"live", "sequential", "require_read", "require_quiz"}


@dataclass(frozen=True)
class ModuleRow:
    """A sibling module as the outline needs it."""

    pk: int
    title: str
    summary: str
    duration_minutes: int | None
    my_progress: int


@dataclass
class Lesson:
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
    """Whether a privacy setting sits on the row's page or one of its ancestors."""
    return Exists(
        PageViewRestriction.objects.annotate(
            row_prefix=Substr(OuterRef("path"), 1, Length("page__path"))
        ).filter(row_prefix=F("page__path"))
    )


def _enrollment_annotations(user_id: int | None) -> dict:
    """`my_enrollment`: 0 when not enrolled in the row's course, else ENROLLED, plus COURSE_COMPLETED."""
    if user_id is None:
        return {"my_enrollment": Value(0, output_field=IntegerField())}
    enrollments = Enrollment.objects.filter(user_id=user_id, course=OuterRef("course_id")).order_by()
    state = Value(ENROLLED) + bit({"completion__isnull": False}, COURSE_COMPLETED)
    return {
        "my_enrollment": Coalesce(
            Subquery(enrollments.annotate(state=state).values("state")[:1]), 0, output_field=IntegerField()
        )
    }


def lesson_queryset(*, module_id: int, user_id: int | None):
    """Every live module of the module's live course, in order, with what the page needs; only the
    requested module carries its lesson (parsing the siblings' lessons would be wasted)."""
    body_field = ModulePage._meta.get_field("body")
    return (
        ModulePage.objects.live()
        .filter(
            course_id=Subquery(ModulePage.objects.filter(pk=module_id).values("course_id")[:1]),
            course__live=True,
        )
        .annotate(
            lesson_body=Case(
                When(pk=module_id, then=F("body")), default=Value(None), output_field=body_field
            ),
            restricted=_restricted(),
            **progress_annotations(user_id),
            **_enrollment_annotations(user_id),
        )
        .order_by("path")
        .values(
            *MODULE_FIELDS,
            *(f"course__{name}" for name in COURSE_FIELDS),
            "lesson_body",
            "restricted",
            "my_progress",
            "my_enrollment",
        )
    )


@dataclass(frozen=True)
class CompiledQuery:
    sql: str
    params: tuple
    columns: tuple[str, ...]
    module_positions: tuple[int, ...]
    user_positions: tuple[int, ...]


@cache
def _compiled(alias: str, authenticated: bool) -> CompiledQuery:
    queryset = lesson_queryset(
        module_id=MODULE_PLACEHOLDER, user_id=USER_PLACEHOLDER if authenticated else None
    ).using(alias)
    query = queryset.query
    sql, params = query.get_compiler(alias).as_sql()
    columns = (*query.values_select, *query.annotation_select)
    module_positions = tuple(i for i, value in enumerate(params) if value == MODULE_PLACEHOLDER)
    user_positions = tuple(i for i, value in enumerate(params) if value == USER_PLACEHOLDER)
    if not module_positions or (authenticated and not user_positions) or str(MODULE_PLACEHOLDER) in sql:
        raise RuntimeError("The lesson query no longer takes its ids as parameters.")
    return CompiledQuery(sql, tuple(params), columns, module_positions, user_positions)


def _fetch(*, module_id: int, user) -> list[dict]:
    alias = router.db_for_read(ModulePage)
    compiled = _compiled(alias, user.is_authenticated)
    params = list(compiled.params)
    for position in compiled.module_positions:
        params[position] = module_id
    for position in compiled.user_positions:
        params[position] = user.pk
    with connections[alias].cursor() as cursor:
        cursor.execute(compiled.sql, params)
        return [dict(zip(compiled.columns, row, strict=True)) for row in cursor.fetchall()]


def _instance(model, data: dict):
    """A page instance from selected columns; columns not selected load on access, as with .only()."""
    data = {name: bool(value) if name in BOOLEAN_FIELDS else value for name, value in data.items()}
    data["page_ptr_id"] = data["id"]
    names = [f.attname for f in model._meta.concrete_fields if f.attname in data]
    return model.from_db(router.db_for_read(model), names, [data[name] for name in names])


def load_lesson(*, module_id: int, user) -> Lesson | None:
    """The lesson page's data, or None when the module or its course is not published."""
    rows = _fetch(module_id=module_id, user=user)
    row = next((r for r in rows if r["id"] == module_id), None)
    if row is None:
        return None
    course = _instance(CoursePage, {name: row[f"course__{name}"] for name in COURSE_FIELDS})
    module = _instance(ModulePage, {name: row[name] for name in MODULE_FIELDS})
    body_field = ModulePage._meta.get_field("body")
    module.body = body_field.from_db_value(row["lesson_body"], None, connections[module._state.db])
    module.course = course
    items = outline_items(
        [ModuleRow(r["id"], r["title"], r["summary"], r["duration_minutes"], r["my_progress"]) for r in rows],
        sequential=course.sequential,
    )
    has_quiz = bool(progress.quiz_ids_in(module.body.raw_data))
    return Lesson(
        module=module,
        course=course,
        outline=Outline(items=items, completed=bool(row["my_enrollment"] & COURSE_COMPLETED)),
        item=next(item for item in items if item.id == module_id),
        enrolled=bool(row["my_enrollment"] & ENROLLED),
        restricted=bool(row["restricted"]),
        read=bool(row["my_progress"] & READ),
        quiz_passed=bool(row["my_progress"] & QUIZ_PASSED),
        requirements=progress.module_requirements(course.requirements, has_quiz=has_quiz),
    )
