"""Signed, expiring play tokens: the lesson page issues one per participant and activity.

The player runs in a sandboxed frame with an opaque origin, so the browser sends it no cookies; the token in
the URL is what lets the player page and its files be served. Only a page that already decided the person
may see the lesson (Wagtail's serving and ModulePage.serve) issues one.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core import signing

SALT = "h5p.play"


@dataclass(frozen=True)
class Play:
    user_id: int
    activity_id: int


def issue(*, user_id: int, activity_id: int) -> str:
    return signing.TimestampSigner(salt=SALT).sign_object({"u": user_id, "a": activity_id}, compress=False)


def read(token: str) -> Play | None:
    try:
        data = signing.TimestampSigner(salt=SALT).unsign_object(token, max_age=settings.H5P_TOKEN_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("u"), int) or not isinstance(data.get("a"), int):
        return None
    return Play(user_id=data["u"], activity_id=data["a"])
