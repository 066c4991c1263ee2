"""Asking the apps above which rows a user may see, without importing them (see docs/architecture.md)."""

from functools import reduce
from operator import or_

from django.dispatch import Signal


def visible_rows(signal: Signal, queryset, *, user):
    """`queryset` narrowed to the rows that any receiver of `signal` lets `user` see. Each receiver answers a
    Q (an empty Q: every row), or None for no opinion. Nobody answering means nothing is visible: a listing
    fails closed."""
    answers = [
        answer for _receiver, answer in signal.send(sender=queryset.model, user=user) if answer is not None
    ]
    if not answers:
        return queryset.none()
    if any(len(answer) == 0 for answer in answers):
        return queryset
    return queryset.filter(reduce(or_, answers))
