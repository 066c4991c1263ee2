"""Read side: what the catalogue, course, lesson and "my learning" pages show, in a fixed number of queries.

A page's query count must not grow with its modules or blocks, so per-participant progress comes in as
subquery annotations on the module rows instead of one lookup per module.
"""

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from django.core.cache import cache
from django.db.models import (
    Case,
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from wagtail.models import PageViewRestriction

from quizzes.models import Attempt
from quizzes.services import Refusal, quiz_url
from sinergi.models import NextStep

from . import progress
from .choices import Requirement
from .models import (
    CourseCompletion,
    CourseIndexPage,
    CoursePage,
    Enrollment,
    ModuleH5P,
    ModulePage,
    ModuleProgress,
    ModuleQuiz,
)

OUTLINE_CACHE_SECONDS = 24 * 60 * 60
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


def outline_items(modules: list[ModulePage], *, sequential: bool, request=None) -> list[progress.OutlineItem]:
    ids = [m.pk for m in modules]
    completed = {m.pk for m in modules if m.my_progress & COMPLETED}
    started = {m.pk for m in modules if m.my_progress & (READ | QUIZ_PASSED)}
    opened = progress.open_modules(ids, completed, sequential=sequential)
    return [
        progress.OutlineItem(
            id=m.pk,
            number=number,
            title=m.title,
            url=m.get_url(request),
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
    enrolled: bool = False
    completed: bool = False
    # READ | QUIZ_PASSED | COMPLETED bits by module id
    progress_bits: dict[int, int] = field(default_factory=dict)

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


def _module_rows(course: CoursePage, user, **annotations) -> list[ModulePage]:
    return list(
        ModulePage.objects.live()
        .child_of(course)
        .only(*OUTLINE_FIELDS)
        .annotate(**progress_annotations(user.pk if user.is_authenticated else None), **annotations)
        .order_by("path")
    )


def _outline(modules: list[ModulePage], *, course: CoursePage, request, **state) -> Outline:
    return Outline(
        items=outline_items(modules, sequential=course.sequential, request=request),
        progress_bits={m.pk: m.my_progress for m in modules},
        **state,
    )


def course_outline(*, course: CoursePage, user, request=None) -> Outline:
    """Two queries whatever the number of modules: the modules with progress, and the enrolment."""
    modules = _module_rows(course, user)
    enrollment = None
    if user.is_authenticated:
        enrollment = Enrollment.objects.filter(user=user, course=course).select_related("completion").first()
    completion = getattr(enrollment, "completion", None) if enrollment else None
    return _outline(
        modules,
        course=course,
        request=request,
        enrollment=enrollment,
        enrolled=enrollment is not None,
        completion=completion,
        completed=completion is not None,
    )


def _outline_stamp_key(course_id: int) -> str:
    return f"courses:outline-stamp:{course_id}"


def renew_outlines(course_ids) -> None:
    """These courses' modules changed (published, moved, renamed): outlines are read afresh next time."""
    stamp = uuid.uuid4().hex
    cache.set_many({_outline_stamp_key(pk): stamp for pk in course_ids}, OUTLINE_CACHE_SECONDS)


def live_modules(course: CoursePage) -> list[ModulePage]:
    """The course's live modules as an outline shows them. The same for everyone, so kept in the shared
    cache (plain values, never pickled pages) with a stamp renewed whenever a module or the course changes."""
    key, stamp_key = f"courses:outline:{course.pk}", _outline_stamp_key(course.pk)
    found = cache.get_many([key, stamp_key])
    stamp, entry = found.get(stamp_key, ""), found.get(key)
    if entry is None or entry["stamp"] != stamp:
        rows = list(ModulePage.objects.live().child_of(course).order_by("path").values(*OUTLINE_FIELDS))
        entry = {"stamp": stamp, "rows": rows}
        cache.set(key, entry, OUTLINE_CACHE_SECONDS)
    return [ModulePage(page_ptr_id=row["id"], **row) for row in entry["rows"]]


def _lesson_outline(*, course: CoursePage, user, request) -> Outline:
    """The outline as a lesson needs it: the live modules (cached), and in one plain query the participant's
    enrolment with its progress rows (one row per module started). Django compiles such a query far faster
    than the same answer as per-row subqueries, which is what a lesson page used to spend its time on."""
    modules = live_modules(course)
    rows = []
    if user.is_authenticated:
        rows = list(
            Enrollment.objects.filter(user=user, course=course).values_list(
                "completion__id",
                "progress__module_id",
                "progress__read_at",
                "progress__quiz_passed_at",
                "progress__completed_at",
            )
        )
    bits = {}
    for _completion, module_id, read_at, quiz_passed_at, completed_at in rows:
        if module_id is not None:
            bits[module_id] = (
                (READ if read_at else 0)
                | (QUIZ_PASSED if quiz_passed_at else 0)
                | (COMPLETED if completed_at else 0)
            )
    for module in modules:
        module.my_progress = bits.get(module.pk, 0)
    return _outline(
        modules,
        course=course,
        request=request,
        enrolled=bool(rows),
        completed=bool(rows) and rows[0][0] is not None,
    )


@dataclass(frozen=True)
class LessonAction:
    """What a participant can do next in a module: `kind` is next (the next module), course (back to the
    course), quiz (take it), confirm_read or record (the completion form)."""

    kind: str
    url: str = ""
    title: str = ""


@dataclass
class Lesson:
    """A module as one participant sees it: where it sits in the course and what is left to do."""

    module: ModulePage
    course: CoursePage
    outline: Outline
    item: progress.OutlineItem | None
    read: bool
    quiz_passed: bool
    requirements: frozenset[Requirement]
    user: object
    h5p_done: bool = False
    # Where the participant takes the module's (first) quiz and comes back here afterwards.
    quiz_url: str = ""

    @property
    def enrolled(self) -> bool:
        return self.outline.enrolled

    @property
    def left(self) -> list[Requirement]:
        """What is still to do before the module is complete (the completion rule's own answer)."""
        return progress.requirements_left(
            self.requirements, read=self.read, quiz_passed=self.quiz_passed, h5p_done=self.h5p_done
        )

    def _neighbour(self, step: int) -> progress.OutlineItem | None:
        if self.item is None:
            return None
        index = self.item.number - 1 + step
        return self.outline.items[index] if 0 <= index < len(self.outline.items) else None

    @property
    def previous_item(self) -> progress.OutlineItem | None:
        return self._neighbour(-1)

    @property
    def next_item(self) -> progress.OutlineItem | None:
        return self._neighbour(1)

    @property
    def next_action(self) -> "LessonAction | None":
        """The one step the completion panel offers, and the lesson's sticky bar with it: only a step that can
        succeed (the rule of `left`), never a check that can only fail."""
        if self.item is None or not self.enrolled:
            return None
        if self.item.is_completed:
            following = self.next_item
            if not self.outline.completed and following is not None and following.is_open:
                return LessonAction("next", following.url, following.title)
            return LessonAction("course")  # the template has the course's address
        left = self.left
        if left == [Requirement.QUIZ] and self.quiz_url:
            # The quiz is all that is left: it is the next step.
            return LessonAction("quiz", self.quiz_url)
        if Requirement.READ in left:
            return LessonAction("confirm_read")
        if not left:
            return LessonAction("record")
        return None  # an activity in the lesson is left: the panel says which, no button can do it

    def refusal(self) -> str | None:
        """Why this participant may not read the module now, or None."""
        return module_refusal(outline=self.outline, item=self.item, user=self.user)


def module_refusal(*, outline: Outline, item: progress.OutlineItem | None, user) -> str | None:
    """The rule of ModulePage.serve, for a lesson and for the quizzes in it: why `user` may not open the
    module at `item` of `outline` now, or None."""
    if not outline.enrolled:
        # Trainers and officers may read any published lesson without enrolling, to check it.
        if user.is_authenticated and user.has_perm("wagtailadmin.access_admin"):
            return None
        return _("Enrol in the course first to open its modules.")
    if item is not None and not item.is_open:
        return _("This module opens when you have completed the previous one.")
    return None


def lesson_state(*, module: ModulePage, course: CoursePage, user, request=None) -> Lesson:
    """The course outline around a module and the participant's progress in it (one query)."""
    outline = _lesson_outline(course=course, user=user, request=request)
    bits = outline.progress_bits.get(module.pk, 0)
    quiz_ids = progress.quiz_ids_in(module.body.raw_data)
    required_h5p = [use for use in progress.h5p_uses_in(module.body.raw_data) if use.requirement != "none"]
    quiz_passed = bool(bits & QUIZ_PASSED)
    if quiz_ids and not quiz_passed and outline.enrolled and not bits & COMPLETED:
        # A pass not yet on the module's record (the quiz was passed while the module was locked, or added to
        # the module later) still counts: completing the module picks it up, so the panel must not ask for it.
        from .services import quizzes_passed

        quiz_passed = quizzes_passed(user=user, quiz_ids=quiz_ids)
    return Lesson(
        module=module,
        course=course,
        outline=outline,
        item=next((item for item in outline.items if item.id == module.pk), None),
        read=bool(bits & READ),
        quiz_passed=quiz_passed,
        requirements=progress.module_requirements(
            course.requirements, has_quiz=bool(quiz_ids), has_h5p=bool(required_h5p)
        ),
        user=user,
        h5p_done=_h5p_done(user=user, uses=required_h5p),
        quiz_url=quiz_url(quiz=quiz_ids[0], next_url=module.get_url(request)) if quiz_ids else "",
    )


def _h5p_done(*, user, uses: list[progress.H5PUse]) -> bool:
    """Whether the participant's best results meet the lesson's required activities (no query without any)."""
    if not uses or not user.is_authenticated:
        return False
    from h5p.queries import best_results, requirement_met

    best = best_results(user=user, activity_ids=[use.activity_id for use in uses])
    return all(
        requirement_met(best.get(use.activity_id), requirement=use.requirement, pass_percent=use.pass_percent)
        for use in uses
    )


def _modules_of(course_paths: dict[str, int]) -> Q:
    """Rows of the modules directly under the given courses ({path: depth})."""
    query = Q(pk__in=[])
    for path, depth in course_paths.items():
        query |= Q(path__startswith=path, depth=depth + 1)
    return query


def catalogue(*, index, user) -> list[CoursePage]:
    """Published courses with their module count and the participant's own progress, in one query."""
    live_modules = ModulePage.objects.live().filter(
        path__startswith=OuterRef("path"), depth=OuterRef("depth") + 1
    )
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
    # Whether the participant has begun the course: a module read, completed or its quiz tried.
    started: bool = False

    @property
    def percent(self) -> int:
        return 100 if self.completed_at else progress.percent(self.done, self.total)


def my_learning(*, user) -> tuple[list[LearningItem], list[LearningItem]]:
    """The participant's courses in progress and completed ones, in four queries."""
    enrollments = list(
        Enrollment.objects.filter(user=user, course__live=True)
        .select_related("course", "course__cover_image", "completion")
        .order_by("-enrolled_at")
    )
    course_ids = [e.course_id for e in enrollments]
    paths = {e.course.path: e.course.depth for e in enrollments}
    modules_by_course: dict[str, list[ModulePage]] = {path: [] for path in paths}
    for module in ModulePage.objects.live().filter(_modules_of(paths)).only(*OUTLINE_FIELDS).order_by("path"):
        modules_by_course[module.course_path].append(module)
    rows = ModuleProgress.objects.filter(
        enrollment__user=user, enrollment__course_id__in=course_ids
    ).values_list("module_id", "completed_at")
    touched = set()
    completed = set()
    for module_id, completed_at in rows:
        touched.add(module_id)
        if completed_at is not None:
            completed.add(module_id)
    # A quiz tried (and failed) before any reading is confirmed leaves no module progress: the attempt counts.
    touched |= set(
        ModuleQuiz.objects.filter(
            module_id__in=[m.pk for modules in modules_by_course.values() for m in modules],
            quiz_id__in=Attempt.objects.filter(user=user, context="").values("quiz_id"),
        ).values_list("module_id", flat=True)
    )
    in_progress, finished = [], []
    for enrollment in enrollments:
        modules = modules_by_course[enrollment.course.path]
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
            started=any(pk in touched for pk in ids),
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
    courses = {
        course.path: course
        for course in CoursePage.objects.live().public().filter(path__in={m.course_path for m in modules})
    }
    for module in modules:
        course = courses.get(module.course_path)
        if course is not None:
            hits.append(
                SearchHit(
                    title=module.title, url=module.get_url(), text=module.summary, course_title=course.title
                )
            )
    return hits


def may_record_h5p(*, user, activity_id: int) -> bool:
    """Is the participant enrolled in a live course whose live module uses the activity? One query."""
    if not user.is_authenticated:
        return False
    uses = ModuleH5P.objects.filter(
        activity_id=activity_id, module__live=True, module__path__startswith=OuterRef("course__path")
    )
    return Enrollment.objects.filter(user=user, course__live=True).filter(Exists(uses)).exists()


def quiz_access(*, user, quiz_id: int, request=None) -> bool | Refusal | None:
    """May `user` take a quiz that live modules use? True when one of those modules is open to them (the
    page's privacy, then the module's own rule), a Refusal (why, and where to go) when none is, None when no
    live module of a live course uses the quiz."""
    modules = list(
        ModulePage.objects.live().filter(quiz_uses__quiz_id=quiz_id).defer("body").order_by("path")
    )
    courses = {
        course.path: course
        for course in CoursePage.objects.live().filter(path__in={m.course_path for m in modules})
    }
    refusals = []
    for module in modules:
        course = courses.get(module.course_path)
        if course is None:  # a module of an unpublished course is not found, and neither is its quiz
            continue
        if refused := _privacy_refusal(module, request):
            refusals.append(refused)
            continue
        # Without the request: only whether the module is open matters here, not its links (no site lookup).
        outline = _lesson_outline(course=course, user=user, request=None)
        item = next((item for item in outline.items if item.id == module.pk), None)
        reason = module_refusal(outline=outline, item=item, user=user)
        if reason is None:
            return True
        refusals.append(Refusal(reason, course.get_url(request)))
    return refusals[0] if refusals else None


def _privacy_refusal(module: ModulePage, request) -> Refusal | None:
    """Wagtail's page privacy (login, password, groups) on the module or any page above it. Where a password
    opens it, the participant is sent to the lesson, which asks for it; a group restriction has nowhere to
    send them."""
    failed = [
        restriction
        for restriction in module.get_view_restrictions()
        if request is None or not restriction.accept_request(request)
    ]
    if not failed:
        return None
    asks_password = all(r.restriction_type == PageViewRestriction.PASSWORD for r in failed)
    return Refusal(
        _("This quiz is on a page with restricted access."), module.get_url(request) if asks_password else ""
    )


def next_step(*, user, request=None) -> NextStep | None:
    """The home page's main action for a participant: continue the course they worked on last (its next
    module), see their certificates when every course they took is completed, or open the starter course (the
    first public course of the catalogue) when they are in none."""
    in_progress, finished = my_learning(user=user)
    if in_progress:
        latest = max(
            in_progress, key=lambda item: item.enrollment.last_activity_at or item.enrollment.enrolled_at
        )
        if latest.next_module is not None:
            return NextStep(
                url=latest.next_module.get_url(request),
                label=_("Continue: %(title)s") % {"title": latest.next_module.title},
            )
        return NextStep(
            url=latest.course.get_url(request),
            label=_("Continue: %(title)s") % {"title": latest.course.title},
        )
    if finished:
        return _certificates_step()
    starter = CoursePage.objects.live().public().order_by("path").first()
    if starter is None:
        return None
    return NextStep(
        url=starter.get_url(request), label=_("Start the course: %(title)s") % {"title": starter.title}
    )


def result_next_step(*, attempt, user, request=None) -> NextStep | None:
    """Where a quiz's result page sends a participant on: once the module holding the quiz is complete, the
    next module (the lesson's own next step, Lesson.next_action), or their certificates when the course is
    complete. None while the module still asks for something: then going back to the lesson is the step."""
    if attempt.context or not user.is_authenticated:
        return None
    modules = ModulePage.objects.live().filter(quiz_uses__quiz_id=attempt.quiz_id).order_by("path")
    for module in modules:
        course = module.course
        if not course.live:
            continue
        lesson = lesson_state(module=module, course=course, user=user, request=request)
        action = lesson.next_action
        if action is None or lesson.refusal():
            continue
        if action.kind == "next":
            return NextStep(url=action.url, label=_("Continue: %(title)s") % {"title": action.title})
        if action.kind == "course" and lesson.outline.completed:
            return _certificates_step() or NextStep(
                url=course.get_url(request), label=_("Back to the course")
            )
    return None


def _certificates_step() -> NextStep | None:
    """The participant's certificates. They live above this app: their page is found by its name, without an
    import (None where the certificates app is not installed)."""
    try:
        return NextStep(url=reverse("certificates:mine"), label=_("See my certificate"))
    except NoReverseMatch:
        return None


# The header links the catalogue on every page: its address is kept in the shared cache, per host (Wagtail
# answers relative or absolute addresses depending on the request's site), and forgotten whenever the
# catalogue is saved, published, unpublished, deleted or moved, or any page's slug changes (receivers.py).
CATALOGUE_URL_KEY = "courses:catalogue-url"
CATALOGUE_URL_SECONDS = 10 * 60


def catalogue_url(request) -> str:
    """The live course catalogue's address, or "" while there is none."""
    host = request.get_host() if request is not None else ""
    known = cache.get(CATALOGUE_URL_KEY) or {}
    if host in known:
        return known[host]
    index = CourseIndexPage.objects.live().order_by("path").first()
    url = (index.get_url(request) or "") if index else ""
    cache.set(CATALOGUE_URL_KEY, {**known, host: url}, CATALOGUE_URL_SECONDS)
    return url


def forget_catalogue_url() -> None:
    cache.delete(CATALOGUE_URL_KEY)
