"""Production settings refuse to start insecurely and pass Django's deployment checks with only the documented
required variables set; the checks fail when the public address or the shared cache is missing."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sinergi.checks import check_public_address, public_address_problem

ROOT = Path(__file__).resolve().parents[2]

# Everything the README's configuration table names, so nothing from the shell leaks into the checks.
DOCUMENTED = {
    "SECRET_KEY",
    "DJANGO_SETTINGS_MODULE",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "ALLOWED_HOSTS",
    "CSRF_TRUSTED_ORIGINS",
    "DATABASE_URL",
    "CONN_MAX_AGE",
    "REDIS_URL",
    "WAGTAILADMIN_BASE_URL",
    "WEB_CONCURRENCY",
    "TRUSTED_PROXY_COUNT",
    "TRUSTED_CLIENT_IP_HEADER",
    "CSP_MEDIA_ORIGINS",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "AWS_STORAGE_BUCKET_NAME",
    "AWS_S3_ENDPOINT_URL",
}
REQUIRED = {
    "SECRET_KEY": "a-long-random-production-secret-" + "x" * 40,
    "ALLOWED_HOSTS": "sinergi.lubuklinggaukota.go.id",
    "WAGTAILADMIN_BASE_URL": "https://sinergi.lubuklinggaukota.go.id",
    "DATABASE_URL": "postgres://sinergi:secret@127.0.0.1:5432/sinergi",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}


def manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if k not in DOCUMENTED}
    environment.update(DJANGO_SETTINGS_MODULE="sinergi.settings.production")
    environment.update({name: value for name, value in env.items() if value is not None})
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True
    )


def deploy_check(**changes):
    return manage("check", "--deploy", "--fail-level", "WARNING", **{**REQUIRED, **changes})


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_passes_the_deployment_checklist_with_the_required_variables_only():
    result = deploy_check()
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("address", [None, "http://sinergi.lubuklinggaukota.go.id", "https://127.0.0.1:8000"])
def test_the_checklist_requires_a_public_https_address(address):
    result = deploy_check(WAGTAILADMIN_BASE_URL=address)
    assert result.returncode != 0
    assert "sinergi.E001" in result.stderr and "WAGTAILADMIN_BASE_URL" in result.stderr


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("https://sinergi.lubuklinggaukota.go.id", True),
        ("https://sinergi.lubuklinggaukota.go.id/", True),
        ("", False),
        ("http://sinergi.lubuklinggaukota.go.id", False),
        ("https://localhost:8443", False),
        ("https://[::1]", False),
        ("https://10.1.2.3", False),
        ("https://192.168.1.20", False),
        ("https://sinergi", False),
        ("https://sinergi.local", False),
    ],
)
def test_what_counts_as_a_public_address(address, public):
    assert (public_address_problem(address) == "") is public


def test_certificates_own_address_is_checked_too(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://sinergi.lubuklinggaukota.go.id"
    assert check_public_address() == []
    settings.CERTIFICATES_BASE_URL = "http://127.0.0.1:8080"
    assert [error.id for error in check_public_address()] == ["sinergi.E001"]
    assert "CERTIFICATES_BASE_URL" in check_public_address()[0].msg


def test_the_checklist_requires_a_shared_cache_for_several_workers():
    for workers in (None, "3"):
        result = deploy_check(REDIS_URL=None, WEB_CONCURRENCY=workers)
        assert result.returncode != 0
        assert "sinergi.E002" in result.stderr
    assert deploy_check(REDIS_URL=None, WEB_CONCURRENCY="1").returncode == 0


def test_the_checklist_warns_when_no_proxy_is_trusted():
    result = deploy_check(TRUSTED_PROXY_COUNT="0")
    assert result.returncode != 0 and "sinergi.W003" in result.stderr
    assert deploy_check(TRUSTED_PROXY_COUNT="0", TRUSTED_CLIENT_IP_HEADER="X-Real-IP").returncode == 0


def test_a_local_production_like_stack_still_starts():
    """`check` without --deploy (what runserver and gunicorn's start-up do) passes on http://127.0.0.1."""
    result = manage(
        "check", **{**REQUIRED, "WAGTAILADMIN_BASE_URL": "http://127.0.0.1:8080", "REDIS_URL": None}
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_hsts_is_on_by_default_in_production():
    show = "from django.conf import settings; print(settings.SECURE_HSTS_SECONDS)"
    show += "; print(settings.SECURE_HSTS_INCLUDE_SUBDOMAINS)"
    result = manage("shell", "-c", show, **REQUIRED)
    assert result.stdout.split()[-2:] == ["31536000", "True"], result.stdout + result.stderr


def test_media_on_s3_may_be_shown_under_the_content_security_policy():
    show = (
        "from django.conf import settings; print(*settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'])"
    )
    bucket = {"AWS_STORAGE_BUCKET_NAME": "sinergi-media", "AWS_S3_ENDPOINT_URL": "https://s3.example.id"}
    result = manage("shell", "-c", show, **REQUIRED, **bucket)
    assert {"https://s3.example.id", "https://sinergi-media.s3.example.id"} <= set(result.stdout.split())
