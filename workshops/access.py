"""Which workshops' people and results a user sees: officers every workshop; a trainer the workshops of
their own courses and the workshops they author or are assigned to (`courses.access`, one definition)."""

from django.db.models import Q

from courses.access import is_officer, own_course_ids, owned_pages

from .models import WorkshopPage


def visible_workshop_ids(user) -> list[int] | None:
    """None: every workshop (an officer). Otherwise the ids of the user's own workshops."""
    if is_officer(user):
        return None
    if not user.is_active:
        return []
    owned = owned_pages(user, WorkshopPage.objects).values("pk")
    workshops = WorkshopPage.objects.filter(Q(course_id__in=own_course_ids(user)) | Q(pk__in=owned))
    return sorted(set(workshops.values_list("pk", flat=True)))


def may_see_workshop(user, workshop_id: int) -> bool:
    ids = visible_workshop_ids(user)
    return ids is None or workshop_id in ids
