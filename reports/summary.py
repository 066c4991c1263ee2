"""Keeping `EnrollmentSummary` right: one enrolment at a time (from the receivers) or all at once (the
rebuild command and task). Every function recomputes from the apps' own tables, so running one twice
changes nothing."""

from django.db import transaction
from django.db.models import Exists, OuterRef

from courses.models import CourseCompletion, Enrollment
from people.choices import Role
from people.models import Profile, User

from .models import EnrollmentSummary

BATCH = 2000


def _members():
    return User.groups.through.objects.filter(group__name=Role.PARTICIPANT)


def _profile_values(user_id: int) -> dict:
    profile = Profile.objects.filter(user_id=user_id).values("kecamatan_id", "institution_id", "occupation")
    values = profile.first() or {"kecamatan_id": None, "institution_id": None, "occupation": ""}
    participant = _members().filter(user_id=user_id).exists()
    return {**values, "occupation": values["occupation"] or "", "participant": participant}


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


def refresh_membership(user_ids=None) -> int:
    """Whether each row's participant is in the Peserta group now: for these users, or every row."""
    rows = EnrollmentSummary.objects.all()
    if user_ids is not None:
        rows = rows.filter(user_id__in=list(user_ids))
    return rows.update(participant=Exists(_members().filter(user_id=OuterRef("user_id"))))


def move_institution(source_id: int, target_id: int) -> int:
    """An institution merged into another: its members' rows follow them (the merge moves profiles in
    bulk, without a signal per profile)."""
    return EnrollmentSummary.objects.filter(institution_id=source_id).update(institution_id=target_id)


def rebuild() -> int:
    """Recompute every row from enrolments, profiles and completions; returns how many rows there are."""
    rows = (
        Enrollment.objects.order_by("pk")
        .annotate(participant=Exists(_members().filter(user_id=OuterRef("user_id"))))
        .values_list(
            "pk", "user_id", "course_id", "enrolled_at", "completion__completed_at",
            "user__profile__kecamatan_id", "user__profile__institution_id", "user__profile__occupation",
            "participant",
        )
    )  # fmt: skip
    count = 0
    with transaction.atomic():
        EnrollmentSummary.objects.all().delete()
        batch = []
        fields = [
            "enrollment_id", "user_id", "course_id", "enrolled_at", "completed_at", "kecamatan_id",
            "institution_id", "occupation", "participant",
        ]  # fmt: skip
        for row in rows.iterator(chunk_size=BATCH):
            values = dict(zip(fields, row, strict=True))
            values["occupation"] = values["occupation"] or ""
            batch.append(EnrollmentSummary(**values))
            if len(batch) >= BATCH:
                EnrollmentSummary.objects.bulk_create(batch)
                count += len(batch)
                batch = []
        EnrollmentSummary.objects.bulk_create(batch)
        count += len(batch)
    return count
