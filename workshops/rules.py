"""The completion rule as a pure function: no database, easy to test."""

from .choices import AttendanceRule


def sessions_needed(*, rule: str, total: int, minimum: int | None) -> int:
    """How many sessions earn the certificate. "At least N" never asks for more sessions than there are."""
    if total <= 0:
        return 1  # a workshop without sessions cannot be completed
    if rule == AttendanceRule.AT_LEAST and minimum:
        return min(minimum, total)
    return total


def rule_met(
    *,
    rule: str,
    attended: int,
    total: int,
    minimum: int | None,
    post_test_required: bool,
    post_test_passed: bool,
) -> bool:
    if total <= 0 or attended < sessions_needed(rule=rule, total=total, minimum=minimum):
        return False
    return post_test_passed or not post_test_required
