"""Slow down code guessing on the verification page: a budget of misses per client, kept in the shared cache.

Only misses (unknown or malformed codes) count, so an officer checking many genuine certificates never uses
any budget. The client is the address the trusted proxy reports (sinergi.clients), so one guesser behind
nginx, or one pupil on a school's network, spends only their own budget, never everyone's.

Once a client's budget is spent, every lookup from it waits for the window to pass, genuine codes included:
if a blocked client still got an answer for a correct code, 200 against 429 would itself tell a guesser
which guess was right, and the limit would slow nothing.

Guessing spread over many addresses is met by a site-wide count of misses. Past its threshold every client's
budget shrinks to a few misses: a visitor who has not mistyped (or mistyped once or twice) still verifies, a
guesser on each address is stopped after a few tries. It never refuses anyone by itself, it only slows.
"""

from django.conf import settings
from django.core.cache import cache

from sinergi.clients import client_address

DEFAULT_MISSES = 20
DEFAULT_WINDOW = 15 * 60
DEFAULT_SITE_MISSES = 300
DEFAULT_MISSES_UNDER_ATTACK = 3
SITE_KEY = "certificates:verify-misses:site"


def _setting(name: str, default: int) -> int:
    return getattr(settings, name, default)


def _client_key(request) -> str:
    return f"certificates:verify-misses:{client_address(request)}"


def _count(key: str, window: int) -> None:
    # add() then incr(): both atomic in Redis, so workers sharing the cache never lose a miss.
    if not cache.add(key, 1, timeout=window):
        try:
            cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.add(key, 1, timeout=window)


def budget() -> int:
    """Misses a client may make in one window: smaller while the whole site sees a wave of misses."""
    site_misses = cache.get(SITE_KEY) or 0
    if site_misses >= _setting("CERTIFICATES_VERIFY_SITE_MISSES", DEFAULT_SITE_MISSES):
        return _setting("CERTIFICATES_VERIFY_MAX_MISSES_UNDER_ATTACK", DEFAULT_MISSES_UNDER_ATTACK)
    return _setting("CERTIFICATES_VERIFY_MAX_MISSES", DEFAULT_MISSES)


def is_blocked(request) -> bool:
    return (cache.get(_client_key(request)) or 0) >= budget()


def record_miss(request) -> None:
    window = _setting("CERTIFICATES_VERIFY_WINDOW_SECONDS", DEFAULT_WINDOW)
    _count(_client_key(request), window)
    _count(SITE_KEY, window)
