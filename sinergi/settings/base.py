"""Settings shared by every environment. Values that differ between machines come from env vars."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Ours, highest floor first so higher apps' templates win over lower ones.
    "reports",
    "demo",
    "certificates",
    "workshops",
    "courses",
    "h5p",
    "quizzes",
    "people",
    "sinergi",
    # Wagtail
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Accounts
    "allauth",
    "allauth.account",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.google",
    # Background work
    "django_tasks",
    "django_tasks_db",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "sinergi.middleware.SiteLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "sinergi.urls"
WSGI_APPLICATION = "sinergi.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Development and tests: a write transaction takes SQLite's lock when it begins and waits for it (up to
    # `timeout` seconds) instead of failing with "database is locked" halfway through.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        transaction_mode="IMMEDIATE", timeout=20, init_command="PRAGMA journal_mode=WAL;"
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "people.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "people.backends.OneQueryPermissionsBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# Indonesian first; English for visitors and staff who prefer it.
LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Bahasa Indonesia")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Browser packages from npm (h5p-standalone), installed by `npm ci` and served like our own files.
NODE_MODULES = BASE_DIR / "node_modules"
if (NODE_MODULES / "h5p-standalone" / "dist").is_dir():
    STATICFILES_DIRS.append(("vendor/h5p-standalone", NODE_MODULES / "h5p-standalone" / "dist"))
if (NODE_MODULES / "chart.js" / "dist").is_dir():
    STATICFILES_DIRS.append(("vendor/chart.js", NODE_MODULES / "chart.js" / "dist"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if os.environ.get("REDIS_URL"):
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
    }
    # Sessions are read from the shared cache and written through to the database (a Redis restart logs
    # nobody out). Only with a shared cache: each process's own memory would keep a logged-out session alive.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# E-mail
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Sinergi DPPPAPM <noreply@sinergi.lubuklinggaukota.go.id>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Accounts (django-allauth): e-mail only, no usernames.
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_ADAPTER = "people.adapters.AccountAdapter"
ACCOUNT_FORMS = {
    "signup": "people.forms.SignupForm",
    "login": "people.forms.LoginForm",
    "reset_password": "people.forms.ResetPasswordForm",
    "reset_password_from_key": "people.forms.ResetPasswordKeyForm",
    "change_password": "people.forms.ChangePasswordForm",
}
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
# A teacher who signs up twice must be told plainly that the address is taken (the issue asks for it);
# allauth's rate limits keep address probing slow.
ACCOUNT_PREVENT_ENUMERATION = False
ACCOUNT_EMAIL_VERIFICATION = os.environ.get("ACCOUNT_EMAIL_VERIFICATION", "mandatory")
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Sinergi] "
ACCOUNT_SIGNUP_REDIRECT_URL = "people:profile"
# allauth's rate limits are on by default (login failures, sign-up, password reset, e-mail confirmation);
# they are kept as they are.
SOCIALACCOUNT_EMAIL_AUTHENTICATION = True
SOCIALACCOUNT_PROVIDERS = {}
if os.environ.get("GOOGLE_CLIENT_ID") and os.environ.get("GOOGLE_CLIENT_SECRET"):
    SOCIALACCOUNT_PROVIDERS["google"] = {
        "APP": {"client_id": os.environ["GOOGLE_CLIENT_ID"], "secret": os.environ["GOOGLE_CLIENT_SECRET"]},
        "SCOPE": ["profile", "email"],
    }

# Personal data (UU 27/2022 Pelindungan Data Pribadi): bump when the policy text changes, so every participant
# is asked to consent again.
PRIVACY_POLICY_VERSION = "2025-11"

# Workshops: a self check-in code is shown this long and works for one period more (a screenshot dies
# within two periods); check-in opens this long before a session and closes this long after it.
WORKSHOPS_TIME_ZONE = "Asia/Jakarta"
WORKSHOPS_CHECKIN_PERIOD_SECONDS = int(os.environ.get("WORKSHOPS_CHECKIN_PERIOD_SECONDS", "30"))
WORKSHOPS_CHECKIN_GRACE_MINUTES = int(os.environ.get("WORKSHOPS_CHECKIN_GRACE_MINUTES", "30"))

# Wagtail
WAGTAIL_SITE_NAME = "Sinergi"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILADMIN_PERMITTED_LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Documents: what trainers need for lessons (PDF, office files, images, lesson video and audio). Never HTML,
# SVG, XML or scripts: served from the site's own address they would run as pages of ours (stored XSS).
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp",
    "jpg", "jpeg", "png", "gif", "webp",
    "mp4", "webm", "mp3", "m4a",
]  # fmt: skip
# Every document goes through Wagtail's document view (collection privacy, `Content-Security-Policy:
# default-src 'none'`, `X-Content-Type-Options: nosniff`) and downloads as an attachment, never inline,
# whatever the storage. The media folder is never the way to a document (see sinergi/urls.py and the
# README's deployment section).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# H5P packages: limits for uploads (see h5p/validation.py Limits) and how long a play token lasts.
H5P_LIMITS = {
    "max_total_bytes": int(os.environ.get("H5P_MAX_TOTAL_MB", "100")) * 1024 * 1024,
    "max_files": int(os.environ.get("H5P_MAX_FILES", "5000")),
    "max_ratio": int(os.environ.get("H5P_MAX_RATIO", "100")),
}
H5P_TOKEN_MAX_AGE = 8 * 60 * 60
H5P_USER_DATA_MAX_BYTES = 64 * 1024
