"""What a certificate can be for. Courses today; workshops send `participation_completed` later and only
need their own builder here (their date range and hours), nothing else changes."""

import datetime
from decimal import Decimal

from django.utils import timezone

from .choices import SubjectKind
from .services import Subject


def course_subject(course, *, completed_at: datetime.datetime | None = None) -> Subject:
    completed_at = completed_at or timezone.now()
    hours = getattr(course, "duration_jp", None)
    return Subject.of(
        course,
        kind=SubjectKind.COURSE,
        title=course.title,
        date_start=timezone.localtime(completed_at).date(),
        hours=Decimal(hours) if hours is not None else None,
    )


def workshop_subject(
    workshop, *, date_start: datetime.date, date_end: datetime.date | None, hours=None
) -> Subject:
    return Subject.of(
        workshop,
        kind=SubjectKind.WORKSHOP,
        title=workshop.title,
        date_start=date_start,
        date_end=date_end,
        hours=Decimal(hours) if hours is not None else None,
    )


def _course_model():
    from django.apps import apps

    try:
        return apps.get_model("courses", "CoursePage")
    except LookupError:  # the courses app has no course pages yet
        return None


def subject_choices() -> list[tuple[str, str]]:
    """Things an officer can issue a certificate for by hand: "<content type>:<id>" and a label."""
    from django.contrib.contenttypes.models import ContentType

    CoursePage = _course_model()
    if CoursePage is None:
        return []
    content_type = ContentType.objects.get_for_model(CoursePage)
    return [(f"{content_type.pk}:{page.pk}", page.title) for page in CoursePage.objects.order_by("title")]


def subject_instance(key: str):
    from django.contrib.contenttypes.models import ContentType
    from django.core.exceptions import ObjectDoesNotExist

    try:
        content_type_id, object_id = (int(part) for part in key.split(":"))
        instance = ContentType.objects.get_for_id(content_type_id).get_object_for_this_type(pk=object_id)
    except (ValueError, ObjectDoesNotExist, AttributeError):
        return None
    return getattr(instance, "specific", instance)
