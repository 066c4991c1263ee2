"""Reading the xAPI statements the player reports. Pure: no database."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from sinergi.errors import AppError

VERBS = {"completed", "answered", "passed", "failed"}


class StatementError(AppError):
    pass


@dataclass(frozen=True)
class Outcome:
    verb: str
    score: int
    max_score: int
    completed: bool
    passed: bool | None


def _number(value) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if value != value or value in (float("inf"), float("-inf")) or value != int(value):
        return None
    return int(value)


def read_statement(statement, *, expected_max: int | None) -> Outcome:
    """The verb and score of a meaningful top-level statement; anything else is refused with a code."""
    if not isinstance(statement, dict):
        raise StatementError(_("The result could not be read."), code="invalid")
    verb_id = (statement.get("verb") or {}).get("id") if isinstance(statement.get("verb"), dict) else None
    verb = verb_id.rsplit("/", 1)[-1] if isinstance(verb_id, str) else ""
    if verb not in VERBS:
        raise StatementError(_("This kind of statement is not recorded."), code="verb")
    context = statement.get("context")
    activities = context.get("contextActivities") if isinstance(context, dict) else None
    if isinstance(activities, dict) and activities.get("parent"):
        raise StatementError(_("Only the activity as a whole is recorded."), code="not_top_level")
    result = statement.get("result")
    score = result.get("score") if isinstance(result, dict) else None
    if not isinstance(score, dict):
        raise StatementError(_("The result has no score."), code="no_score")
    raw, top = _number(score.get("raw")), _number(score.get("max"))
    minimum = score.get("min", 0)
    if raw is None or top is None or minimum not in (0, 0.0) or not 0 <= raw <= top:
        raise StatementError(_("The score is not between 0 and the maximum."), code="score_range")
    if expected_max is not None and top != expected_max:
        raise StatementError(_("The maximum score does not match the activity."), code="max_mismatch")
    success = result.get("success")
    passed = success if isinstance(success, bool) else {"passed": True, "failed": False}.get(verb)
    completed = result.get("completion") is True or verb in {"completed", "passed", "failed"}
    return Outcome(verb=verb, score=raw, max_score=top, completed=completed, passed=passed)
