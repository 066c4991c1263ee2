"""With REDIS_URL the cache is Redis and sessions are cached_db: a Redis restart must not fail requests."""

import pytest
from django.core.cache import caches
from django.test import override_settings

from sinergi.cache import ForgivingRedisCache

# Nothing listens on the discard port of 127.0.0.1: Redis is down.
REDIS_DOWN = {
    "default": {
        "BACKEND": "sinergi.cache.ForgivingRedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }
}


def test_an_unreachable_redis_is_a_miss_not_an_error():
    cache = ForgivingRedisCache("redis://127.0.0.1:9/0", {})
    assert cache.get("rate-limit", "nothing") == "nothing"
    cache.set("rate-limit", [1, 2])
    assert cache.add("lock", 1) is False
    assert cache.get_many(["a", "b"]) == {}
    assert cache.delete("rate-limit") is False
    with pytest.raises(ValueError):
        cache.incr("counter")


@pytest.mark.django_db
def test_a_logged_in_participant_keeps_working_while_redis_is_down(client, participant):
    with override_settings(CACHES=REDIS_DOWN, SESSION_ENGINE="django.contrib.sessions.backends.cached_db"):
        assert isinstance(caches["default"], ForgivingRedisCache)
        client.force_login(participant)
        response = client.get("/profil/")
        assert response.status_code == 200
        assert response.context["user"] == participant
