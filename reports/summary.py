"""Keeping `EnrollmentSummary` right: one enrolment at a time (from the receivers) or all at once (the
rebuild command and task). Every function recomputes from the apps' own tables, so running one twice
changes nothing."""

from django.db import transaction

from courses.models import CourseCompletion, Enrollment
from people.models import Profile

from .models import EnrollmentSummary

BATCH = 2000


def _profile_values(user_id: int) -> dict:
    profile = Profile.objects.filter(user_id=user_id).values("kecamatan_id", "institution_id", "occupation")
    values = profile.first() or {"kecamatan_id": None, "institution_id": None, "occupation": ""}
    return {**values, "occupation": values["occupation"] or ""}


def refresh_enrollment(enrollment_id: int) -> None:
    """Write one enrolment's summary row as its tables say now (or remove it if the enrolment is gone)."""
    enrollment = (
        Enrollment.objects.filter(pk=enrollment_id).values("user_id", "course_id", "enrolled_at").first()
    )
    if enrollment is None:
        EnrollmentSummary.objects.filter(enrollment_id=enrollment_id).delete()
        return
    completion = CourseCompletion.objects.filter(enrollment_id=enrollment_id)
    completed_at = completion.values_list("completed_at", flat=True).first()
    EnrollmentSummary.objects.update_or_create(
        enrollment_id=enrollment_id,
        defaults={**enrollment, **_profile_values(enrollment["user_id"]), "completed_at": completed_at},
    )


def refresh_participant(user_id: int) -> int:
    """Copy a participant's profile values onto all their rows; returns how many rows changed."""
    return EnrollmentSummary.objects.filter(user_id=user_id).update(**_profile_values(user_id))


def move_institution(source_id: int, target_id: int) -> int:
    """An institution merged into another: its members' rows follow them (the merge moves profiles in
    bulk, without a signal per profile)."""
    return EnrollmentSummary.objects.filter(institution_id=source_id).update(institution_id=target_id)


def rebuild() -> int:
    """Recompute every row from enrolments, profiles and completions; returns how many rows there are."""
    rows = (
        Enrollment.objects.order_by("pk")
        .values_list(
            "pk", "user_id", "course_id", "enrolled_at", "completion__completed_at",
            "user__profile__kecamatan_id", "user__profile__institution_id", "user__profile__occupation",
        )
    )  # fmt: skip
    count = 0
    with transaction.atomic():
        EnrollmentSummary.objects.all().delete()
        batch = []
        for (
            pk,
            user_id,
            course_id,
            enrolled_at,
            completed_at,
            kecamatan_id,
            institution_id,
            occupation,
        ) in rows.iterator(chunk_size=BATCH):
            batch.append(
                EnrollmentSummary(
                    enrollment_id=pk,
                    user_id=user_id,
                    course_id=course_id,
                    enrolled_at=enrolled_at,
                    completed_at=completed_at,
                    kecamatan_id=kecamatan_id,
                    institution_id=institution_id,
                    occupation=occupation or "",
                )
            )
            if len(batch) >= BATCH:
                EnrollmentSummary.objects.bulk_create(batch)
                count += len(batch)
                batch = []
        EnrollmentSummary.objects.bulk_create(batch)
        count += len(batch)
    return count
