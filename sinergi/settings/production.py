"""Production: every secret and host comes from the environment; nothing insecure is defaulted."""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import CSP_MEDIA_ORIGINS, csp_policies, env_bool

DEBUG = False
if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("SECRET_KEY must be set in production.")

ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# HSTS: the site is served over https only (a year by default; SECURE_HSTS_SECONDS=0 turns it off while
# https is being set up). includeSubDomains covers hosts below the site's own name, not the city's domain.
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 60 * 60)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
# Preloading is for the owner of the registrable domain (lubuklinggaukota.go.id) to request, not for one site
# on a subdomain to announce, so it is off unless set, and Django's reminder about it is silenced until then.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD")
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]
SECURE_CONTENT_TYPE_NOSNIFF = True

# nginx stands in front: the client is the last X-Forwarded-For entry, the one nginx appended
# (`proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;`). See base.py and the README.
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "1"))

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=True)

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Several app servers must see the same uploaded files: media on S3-compatible storage when configured.
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_STORAGE_BUCKET_NAME = os.environ["AWS_STORAGE_BUCKET_NAME"]
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL")
    AWS_S3_REGION_NAME = os.environ.get("AWS_DEFAULT_REGION")
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = True
    # Images, audio and video are then loaded from the bucket (path- or host-style addresses): the
    # Content-Security-Policy allows both.
    _bucket = os.environ["AWS_STORAGE_BUCKET_NAME"]
    _endpoint = urlsplit(AWS_S3_ENDPOINT_URL or "https://s3.amazonaws.com")
    CSP_MEDIA_ORIGINS = [
        *CSP_MEDIA_ORIGINS,
        f"{_endpoint.scheme}://{_endpoint.netloc}",
        f"{_endpoint.scheme}://{_bucket}.{_endpoint.netloc}",
    ]
    CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_ADMIN = csp_policies(CSP_MEDIA_ORIGINS)

# Background work in the database, run by `manage.py db_worker` processes.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
