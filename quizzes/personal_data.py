"""What quizzes holds about one participant, for their copy of their data (people.signals)."""

from .models import Attempt, Choice


def export(user) -> list[dict]:
    attempts = list(
        Attempt.objects.filter(user=user)
        .select_related("quiz")
        .prefetch_related("answers__question")
        .order_by("started_at")
    )
    choice_ids = {cid for attempt in attempts for answer in attempt.answers.all() for cid in answer.selected}
    choices = dict(Choice.objects.filter(pk__in=choice_ids).values_list("pk", "text"))
    return [_attempt(attempt, choices) for attempt in attempts]


def _attempt(attempt: Attempt, choices: dict[int, str]) -> dict:
    # Per-question results only where the quiz shows them to the participant anyway: the export must not
    # become a way around a quiz that hides which answers were right.
    show_results = attempt.quiz.review_show_correctness and not attempt.is_open
    return {
        "quiz": attempt.quiz.title,
        "context": attempt.context,
        "number": attempt.number,
        "status": attempt.get_status_display(),
        "started_at": attempt.started_at,
        "submitted_at": attempt.submitted_at,
        "score": attempt.score,
        "max_score": attempt.max_score,
        "score_percent": attempt.score_percent,
        "passed": attempt.passed,
        "answers": [
            {
                "position": answer.position,
                "question": answer.question.text,
                "selected": [choices.get(cid, "") for cid in answer.selected],
                "answered_at": answer.answered_at,
                **({"result": attempt.results.get(str(answer.question_id))} if show_results else {}),
            }
            for answer in attempt.answers.all()
        ],
    }
