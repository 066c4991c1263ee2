"""What the courses app does: enrol participants, record their progress, complete modules and courses."""

import logging
from dataclasses import dataclass, field
from functools import partial

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.log_actions import log

from h5p.choices import H5PRequirement
from people.services import is_profile_complete
from sinergi.errors import AppError

from . import progress
from .models import (
    CourseCompletion,
    CoursePage,
    Enrollment,
    ModuleH5P,
    ModulePage,
    ModuleProgress,
    ModuleQuiz,
)
from .signals import course_completed, module_completed

logger = logging.getLogger(__name__)


class CoursesError(AppError):
    pass


def _live_course(course: CoursePage) -> CoursePage:
    fresh = CoursePage.objects.live().filter(pk=course.pk).first()
    if fresh is None:
        raise CoursesError("This course is not published.", code="course_unavailable")
    return fresh


@transaction.atomic
def enrol(*, user, course: CoursePage, by=None) -> tuple[Enrollment, bool]:
    """Enrol a participant (by themselves, or by an officer `by`). Returns (enrolment, newly created)."""
    return _enrol(user=user, course=_live_course(course), by=by)


def _enrol(*, user, course: CoursePage, by, course_quizzes: dict[int, list[int]] | None = None):
    if not is_profile_complete(user):
        raise CoursesError("The participant's profile is not complete.", code="profile_incomplete")
    enrollment, created = Enrollment.objects.get_or_create(
        user=user, course=course, defaults={"enrolled_by": by if by != user else None}
    )
    if created:
        quizzes = course_quizzes if course_quizzes is not None else _course_quizzes(course)
        _carry_over_quiz_passes(enrollment=enrollment, course_quizzes=quizzes)
        if by is not None and by != user:
            log(
                instance=enrollment, action="courses.enrolled_by_officer", user=by, data={"course": course.pk}
            )
    return enrollment, created


def _course_quizzes(course: CoursePage) -> dict[int, list[int]]:
    """The quizzes in each live module of the course, by module id (modules without a quiz left out)."""
    found: dict[int, list[int]] = {}
    for module_id, quiz_id in ModuleQuiz.objects.filter(module__in=course.modules().live()).values_list(
        "module_id", "quiz_id"
    ):
        found.setdefault(module_id, []).append(quiz_id)
    return found


def _carry_over_quiz_passes(*, enrollment: Enrollment, course_quizzes: dict[int, list[int]]) -> None:
    """Quizzes passed before enrolling (in another course, say) count for this course's modules too."""
    if not course_quizzes:
        return
    from quizzes.services import passed_quiz_ids

    wanted = {quiz_id for ids in course_quizzes.values() for quiz_id in ids}
    passed = passed_quiz_ids(user=enrollment.user, quiz_ids=wanted)
    now = timezone.now()
    ModuleProgress.objects.bulk_create(
        [
            ModuleProgress(enrollment=enrollment, module_id=module_id, quiz_passed_at=now)
            for module_id, ids in course_quizzes.items()
            if set(ids) <= passed
        ]
    )


@dataclass
class BulkEnrolment:
    enrolled: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    incomplete: list[str] = field(default_factory=list)


def parse_emails(text: str) -> list[str]:
    """E-mail addresses from pasted text: one per line, or separated by commas, semicolons or spaces."""
    seen = []
    for token in text.replace(",", " ").replace(";", " ").split():
        address = token.strip().strip("<>").lower()
        if address and address not in seen:
            seen.append(address)
    return seen


def enrol_many(*, course: CoursePage, emails: list[str], by) -> BulkEnrolment:
    """An officer enrols a list of participants; each address is reported in exactly one group."""
    course = _live_course(course)
    users = {u.email.lower(): u for u in get_user_model().objects.filter(email__in=emails, is_active=True)}
    course_quizzes = _course_quizzes(course)
    report = BulkEnrolment()
    for address in emails:
        user = users.get(address)
        if user is None:
            report.unknown.append(address)
            continue
        try:
            with transaction.atomic():
                _enrollment, created = _enrol(user=user, course=course, by=by, course_quizzes=course_quizzes)
        except CoursesError as error:
            if error.code != "profile_incomplete":
                raise
            report.incomplete.append(address)
            continue
        (report.enrolled if created else report.already).append(address)
    return report


def _module_quiz_ids(module: ModulePage) -> list[int]:
    return list(ModuleQuiz.objects.filter(module=module).values_list("quiz_id", flat=True))


def quizzes_passed(*, user, quiz_ids: list[int]) -> bool:
    """Whether the participant has passed every one of these quizzes (False for none): what the quiz
    requirement of a module asks for."""
    if not quiz_ids:
        return False
    from quizzes.services import passed_quiz_ids

    return set(quiz_ids) <= set(passed_quiz_ids(user=user, quiz_ids=quiz_ids))


def _h5p_status(*, user, module: ModulePage) -> tuple[bool, bool]:
    """Whether the module requires H5P activities, and whether the participant's best results meet them."""
    uses = list(ModuleH5P.objects.filter(module=module).exclude(requirement=H5PRequirement.NONE))
    if not uses:
        return False, False
    from h5p.queries import best_results, requirement_met

    best = best_results(user=user, activity_ids=[use.activity_id for use in uses])
    done = all(
        requirement_met(best.get(use.activity_id), requirement=use.requirement, pass_percent=use.pass_percent)
        for use in uses
    )
    return True, done


def _locked_enrollment(*, user, course: CoursePage, now) -> Enrollment:
    # Writing first takes the lock before anything is read: a row lock on PostgreSQL, the database write
    # lock on SQLite. Two requests of one participant in one course then run one after the other; the
    # unique constraints below are what make completion exactly-once whatever happens.
    if not Enrollment.objects.filter(user=user, course=course).update(last_activity_at=now):
        raise CoursesError("The participant is not enrolled in this course.", code="not_enrolled")
    return Enrollment.objects.get(user=user, course=course)


def _check_open(*, enrollment: Enrollment, module: ModulePage, course: CoursePage) -> list[int]:
    """Raise if the module may not be worked on yet; return the course's live module ids in order."""
    module_ids = list(course.modules().live().values_list("pk", flat=True))
    if module.pk not in module_ids:
        raise CoursesError("This module is not published.", code="module_unavailable")
    completed = _completed_ids(enrollment, module_ids)
    if module.pk not in progress.open_modules(module_ids, completed, sequential=course.sequential):
        raise CoursesError("Complete the previous module first.", code="module_locked")
    return module_ids


def _completed_ids(enrollment: Enrollment, module_ids: list[int]) -> set[int]:
    return set(
        ModuleProgress.objects.filter(
            enrollment=enrollment, module_id__in=module_ids, completed_at__isnull=False
        ).values_list("module_id", flat=True)
    )


@transaction.atomic
def complete_module(*, user, module: ModulePage, confirm_read: bool = False) -> ModuleProgress:
    """Record that the participant read the module (if they confirm it), check its quiz, and complete
    the module, then the course, when the course's rule is met. Safe to call again."""
    module = ModulePage.objects.live().filter(pk=module.pk).first()
    course = CoursePage.objects.live().filter(path=module.course_path).first() if module else None
    if course is None:
        raise CoursesError("This module is not published.", code="module_unavailable")
    now = timezone.now()
    enrollment = _locked_enrollment(user=user, course=course, now=now)
    module_ids = _check_open(enrollment=enrollment, module=module, course=course)
    record, _ = ModuleProgress.objects.get_or_create(enrollment=enrollment, module=module)
    quiz_ids = _module_quiz_ids(module)
    if confirm_read and record.read_at is None:
        record.read_at = now
    if quiz_ids and record.quiz_passed_at is None and quizzes_passed(user=user, quiz_ids=quiz_ids):
        record.quiz_passed_at = now
    has_h5p, h5p_done = _h5p_status(user=user, module=module)
    requirements = progress.module_requirements(course.requirements, has_quiz=bool(quiz_ids), has_h5p=has_h5p)
    newly_completed = record.completed_at is None and progress.requirements_met(
        requirements,
        read=record.read_at is not None,
        quiz_passed=record.quiz_passed_at is not None,
        h5p_done=h5p_done,
    )
    if newly_completed:
        record.completed_at = now
    record.save()
    if newly_completed:
        transaction.on_commit(
            partial(module_completed.send, sender=ModulePage, user=user, module=module, course=course)
        )
        _complete_course_if_done(enrollment=enrollment, course=course, module_ids=module_ids, now=now)
    return record


def _complete_course_if_done(
    *, enrollment: Enrollment, course: CoursePage, module_ids: list[int], now
) -> None:
    if not progress.all_completed(module_ids, _completed_ids(enrollment, module_ids)):
        return
    if CourseCompletion.objects.filter(enrollment=enrollment).exists():
        return
    try:
        # A savepoint: if a concurrent request created the completion in between, only this insert is
        # undone and the module progress above is kept.
        with transaction.atomic():
            completion = CourseCompletion.objects.create(
                enrollment=enrollment,
                user_id=enrollment.user_id,
                course=course,
                completed_at=now,
                course_version=course.version,
            )
    except IntegrityError:
        logger.info(
            "Course %s was completed by a concurrent request for user %s", course.pk, enrollment.user_id
        )
        return
    transaction.on_commit(
        partial(
            course_completed.send,
            sender=CoursePage,
            user=enrollment.user,
            course=course,
            completion=completion,
        )
    )


def record_quiz_pass(*, user, quiz_id: int) -> list[ModuleProgress]:
    """A participant passed a quiz: every module of theirs that contains it may now be complete."""
    touched = []
    courses = dict(
        Enrollment.objects.filter(user=user, course__live=True).values_list("course__path", "course_id")
    )
    modules = ModulePage.objects.live().filter(quiz_uses__quiz_id=quiz_id).order_by("path")
    for module in modules:
        if module.course_path not in courses:
            continue
        try:
            touched.append(complete_module(user=user, module=module))
        except CoursesError as error:
            # A locked module keeps the pass on record for later: the quizzes app remembers it.
            logger.info("Quiz pass not applied to module %s: %s", module.pk, error.code)
    return touched


def record_h5p_result(*, user, result) -> list[int]:
    """A participant's H5P result was stored. Modules whose requirement this result meets for the first time
    (no earlier result met it) may now be complete; the others were tried when their requirement was first
    met, so a repeated result costs one query whatever the number of modules. Returns those completed."""
    from h5p.queries import best_results, requirement_met

    done = ModuleProgress.objects.filter(enrollment__user=user, completed_at__isnull=False).values(
        "module_id"
    )
    rows = list(
        ModuleH5P.objects.filter(activity_id=result.activity_id, module__live=True)
        .exclude(requirement=H5PRequirement.NONE)
        .exclude(module_id__in=done)
        .values_list("module_id", "requirement", "pass_percent")
    )
    this = {"percent": result.percent if result.max_score else None, "completed": result.completed}
    met_now = [row for row in rows if requirement_met(this, requirement=row[1], pass_percent=row[2])]
    if not met_now:
        return []
    before = best_results(user=user, activity_ids=[result.activity_id], exclude_pk=result.pk).get(
        result.activity_id
    )
    newly = [row for row in met_now if not requirement_met(before, requirement=row[1], pass_percent=row[2])]
    if not newly:
        return []
    enrolled = set(
        Enrollment.objects.filter(user=user, course__live=True).values_list("course__path", flat=True)
    )
    completed = []
    for module in ModulePage.objects.filter(pk__in=[row[0] for row in newly]).order_by("path"):
        if module.course_path not in enrolled:
            continue
        try:
            record = complete_module(user=user, module=module)
        except CoursesError as error:
            # A locked module keeps the result on record: completing it later checks the results again.
            logger.info("H5P result not applied to module %s: %s", module.pk, error.code)
            continue
        if record.completed_at is not None:
            completed.append(module.pk)
    return completed
