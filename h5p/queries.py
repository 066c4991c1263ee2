"""The read side of H5P: a participant's best results."""

from django.db.models import Case, F, IntegerField, Max, When

from .models import H5PResult


def best_results(*, user, activity_ids=None, exclude_pk: int | None = None) -> dict[int, dict]:
    """Per activity (all of them when no ids are given): the participant's best percentage (None when no
    result had a score) and whether any result said the activity was completed."""
    if not user.is_authenticated:
        return {}
    results = H5PResult.objects.filter(user=user)
    if activity_ids is not None:
        results = results.filter(activity_id__in=list(activity_ids))
    if exclude_pk is not None:
        results = results.exclude(pk=exclude_pk)
    rows = results.values("activity_id").annotate(
        best=Max(
            Case(When(max_score__gt=0, then=F("score") * 100 / F("max_score")), output_field=IntegerField())
        ),
        done=Max(Case(When(completed=True, then=1), default=0, output_field=IntegerField())),
    )
    return {row["activity_id"]: {"percent": row["best"], "completed": bool(row["done"])} for row in rows}


def requirement_met(result: dict | None, *, requirement: str, pass_percent: int | None) -> bool:
    """Whether a best result (from best_results) meets a lesson block's requirement."""
    from .choices import H5PRequirement

    if requirement == H5PRequirement.NONE:
        return True
    if result is None:
        return False
    if requirement == H5PRequirement.COMPLETED:
        return result["completed"]
    return result["percent"] is not None and result["percent"] >= (pass_percent or 100)
