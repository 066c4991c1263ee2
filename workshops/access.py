"""Which workshops' people and results a user sees: officers every workshop; a trainer the workshops of
their own courses and the workshops they author or are assigned to (`courses.access`, one definition)."""

from django.db.models import Q

from courses.access import owned_pages, visible_course_ids

from .models import WorkshopPage

_ASK = object()  # visible_workshop_ids works the course ids out itself


def visible_workshop_ids(user, course_ids=_ASK) -> list[int] | None:
    """None: every workshop (an officer). Otherwise the ids of the user's own workshops: those of their
    courses and those they own. `course_ids` is `visible_course_ids(user)` when the caller has it already."""
    if course_ids is _ASK:
        course_ids = visible_course_ids(user)
    if course_ids is None:
        return None
    if not user.is_active:
        return []
    owned = owned_pages(user, WorkshopPage.objects).values("pk")
    workshops = WorkshopPage.objects.filter(Q(course_id__in=course_ids) | Q(pk__in=owned))
    return sorted(set(workshops.values_list("pk", flat=True)))


def may_see_workshop(user, workshop_id: int) -> bool:
    ids = visible_workshop_ids(user)
    return ids is None or workshop_id in ids
