"""What the H5P app holds about one participant: their copy of it, and its erasure (people.signals)."""

from .models import H5PResult, H5PUserData

# xAPI statement parts that can name a person (the player sends none, but the browser is not trusted).
IDENTIFYING_KEYS = ("actor", "authority")


def export(user) -> dict:
    return {
        "results": [
            {
                "activity": str(result.activity),
                "verb": result.verb,
                "score": result.score,
                "max_score": result.max_score,
                "completed": result.completed,
                "passed": result.passed,
                "recorded_at": result.created_at,
            }
            for result in H5PResult.objects.filter(user=user)
            .select_related("activity")
            .order_by("created_at")
        ],
        "saved_states": [
            {"activity": str(row.activity), "state": row.state, "updated_at": row.updated_at}
            for row in H5PUserData.objects.filter(user=user).select_related("activity").order_by("pk")
        ],
    }


def erase(user) -> None:
    """Results stay (module completion and reports count them) without any name a browser put in them;
    where the participant left off in each activity is of no use to anyone else and goes."""
    H5PUserData.objects.filter(user=user).delete()
    for result in H5PResult.objects.filter(user=user).only("pk", "statement"):
        if isinstance(result.statement, dict) and any(key in result.statement for key in IDENTIFYING_KEYS):
            for key in IDENTIFYING_KEYS:
                result.statement.pop(key, None)
            H5PResult.objects.filter(pk=result.pk).update(statement=result.statement)
