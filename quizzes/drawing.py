"""Which questions an attempt gets and in which order: pure functions, the random source passed in."""

import random
from collections.abc import Sequence


def draw_questions(
    fixed: Sequence[int],
    pools: Sequence[tuple[Sequence[int], int]],
    *,
    shuffle: bool,
    rng: random.Random,
) -> list[int]:
    """Fixed questions first (in their order), then `count` from each pool, never the same question twice.

    A pool smaller than its count gives what it has. With `shuffle`, the whole list is shuffled.
    """
    chosen = list(dict.fromkeys(fixed))
    taken = set(chosen)
    for pool, count in pools:
        candidates = [qid for qid in dict.fromkeys(pool) if qid not in taken]
        picked = rng.sample(candidates, min(count, len(candidates)))
        chosen.extend(picked)
        taken.update(picked)
    if shuffle:
        rng.shuffle(chosen)
    return chosen


def order_choices(choice_ids: Sequence[int], *, shuffle: bool, rng: random.Random) -> list[int]:
    ordered = list(choice_ids)
    if shuffle:
        rng.shuffle(ordered)
    return ordered
