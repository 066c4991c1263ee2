"""What courses holds about one participant, for their copy of their data (people.signals)."""

from .models import CourseCompletion, Enrollment


def export(user) -> list[dict]:
    enrollments = (
        Enrollment.objects.filter(user=user)
        .select_related("course")
        .prefetch_related("progress__module")
        .order_by("enrolled_at")
    )
    completions = {row.enrollment_id: row for row in CourseCompletion.objects.filter(user=user)}
    rows = []
    for enrollment in enrollments:
        completion = completions.get(enrollment.pk)
        rows.append(
            {
                "course": enrollment.course.title,
                "enrolled_at": enrollment.enrolled_at,
                "enrolled_by_officer": enrollment.enrolled_by_id is not None,
                "last_activity_at": enrollment.last_activity_at,
                "completed_at": completion.completed_at if completion else None,
                "modules": [
                    {
                        "module": progress.module.title,
                        "read_at": progress.read_at,
                        "quiz_passed_at": progress.quiz_passed_at,
                        "completed_at": progress.completed_at,
                    }
                    for progress in sorted(enrollment.progress.all(), key=lambda row: row.module.path)
                ],
            }
        )
    return rows
