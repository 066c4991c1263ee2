"""Read-only loading for the participant pages, a fixed number of queries each.

The taking page loads choices with `only("id", "text")`: which choice is correct never reaches a page
before the attempt is submitted.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone

from sinergi.access import visible_rows

from . import analysis
from .choices import AttemptStatus, QuestionKind
from .models import Attempt, AttemptAnswer, Choice, Question, QuestionTag
from .signals import attempts_visible


@dataclass
class Sheet:
    """One question of an open attempt, as the taking page shows it."""

    position: int
    total: int
    question: Question
    choices: list[Choice]
    selected: set[int]
    navigation: list[tuple[int, bool]] = field(default_factory=list)
    remaining_seconds: int | None = None

    @property
    def is_multiple(self) -> bool:
        return self.question.kind == QuestionKind.MULTIPLE

    @property
    def is_last(self) -> bool:
        return self.position >= self.total

    @property
    def answered(self) -> int:
        return sum(1 for _, done in self.navigation if done)


def _positions(attempt: Attempt) -> list[tuple[int, bool]]:
    rows = (
        AttemptAnswer.objects.filter(attempt=attempt).order_by("position").values_list("position", "selected")
    )
    return [(position, bool(selected)) for position, selected in rows]


def remaining_seconds(attempt: Attempt) -> int | None:
    if attempt.deadline is None:
        return None
    return max(int((attempt.deadline - timezone.now()).total_seconds()), 0)


def progress(attempt: Attempt) -> tuple[int, int]:
    positions = _positions(attempt)
    return sum(1 for _, done in positions if done), len(positions)


def positions(attempt: Attempt) -> list[int]:
    """The attempt's question positions, in order (one query, none of the questions' content)."""
    return [position for position, _done in _positions(attempt)]


def first_unanswered_position(attempt: Attempt) -> int:
    """Where a participant resumes: the first question without an answer, else the first."""
    positions = _positions(attempt)
    return next((position for position, done in positions if not done), 1)


def attempt_sheets(attempt: Attempt) -> list[Sheet]:
    """Every question of an open attempt, in its order, as the taking page shows them (4 queries whatever
    the number of questions): the page holds the whole attempt, so a phone that loses its signal can still
    go from question to question (quizzes.js shows one at a time)."""
    answers = list(
        AttemptAnswer.objects.filter(attempt=attempt)
        .select_related("question", "question__scenario_image")
        .prefetch_related("question__scenario_image__renditions")
        .defer("question__explanation")
        .order_by("position")
    )
    by_id = {
        choice.pk: choice
        for choice in Choice.objects.filter(
            pk__in=[cid for answer in answers for cid in answer.choice_order]
        ).only("id", "text")
    }
    navigation = [(answer.position, bool(answer.selected)) for answer in answers]
    remaining = remaining_seconds(attempt)
    return [
        Sheet(
            position=answer.position,
            total=len(navigation),
            question=answer.question,
            choices=[by_id[cid] for cid in answer.choice_order if cid in by_id],
            selected=set(answer.selected),
            navigation=navigation,
            remaining_seconds=remaining,
        )
        for answer in answers
    ]


def attempt_overview(attempt: Attempt) -> dict:
    rows = (
        AttemptAnswer.objects.filter(attempt=attempt)
        .order_by("position")
        .values_list("position", "selected", "question__text")
    )
    rows = [
        {"position": position, "answered": bool(selected), "text": text} for position, selected, text in rows
    ]
    answered = sum(1 for row in rows if row["answered"])
    return {
        "rows": rows,
        "answered": answered,
        "total": len(rows),
        "unanswered": len(rows) - answered,
        "remaining_seconds": remaining_seconds(attempt),
    }


def _decimal(results: dict, question_id: int, index: int) -> Decimal | None:
    pair = results.get(str(question_id))
    return Decimal(pair[index]) if pair else None


def review_rows(attempt: Attempt) -> list[dict]:
    """Everything the review could show, as plain data; review.build_review decides what is shown."""
    answers = list(
        AttemptAnswer.objects.filter(attempt=attempt)
        .select_related("question", "question__scenario_image")
        .order_by("position")
    )
    results = attempt.results or {}
    choices = {}
    for choice in Choice.objects.filter(question_id__in=[a.question_id for a in answers]).order_by(
        "sort_order"
    ):
        choices.setdefault(choice.question_id, []).append(choice)
    rows = []
    for answer in answers:
        order = {cid: index for index, cid in enumerate(answer.choice_order)}
        own = sorted(choices.get(answer.question_id, []), key=lambda c: order.get(c.pk, len(order)))
        rows.append(
            {
                "position": answer.position,
                "question": answer.question,
                "score": _decimal(results, answer.question_id, 0),
                "max_score": _decimal(results, answer.question_id, 1),
                "choices": [
                    {
                        "text": c.text,
                        "is_correct": c.is_correct,
                        "feedback": c.feedback,
                        "picked": c.pk in answer.selected,
                    }
                    for c in own
                ],
            }
        )
    return rows


def item_analysis(quiz, attempts=None) -> dict:
    """Facility, discrimination and choice picks per question, and mastery per topic tag (5 queries), over
    `attempts` (the ones the viewer may see; all by default)."""
    attempts = Attempt.objects.all() if attempts is None else attempts
    submitted = attempts.filter(quiz=quiz, status=AttemptStatus.SUBMITTED)
    totals, results = {}, {}
    for pk, percent, scored in submitted.values_list("pk", "score_percent", "results"):
        totals[pk], results[pk] = percent, scored or {}
    rows = AttemptAnswer.objects.filter(attempt__in=submitted).values_list(
        "attempt_id", "question_id", "selected"
    )
    records = [
        analysis.AnswerRecord(
            attempt=a,
            question=q,
            selected=tuple(sel),
            fraction=analysis.fraction(_decimal(results[a], q, 0), _decimal(results[a], q, 1)),
        )
        for a, q, sel in rows
    ]
    stats = analysis.item_statistics(records, totals)
    questions = Question.objects.filter(pk__in=stats).prefetch_related("choices").order_by("pk")
    tags = defaultdict(list)
    for question_id, name in QuestionTag.objects.filter(content_object_id__in=stats).values_list(
        "content_object_id", "tag__name"
    ):
        tags[question_id].append(name)
    items = []
    for question in questions:
        item = stats[question.pk]
        items.append(
            {
                "question": question,
                "tags": sorted(tags[question.pk]),
                "stats": item,
                "choices": [
                    {
                        "text": choice.text,
                        "is_correct": choice.is_correct,
                        "count": item.picks.get(choice.pk, 0),
                        "share": item.picks.get(choice.pk, 0) / item.responses if item.responses else 0,
                    }
                    for choice in question.choices.all()
                ],
            }
        )
    return {"attempt_count": len(totals), "items": items, "mastery": analysis.tag_mastery(records, tags)}


def visible_attempts(user):
    """The attempts `user` may see in the reports: the apps above answer `attempts_visible` (an officer:
    all; a trainer: their own courses' quizzes and workshop tests)."""
    return visible_rows(attempts_visible, Attempt.objects.all(), user=user)
