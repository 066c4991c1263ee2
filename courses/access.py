"""Who sees which figures: officers the whole city, trainers their own courses, participants nothing."""

from django.core.exceptions import PermissionDenied
from django.db.models import Q

from courses.models import CoursePage
from people.choices import Role

# Officers hold it (courses migration 0002): seeing every completion in the city is what the dashboard shows.
OFFICER_PERMISSION = "courses.view_coursecompletion"


def is_officer(user) -> bool:
    return user.is_active and user.has_perm(OFFICER_PERMISSION)


def is_trainer(user) -> bool:
    return user.is_active and user.groups.filter(name=Role.TRAINER).exists()


def own_course_ids(user) -> tuple[int, ...]:
    """A trainer's courses: those they created (the page owner) and those whose page their group was given
    edit rights on by name. The catalogue-wide right every trainer holds (so that they can write courses
    together) does not make every course theirs."""
    own = CoursePage.objects.filter(
        Q(owner=user)
        | Q(
            group_permissions__group__in=user.groups.all(),
            group_permissions__permission__codename="change_page",
        )
    )
    return tuple(sorted(set(own.values_list("pk", flat=True))))


def allowed_course_ids(user) -> tuple[int, ...] | None:
    """None: every course (an officer). A tuple: only these. Anyone else is refused."""
    if is_officer(user):
        return None
    if is_trainer(user):
        return own_course_ids(user)
    raise PermissionDenied
