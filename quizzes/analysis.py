"""Item analysis, as pure functions over plain records.

- facility: the mean share of the points earned on a question (for all-or-nothing questions this is the
  share of participants who got it right), 0..1;
- discrimination: facility in the upper group minus facility in the lower group, the groups being the top
  and bottom 27% of attempts by total score (the classic Kelley split), -1..1;
- picks: how often each choice was picked, and how often the question was left blank;
- mastery per topic tag: the mean share of points earned on the questions carrying that tag.
"""

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

GROUP_SHARE = 0.27


@dataclass(frozen=True)
class AnswerRecord:
    attempt: Hashable
    question: int
    selected: tuple[int, ...]
    fraction: float


@dataclass
class ItemStats:
    responses: int = 0
    facility: float | None = None
    discrimination: float | None = None
    blanks: int = 0
    picks: Counter = field(default_factory=Counter)


@dataclass(frozen=True)
class TagMastery:
    tag: str
    questions: int
    responses: int
    mastery: float


def fraction(score: Decimal | None, max_score: Decimal | None) -> float:
    if not max_score:
        return 0.0
    return float((score or 0) / max_score)


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def split_groups(totals: Mapping[Hashable, Decimal | float], share: float = GROUP_SHARE) -> tuple[set, set]:
    """(upper, lower) attempt ids. Empty groups with fewer than two attempts."""
    if len(totals) < 2:
        return set(), set()
    ordered = sorted(totals, key=lambda attempt: (totals[attempt], str(attempt)))
    size = max(1, min(round(len(ordered) * share), len(ordered) // 2))
    return set(ordered[-size:]), set(ordered[:size])


def item_statistics(
    records: Iterable[AnswerRecord], totals: Mapping[Hashable, Decimal | float]
) -> dict[int, ItemStats]:
    upper, lower = split_groups(totals)
    by_question = defaultdict(list)
    for record in records:
        by_question[record.question].append(record)
    stats = {}
    for question, answers in by_question.items():
        item = ItemStats(responses=len(answers))
        item.facility = _mean([a.fraction for a in answers])
        for answer in answers:
            item.picks.update(answer.selected)
            item.blanks += not answer.selected
        high = _mean([a.fraction for a in answers if a.attempt in upper])
        low = _mean([a.fraction for a in answers if a.attempt in lower])
        if high is not None and low is not None:
            item.discrimination = high - low
        stats[question] = item
    return stats


def tag_mastery(records: Iterable[AnswerRecord], tags: Mapping[int, Iterable[str]]) -> list[TagMastery]:
    """Mastery per tag, weakest first, so trainers see what to teach again."""
    fractions, questions = defaultdict(list), defaultdict(set)
    for record in records:
        for tag in tags.get(record.question, ()):
            fractions[tag].append(record.fraction)
            questions[tag].add(record.question)
    result = [
        TagMastery(
            tag=tag, questions=len(questions[tag]), responses=len(values), mastery=sum(values) / len(values)
        )
        for tag, values in fractions.items()
    ]
    return sorted(result, key=lambda row: (row.mastery, row.tag))
