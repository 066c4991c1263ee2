"""Drawing questions for an attempt, and item analysis, as pure functions."""

import random
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from quizzes.analysis import AnswerRecord, fraction, item_statistics, split_groups, tag_mastery
from quizzes.drawing import draw_questions, order_choices


def test_fixed_questions_come_first_then_draws_without_repeats():
    drawn = draw_questions(
        [1, 2], [([2, 3, 4, 5], 2), ([3, 4, 5, 6], 10)], shuffle=False, rng=random.Random(1)
    )
    assert drawn[:2] == [1, 2]
    assert len(drawn) == len(set(drawn)) == 6
    assert set(drawn) == {1, 2, 3, 4, 5, 6}


def test_shuffle_keeps_the_same_questions():
    plain = draw_questions(list(range(20)), [], shuffle=False, rng=random.Random(3))
    mixed = draw_questions(list(range(20)), [], shuffle=True, rng=random.Random(3))
    assert plain == list(range(20))
    assert mixed != plain and sorted(mixed) == plain


def test_choice_order_shuffles_only_when_asked():
    assert order_choices([1, 2, 3], shuffle=False, rng=random.Random(0)) == [1, 2, 3]
    assert sorted(order_choices([1, 2, 3, 4, 5, 6], shuffle=True, rng=random.Random(0))) == [1, 2, 3, 4, 5, 6]


@given(
    st.lists(st.integers(1, 40), max_size=10),
    st.lists(st.tuples(st.lists(st.integers(1, 40), max_size=20), st.integers(1, 8)), max_size=4),
    st.booleans(),
    st.integers(),
)
def test_property_draw_never_repeats_and_respects_counts(fixed, pools, shuffle, seed):
    drawn = draw_questions(fixed, pools, shuffle=shuffle, rng=random.Random(seed))
    assert len(drawn) == len(set(drawn))
    assert set(fixed) <= set(drawn)
    assert len(drawn) <= len(set(fixed)) + sum(count for _, count in pools)


def _records(table):
    """table: {attempt: {question: (selected, fraction)}}"""
    return [
        AnswerRecord(attempt=attempt, question=q, selected=tuple(sel), fraction=frac)
        for attempt, answers in table.items()
        for q, (sel, frac) in answers.items()
    ]


def test_facility_discrimination_and_picks():
    # Four attempts; question 1 is answered right only by the two strongest, question 2 by everyone.
    table = {
        "a": {1: ([11], 1.0), 2: ([21], 1.0)},
        "b": {1: ([11], 1.0), 2: ([21], 1.0)},
        "c": {1: ([12], 0.0), 2: ([21], 1.0)},
        "d": {1: ([], 0.0), 2: ([21], 1.0)},
    }
    totals = {"a": 100, "b": 90, "c": 50, "d": 40}
    stats = item_statistics(_records(table), totals)
    assert stats[1].facility == 0.5
    assert stats[1].discrimination == 1.0
    assert stats[1].picks == {11: 2, 12: 1}
    assert stats[1].blanks == 1
    assert stats[2].facility == 1.0
    assert stats[2].discrimination == 0.0


def test_discrimination_needs_two_attempts():
    stats = item_statistics(_records({"a": {1: ([1], 1.0)}}), {"a": 100})
    assert stats[1].discrimination is None
    assert stats[1].facility == 1.0


def test_groups_are_the_top_and_bottom_27_percent():
    totals = {i: i for i in range(100)}
    upper, lower = split_groups(totals)
    assert upper == set(range(73, 100))
    assert lower == set(range(27))


def test_mastery_per_tag_weakest_first():
    table = {"a": {1: ([1], 1.0), 2: ([2], 0.0), 3: ([3], 0.5)}, "b": {1: ([1], 1.0), 2: ([2], 1.0)}}
    mastery = tag_mastery(_records(table), {1: ["KDRT"], 2: ["modus TPPO"], 3: ["modus TPPO", "rujukan"]})
    assert [(m.tag, m.questions, m.responses, round(m.mastery, 3)) for m in mastery] == [
        ("modus TPPO", 2, 3, 0.5),
        ("rujukan", 1, 1, 0.5),
        ("KDRT", 1, 2, 1.0),
    ]


def test_fraction_of_points():
    assert fraction(Decimal("0.5"), Decimal(2)) == 0.25
    assert fraction(None, Decimal(1)) == 0.0
    assert fraction(Decimal(1), None) == 0.0
