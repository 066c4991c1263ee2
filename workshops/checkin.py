"""Self check-in codes: an HMAC of the session id and the current time window, so every app server computes
the same code without shared state, and a code (or a screenshot of its QR) dies within two windows.

A code reads "<window>.<mac>"; the window number is in the clear so a stale code can be told from a forged
one.
"""

import time
from dataclasses import dataclass

from django.conf import settings
from django.utils.crypto import constant_time_compare, salted_hmac

SALT = "workshops.checkin"


def period_seconds() -> int:
    """How long one code is shown. It keeps working for one more period: a scan started just before a change
    still works."""
    return int(getattr(settings, "WORKSHOPS_CHECKIN_PERIOD_SECONDS", 30))


def current_window(now: float | None = None) -> int:
    return int((time.time() if now is None else now) // period_seconds())


def seconds_left(now: float | None = None) -> int:
    now = time.time() if now is None else now
    return int(period_seconds() - now % period_seconds()) or period_seconds()


def _mac(session_id: int, window: int) -> str:
    return salted_hmac(SALT, f"{session_id}:{window}", algorithm="sha256").hexdigest()[:24]


def make_code(session_id: int, *, now: float | None = None) -> str:
    window = current_window(now)
    return f"{window}.{_mac(session_id, window)}"


@dataclass(frozen=True)
class CodeCheck:
    """The verdict on a code: `problem` is empty, "forged", "other_session" or "stale"."""

    problem: str
    window: int | None = None


def check_code(code: str, *, session_id: int, sibling_ids=(), now: float | None = None) -> CodeCheck:
    """Whether `code` was made for `session_id` in this window or the one before.

    `sibling_ids` are the workshop's other sessions: a code of one of them gets its own answer."""
    window_text, _dot, mac = code.partition(".")
    if not window_text.isdigit() or not mac:
        return CodeCheck("forged")
    window = int(window_text)
    if not constant_time_compare(mac, _mac(session_id, window)):
        if any(
            constant_time_compare(mac, _mac(other, window)) for other in sibling_ids if other != session_id
        ):
            return CodeCheck("other_session", window)
        return CodeCheck("forged", window)
    current = current_window(now)
    if window > current:
        return CodeCheck("forged", window)  # nobody was shown this code yet
    if window < current - 1:
        return CodeCheck("stale", window)
    return CodeCheck("", window)


def qr_svg(url: str) -> str:
    """The check-in URL as an inline SVG QR code, large modules so a phone reads it across a meeting room."""
    import segno

    return segno.make(url, error="m").svg_inline(scale=8, border=2, dark="#1f2328", omitsize=True)
