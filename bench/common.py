"""What every benchmark needs: Django with the production settings on a throw-away SQLite file, and a timer.

Each script in bench/ imports this first, builds its data, then prints `name: value unit` lines.
Times are server times measured around Django's test client. The database connection is closed before every
request, as a real server does with the production default CONN_MAX_AGE=0, so opening it and every
per-request query (session, user, site, settings) is in the figure. The cache is local memory, as on one
server without REDIS_URL; sessions therefore live in the database.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
_tmp = tempfile.mkdtemp(prefix="sinergi-bench-")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sinergi.settings.production")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{_tmp}/bench.sqlite3")
os.environ.setdefault("CONN_MAX_AGE", "0")
os.environ.setdefault("SECRET_KEY", "bench-only-not-secret")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("WAGTAILADMIN_BASE_URL", "https://sinergi.example")
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend")
os.environ.setdefault("MEDIA_ROOT", f"{_tmp}/media")

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

setup_test_environment()
call_command("migrate", verbosity=0, interactive=False)
# The production settings serve static files from the manifest that collectstatic writes.
call_command("collectstatic", verbosity=0, interactive=False)


def measure(
    client: Client, url: str, *, runs: int = 30, warmup: int = 3, method: str = "get", data=None, cold=False
):
    """Return (median milliseconds, queries of the last run) for `runs` requests to `url`.

    `cold`: the cache is emptied before every request (a first visit after a deploy or a publish)."""
    times, queries = [], 0
    for i in range(warmup + runs):
        if cold:
            cache.clear()
        connection.close()
        with CaptureQueriesContext(connection) as ctx:
            start = time.perf_counter()
            response = (
                getattr(client, method)(url, data) if data is not None else getattr(client, method)(url)
            )
            elapsed = (time.perf_counter() - start) * 1000
        if response.status_code >= 400:
            raise SystemExit(f"{url} answered {response.status_code}")
        if i >= warmup:
            times.append(elapsed)
            queries = len(ctx.captured_queries)
    return statistics.median(times), queries


def report(name: str, value: float, unit: str) -> None:
    print(f"{name}: {value:.2f} {unit}" if isinstance(value, float) else f"{name}: {value} {unit}")
