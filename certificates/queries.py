"""The read side of certificates for the admin."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from courses.access import visible_course_ids
from courses.models import CoursePage
from workshops.access import visible_workshop_ids
from workshops.models import WorkshopPage


def visible_certificates(user, certificates):
    """Of `certificates`, those `user` may list: an officer every one; anyone else (a trainer given the right
    to view certificates) those of their own courses and workshops."""
    course_ids = visible_course_ids(user)
    if course_ids is None:
        return certificates
    return certificates.filter(
        Q(subject_type=ContentType.objects.get_for_model(CoursePage), subject_id__in=course_ids)
        | Q(
            subject_type=ContentType.objects.get_for_model(WorkshopPage),
            subject_id__in=visible_workshop_ids(user, course_ids),
        )
    )
