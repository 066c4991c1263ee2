"""Slow down code guessing on the verification page: a budget of misses per address, kept in the cache.

Only misses (unknown or malformed codes) count, so an officer checking many genuine certificates is never
stopped; once the budget is spent, every lookup from that address waits for the window to pass.
"""

from django.conf import settings
from django.core.cache import cache

DEFAULT_MISSES = 20
DEFAULT_WINDOW = 15 * 60


def _limits() -> tuple[int, int]:
    return (
        getattr(settings, "CERTIFICATES_VERIFY_MAX_MISSES", DEFAULT_MISSES),
        getattr(settings, "CERTIFICATES_VERIFY_WINDOW_SECONDS", DEFAULT_WINDOW),
    )


def client_address(request) -> str:
    # Behind a proxy, set CERTIFICATES_CLIENT_IP_HEADER (e.g. "HTTP_X_REAL_IP") to the header it sets.
    header = getattr(settings, "CERTIFICATES_CLIENT_IP_HEADER", "")
    address = request.META.get(header, "") if header else ""
    return address.split(",")[0].strip() or request.META.get("REMOTE_ADDR", "unknown")


def _key(request) -> str:
    return f"certificates:verify-misses:{client_address(request)}"


def is_blocked(request) -> bool:
    limit, _window = _limits()
    return (cache.get(_key(request)) or 0) >= limit


def record_miss(request) -> None:
    _limit, window = _limits()
    key = _key(request)
    if not cache.add(key, 1, timeout=window):
        try:
            cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.add(key, 1, timeout=window)
