"""Scoring and grading, as pure functions: no database, no request, easy to test with hypothesis.

A question is described by its `QuestionKey` (what is correct, how many points); an answer is the set of
choice ids the participant picked. Unknown choice ids are ignored here: views reject them earlier.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .choices import GradingMethod, QuestionKind

ZERO = Decimal(0)
SCORE_PLACES = Decimal("0.001")
PERCENT_PLACES = Decimal("0.01")
HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class QuestionKey:
    kind: str
    choices: frozenset[int]
    correct: frozenset[int]
    points: Decimal = Decimal(1)
    partial: bool = False


@dataclass(frozen=True, slots=True)
class QuestionScore:
    score: Decimal
    max_score: Decimal
    is_correct: bool


@dataclass(frozen=True, slots=True)
class AttemptScore:
    score: Decimal
    max_score: Decimal
    percent: Decimal
    questions: dict[int, QuestionScore]


def _fraction_multiple_partial(key: QuestionKey, picked: frozenset[int]) -> Decimal:
    """Each correct choice picked adds 1/|correct|, each wrong one takes away 1/|wrong|; never below 0.

    Picking every choice therefore earns nothing, so guessing everything does not pay.
    """
    wrong = key.choices - key.correct
    hits = len(picked & key.correct)
    misses = len(picked & wrong)
    fraction = Decimal(hits) / len(key.correct)
    if wrong:
        fraction -= Decimal(misses) / len(wrong)
    return max(fraction, ZERO)


def score_question(key: QuestionKey, selected: Iterable[int]) -> QuestionScore:
    picked = frozenset(selected) & key.choices
    if key.kind == QuestionKind.MULTIPLE and key.partial and key.correct:
        fraction = _fraction_multiple_partial(key, picked)
    elif key.kind == QuestionKind.MULTIPLE:
        fraction = Decimal(1) if picked and picked == key.correct else ZERO
    else:
        # Single choice, true/false and scenario: exactly one pick, and it must be the right one.
        fraction = Decimal(1) if len(picked) == 1 and picked <= key.correct else ZERO
    score = (key.points * fraction).quantize(SCORE_PLACES, rounding=ROUND_HALF_UP)
    return QuestionScore(score=score, max_score=key.points, is_correct=score == key.points)


def percent(score: Decimal, max_score: Decimal) -> Decimal:
    if max_score <= 0:
        return ZERO
    return (score * HUNDRED / max_score).quantize(PERCENT_PLACES, rounding=ROUND_HALF_UP)


def score_attempt(keys: Mapping[int, QuestionKey], answers: Mapping[int, Iterable[int]]) -> AttemptScore:
    """Score every question in `keys`; a question without an answer earns nothing."""
    questions = {qid: score_question(key, answers.get(qid, ())) for qid, key in keys.items()}
    total = sum((result.score for result in questions.values()), ZERO)
    maximum = sum((key.points for key in keys.values()), ZERO)
    return AttemptScore(score=total, max_score=maximum, percent=percent(total, maximum), questions=questions)


def is_passed(score_percent: Decimal, pass_mark: int | Decimal) -> bool:
    return score_percent >= Decimal(pass_mark)


def grade(percents: Sequence[Decimal], method: str) -> Decimal | None:
    """The quiz grade from the submitted attempts' percentages, oldest first; None before any attempt."""
    if not percents:
        return None
    if method == GradingMethod.LAST:
        return percents[-1]
    if method == GradingMethod.FIRST:
        return percents[0]
    if method == GradingMethod.AVERAGE:
        return (sum(percents, ZERO) / len(percents)).quantize(PERCENT_PLACES, rounding=ROUND_HALF_UP)
    return max(percents)
