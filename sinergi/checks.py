"""Deployment checks (`manage.py check --deploy`): what a production set-up needs beyond Django's own list.

They only run with `--deploy`, so a local production-like stack on http://127.0.0.1 still starts; the
deployment checklist (and its test) is where a real deployment must be clean.
"""

import ipaddress
import os
from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

LOCAL_NAMES = {"localhost", "testserver"}
LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".test", ".invalid")
# Caches whose counters live in one process's memory (or nowhere): each gunicorn worker would keep its own
# rate limits, so a guesser gets a fresh budget from every worker.
PROCESS_LOCAL_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


def _is_local_host(host: str) -> bool:
    host = host.lower().rstrip(".")
    if not host or host in LOCAL_NAMES or host.endswith(LOCAL_SUFFIXES):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return "." not in host  # a bare machine name is nobody's public address
    return not address.is_global


def public_address_problem(url: str) -> str:
    """Why `url` cannot be the public address people reach the site at; "" if it can."""
    if not url:
        return "it is not set"
    parts = urlsplit(url)
    if parts.scheme != "https":
        return "it is not an https address"
    if _is_local_host(parts.hostname or ""):
        return "it names a local or private host"
    return ""


@register(Tags.security, deploy=True)
def check_public_address(app_configs=None, **kwargs):
    """Certificates freeze their verification address (QR code, PDF, share image) when they are issued, from
    CERTIFICATES_BASE_URL or else WAGTAILADMIN_BASE_URL (certificates.services.site_base_url); the admin's
    e-mails use WAGTAILADMIN_BASE_URL. Both must be the public https address."""
    errors = []
    names = ["WAGTAILADMIN_BASE_URL"]
    if getattr(settings, "CERTIFICATES_BASE_URL", ""):
        names.append("CERTIFICATES_BASE_URL")
    for name in names:
        value = getattr(settings, name, "")
        problem = public_address_problem(value)
        if problem:
            errors.append(
                Error(
                    f"{name} must be the site's public https address, but {problem} ({value!r}).",
                    hint=(
                        "Set the WAGTAILADMIN_BASE_URL environment variable, e.g. "
                        "https://sinergi.lubuklinggaukota.go.id. Certificates print it in their QR code and "
                        "PDF when they are issued, and e-mails link to it."
                    ),
                    id="sinergi.E001",
                )
            )
    return errors


@register(Tags.caches, deploy=True)
def check_shared_cache(app_configs=None, **kwargs):
    """Rate limits (allauth's, the certificate verification's) and cached sessions live in the default cache.
    gunicorn runs WEB_CONCURRENCY workers (its own environment variable); with more than one, or an unknown
    number, the cache must be shared (Redis via REDIS_URL, or Django's database cache)."""
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if backend not in PROCESS_LOCAL_CACHES:
        return []
    workers = os.environ.get("WEB_CONCURRENCY", "").strip()
    if backend.endswith("LocMemCache") and workers == "1":
        return []
    return [
        Error(
            f"The default cache ({backend.rsplit('.', 1)[-1]}) is not shared between processes, so every "
            "gunicorn worker counts rate limits (failed logins, sign-ups, certificate code guesses) on its "
            "own.",
            hint=(
                "Set REDIS_URL (e.g. redis://cache:6379/0) so every worker and app server shares one cache. "
                "A single-worker server may instead declare WEB_CONCURRENCY=1, which gunicorn also obeys."
            ),
            id="sinergi.E002",
        )
    ]


@register(Tags.security, deploy=True)
def check_trusted_proxy(app_configs=None, **kwargs):
    if getattr(settings, "ALLAUTH_TRUSTED_PROXY_COUNT", 0) or getattr(
        settings, "ALLAUTH_TRUSTED_CLIENT_IP_HEADER", None
    ):
        return []
    return [
        Warning(
            "No trusted proxy is configured, so behind nginx every visitor has nginx's address: one guesser "
            "would use up the login and certificate-verification limits for everybody.",
            hint="Set TRUSTED_PROXY_COUNT=1 (nginx in front) or TRUSTED_CLIENT_IP_HEADER=X-Real-IP.",
            id="sinergi.W003",
        )
    ]
