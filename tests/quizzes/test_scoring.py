"""Scoring and grading are pure: every question kind, every grading method, and hypothesis properties."""

import random
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizzes.choices import GradingMethod, QuestionKind
from quizzes.scoring import QuestionKey, grade, is_passed, percent, score_attempt, score_question

SINGLE = QuestionKey(kind=QuestionKind.SINGLE, choices=frozenset({1, 2, 3}), correct=frozenset({2}))
TRUE_FALSE = QuestionKey(kind=QuestionKind.TRUE_FALSE, choices=frozenset({4, 5}), correct=frozenset({5}))
SCENARIO = QuestionKey(kind=QuestionKind.SCENARIO, choices=frozenset({6, 7}), correct=frozenset({6}))
MULTI_ALL = QuestionKey(
    kind=QuestionKind.MULTIPLE, choices=frozenset({1, 2, 3, 4}), correct=frozenset({1, 2})
)
MULTI_PARTIAL = QuestionKey(
    kind=QuestionKind.MULTIPLE, choices=frozenset({1, 2, 3, 4}), correct=frozenset({1, 2}), partial=True
)


@pytest.mark.parametrize("key", [SINGLE, TRUE_FALSE, SCENARIO], ids=["single", "true_false", "scenario"])
def test_single_answer_kinds_score_only_the_right_choice(key):
    right = next(iter(key.correct))
    wrong = next(iter(key.choices - key.correct))
    assert score_question(key, [right]).score == 1
    assert score_question(key, [right]).is_correct
    assert score_question(key, [wrong]).score == 0
    assert score_question(key, []).score == 0
    # Two picks on a single-answer question earn nothing, even if one is right.
    assert score_question(key, [right, wrong]).score == 0


def test_multiple_all_or_nothing_needs_exactly_the_right_set():
    assert score_question(MULTI_ALL, [1, 2]).score == 1
    assert score_question(MULTI_ALL, [1]).score == 0
    assert score_question(MULTI_ALL, [1, 2, 3]).score == 0
    assert score_question(MULTI_ALL, []).score == 0


def test_multiple_partial_credit_adds_rights_and_takes_away_wrongs():
    assert score_question(MULTI_PARTIAL, [1, 2]).score == 1
    assert score_question(MULTI_PARTIAL, [1]).score == Decimal("0.5")
    assert not score_question(MULTI_PARTIAL, [1]).is_correct
    assert score_question(MULTI_PARTIAL, [1, 2, 3]).score == Decimal("0.5")
    assert score_question(MULTI_PARTIAL, [1, 3]).score == 0
    # Picking everything earns nothing, so guessing all does not pay.
    assert score_question(MULTI_PARTIAL, [1, 2, 3, 4]).score == 0


def test_points_weight_the_question_and_unknown_choices_are_ignored():
    heavy = QuestionKey(
        kind=QuestionKind.SINGLE, choices=frozenset({1, 2}), correct=frozenset({1}), points=Decimal(3)
    )
    assert score_question(heavy, [1, 999]).score == 3
    assert score_question(heavy, [999]).score == 0


def test_score_attempt_totals_points_and_percent_and_counts_blanks_as_zero():
    keys = {10: SINGLE, 11: MULTI_PARTIAL, 12: TRUE_FALSE, 13: SCENARIO}
    result = score_attempt(keys, {10: [2], 11: [1], 12: [4]})
    assert result.score == Decimal("1.5")
    assert result.max_score == 4
    assert result.percent == Decimal("37.50")
    assert result.questions[13].score == 0


def test_percent_of_an_empty_quiz_is_zero():
    assert percent(Decimal(0), Decimal(0)) == 0


def test_pass_mark_is_inclusive():
    assert is_passed(Decimal("70.00"), 70)
    assert not is_passed(Decimal("69.99"), 70)


@pytest.mark.parametrize(
    ("method", "expected"),
    [
        (GradingMethod.HIGHEST, Decimal("80")),
        (GradingMethod.LAST, Decimal("60")),
        (GradingMethod.FIRST, Decimal("40")),
        (GradingMethod.AVERAGE, Decimal("60.00")),
    ],
)
def test_grading_methods(method, expected):
    assert grade([Decimal("40"), Decimal("80"), Decimal("60")], method) == expected


def test_no_grade_before_any_attempt():
    assert grade([], GradingMethod.HIGHEST) is None


# --- Properties ------------------------------------------------------------------------------------

kinds = st.sampled_from(
    [QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.TRUE_FALSE, QuestionKind.SCENARIO]
)


@st.composite
def keys(draw):
    kind = draw(kinds)
    choices = draw(st.sets(st.integers(1, 50), min_size=2, max_size=8))
    if kind == QuestionKind.MULTIPLE:
        correct = draw(st.sets(st.sampled_from(sorted(choices)), min_size=1))
    else:
        correct = {draw(st.sampled_from(sorted(choices)))}
    points = Decimal(draw(st.integers(1, 10)))
    return QuestionKey(
        kind=kind,
        choices=frozenset(choices),
        correct=frozenset(correct),
        points=points,
        partial=draw(st.booleans()),
    )


@given(key=keys(), data=st.data())
def test_property_score_stays_within_zero_and_points(key, data):
    picked = data.draw(st.lists(st.integers(0, 60), max_size=10))
    result = score_question(key, picked)
    assert 0 <= result.score <= key.points
    assert result.is_correct == (result.score == key.points)


@given(key=keys(), data=st.data())
def test_property_order_and_repetition_of_answers_do_not_matter(key, data):
    picked = data.draw(st.lists(st.sampled_from(sorted(key.choices)), max_size=10))
    shuffled = picked[:]
    random.Random(data.draw(st.integers())).shuffle(shuffled)
    assert score_question(key, picked) == score_question(key, shuffled + picked)


@given(data=st.data())
def test_property_partial_credit_is_monotonic(data):
    choices = data.draw(st.sets(st.integers(1, 30), min_size=2, max_size=8))
    correct = data.draw(st.sets(st.sampled_from(sorted(choices)), min_size=1))
    key = QuestionKey(
        kind=QuestionKind.MULTIPLE, choices=frozenset(choices), correct=frozenset(correct), partial=True
    )
    picked = data.draw(st.sets(st.sampled_from(sorted(choices))))
    base = score_question(key, picked).score
    for extra in correct - picked:
        assert score_question(key, picked | {extra}).score >= base
    for extra in (key.choices - key.correct) - picked:
        assert score_question(key, picked | {extra}).score <= base
    assert score_question(key, key.correct).score == key.points


@given(data=st.data())
def test_property_attempt_percent_within_bounds_and_answer_order_irrelevant(data):
    key_list = data.draw(st.lists(keys(), min_size=1, max_size=12))
    question_keys = dict(enumerate(key_list))
    answers = {
        qid: data.draw(st.lists(st.sampled_from(sorted(key.choices)), max_size=4))
        for qid, key in question_keys.items()
    }
    result = score_attempt(question_keys, answers)
    assert 0 <= result.percent <= 100
    assert 0 <= result.score <= result.max_score
    reversed_answers = dict(reversed(list(answers.items())))
    assert score_attempt(question_keys, reversed_answers) == result


@given(st.lists(st.decimals(0, 100, places=2), min_size=1, max_size=10), st.sampled_from(list(GradingMethod)))
def test_property_grade_lies_between_worst_and_best_attempt(percents, method):
    result = grade(percents, method)
    assert min(percents) <= result <= max(percents)
