"""The read side of H5P: a participant's best results, and who may play an activity."""

from django.db.models import Case, F, IntegerField, Max, When

from .models import H5PResult


def best_results(*, user, activity_ids) -> dict[int, dict]:
    """Per activity: the participant's best percentage and whether any result said completed."""
    if not user.is_authenticated:
        return {}
    rows = (
        H5PResult.objects.filter(user=user, activity_id__in=list(activity_ids), max_score__gt=0)
        .values("activity_id")
        .annotate(
            best=Max(F("score") * 100 / F("max_score")),
            done=Max(Case(When(completed=True, then=1), default=0, output_field=IntegerField())),
        )
    )
    return {row["activity_id"]: {"percent": row["best"], "completed": bool(row["done"])} for row in rows}
