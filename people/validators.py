"""Pure checks on participant input; no database needed."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_SEPARATORS = re.compile(r"[\s\-.()]")
# Indonesian mobile numbers: 08xx / +628xx / 628xx, 10 to 13 digits in the national form.
_MOBILE = re.compile(r"^(?:\+62|62|0)(8\d{8,11})$")


def normalize_whatsapp(value: str) -> str:
    """Return the number as +628…, or raise ValidationError with an Indonesian message."""
    compact = _SEPARATORS.sub("", value or "")
    match = _MOBILE.match(compact)
    if not match:
        raise ValidationError(
            _("Enter an Indonesian mobile number, for example 0812-3456-7890 or +62 812 3456 7890."),
            code="invalid_whatsapp",
        )
    return "+62" + match.group(1)


def validate_whatsapp(value: str) -> None:
    if value:
        normalize_whatsapp(value)
