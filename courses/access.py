"""Who sees whose results: officers the whole city, trainers their own courses, participants nothing.

The one definition of "a trainer's courses", used by the reports and by every admin listing of results
(quiz attempts, H5P results, workshop rosters, certificates). Apps below `courses` ask for it through
their own signals (`quizzes.signals.attempts_visible`, `h5p.signals.results_visible`), answered in
`courses/receivers.py`.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q

from people.choices import Role

from .models import CoursePage, ModuleH5P, ModuleQuiz

# Officers hold it (courses migration 0002): seeing every completion in the city is what the dashboard shows.
OFFICER_PERMISSION = "courses.view_coursecompletion"


def is_officer(user) -> bool:
    return user.is_active and user.has_perm(OFFICER_PERMISSION)


def is_trainer(user) -> bool:
    return user.is_active and user.groups.filter(name=Role.TRAINER).exists()


def owned_pages(user, pages):
    """Of `pages`, those the user created (the page owner) and those whose page their group was given edit
    rights on by name. The section-wide right every trainer holds (so that they can write courses and
    workshops together) does not make every page theirs."""
    return pages.filter(
        Q(owner=user)
        | Q(
            group_permissions__group__in=user.groups.all(),
            group_permissions__permission__codename="change_page",
        )
    )


def own_course_ids(user) -> tuple[int, ...]:
    """A trainer's courses: those they author or are assigned to (see `owned_pages`)."""
    return tuple(sorted(set(owned_pages(user, CoursePage.objects).values_list("pk", flat=True))))


def allowed_course_ids(user) -> tuple[int, ...] | None:
    """None: every course (an officer). A tuple: only these. Anyone else is refused."""
    if is_officer(user):
        return None
    if is_trainer(user):
        return own_course_ids(user)
    raise PermissionDenied


def visible_course_ids(user) -> tuple[int, ...] | None:
    """Like `allowed_course_ids`, for listings a permission already guards: None for an officer, otherwise
    the user's own courses (none for someone who owns no course)."""
    if is_officer(user):
        return None
    return own_course_ids(user) if user.is_active else ()


def module_filter(course_ids, field_name: str = "module__path") -> Q:
    """Rows whose module lies below one of these courses (a module is a descendant of its course page)."""
    q = Q(pk__in=[])
    for path in CoursePage.objects.filter(pk__in=course_ids).values_list("path", flat=True):
        q |= Q(**{f"{field_name}__startswith": path})
    return q


def visible_quiz_ids(user):
    """Quizzes used by a live module of the user's courses (a subquery), or None for every quiz."""
    course_ids = visible_course_ids(user)
    if course_ids is None:
        return None
    return ModuleQuiz.objects.filter(module_filter(course_ids)).values("quiz_id")


def visible_h5p_ids(user):
    course_ids = visible_course_ids(user)
    if course_ids is None:
        return None
    return ModuleH5P.objects.filter(module_filter(course_ids)).values("activity_id")
