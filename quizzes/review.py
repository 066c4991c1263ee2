"""What the result page may show, decided by the quiz's review settings. Pure: plain data in and out."""

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class ReviewPolicy:
    score: bool
    correctness: bool
    feedback: bool
    correct_answers: bool

    @classmethod
    def of(cls, quiz) -> "ReviewPolicy":
        return cls(
            score=quiz.review_show_score,
            correctness=quiz.review_show_correctness,
            feedback=quiz.review_show_feedback,
            correct_answers=quiz.review_show_correct_answers,
        )


@dataclass
class ReviewChoice:
    text: str
    picked: bool
    # None when the policy hides it.
    is_correct: bool | None = None
    picked_right: bool | None = None
    feedback: str = ""


@dataclass
class ReviewItem:
    position: int
    question: object
    choices: list[ReviewChoice] = field(default_factory=list)
    # "correct", "partial" or "wrong"; empty when the policy hides it.
    verdict: str = ""
    explanation: str = ""
    score: Decimal | None = None
    max_score: Decimal | None = None


def _verdict(score: Decimal | None, max_score: Decimal | None) -> str:
    if not score:
        return "wrong"
    return "correct" if score == max_score else "partial"


def build_review(rows: list[dict], quiz) -> dict:
    """Items to show and whether the score may be shown. The participant's own picks are always shown."""
    policy = ReviewPolicy.of(quiz)
    items = []
    for row in rows:
        item = ReviewItem(position=row["position"], question=row["question"])
        for choice in row["choices"]:
            item.choices.append(
                ReviewChoice(
                    text=choice["text"],
                    picked=choice["picked"],
                    is_correct=choice["is_correct"] if policy.correct_answers else None,
                    picked_right=choice["is_correct"] if policy.correctness and choice["picked"] else None,
                    feedback=choice["feedback"] if policy.feedback and choice["picked"] else "",
                )
            )
        if policy.correctness:
            item.verdict = _verdict(row["score"], row["max_score"])
        if policy.feedback:
            item.explanation = row["question"].explanation
        if policy.score:
            item.score, item.max_score = row["score"], row["max_score"]
        items.append(item)
    # How many answers were right, partly right and wrong, for the line above the folded review.
    tally = {
        verdict: sum(1 for item in items if item.verdict == verdict)
        for verdict in ("correct", "partial", "wrong")
    }
    return {"policy": policy, "items": items, "tally": tally if policy.correctness else None}
