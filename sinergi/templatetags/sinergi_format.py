"""Figures shown to people, formatted the same way on every page."""

from decimal import ROUND_DOWN, Decimal, InvalidOperation

from django import template
from django.utils.formats import number_format

register = template.Library()

ONE_DECIMAL = Decimal("0.1")


@register.filter
def percent(value) -> str:
    """A percentage as the number before the "%": one decimal at most, in the active language's format
    (23,3 in Indonesian; 70 rather than 70,0). Cut, not rounded, so 69,96 never reads as a passing 70."""
    if value is None or value == "":
        return ""
    try:
        number = Decimal(str(value)).quantize(ONE_DECIMAL, rounding=ROUND_DOWN)
    except InvalidOperation:
        return ""
    if number == number.to_integral_value():
        number = number.quantize(Decimal(1))
    return number_format(number, use_l10n=True)
