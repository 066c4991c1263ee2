"""Settings shared by every environment. Values that differ between machines come from env vars."""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE
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
    # Content-Security-Policy header
    "csp",
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
    "sinergi.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Below WhiteNoise, which serves static files already compressed; compresses pages, JSON and CSV only.
    "sinergi.middleware.TextGZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "sinergi.middleware.InstallableAppMiddleware",
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
# Workbox (the service worker's library): its loader and the modules it imports, under one folder named with
# the version, so that the loader's `modulePathPrefix` (sinergi/views.py) may be cached for good.
WORKBOX_MODULES = [
    "sw", "core", "routing", "strategies", "expiration", "cacheable-response", "navigation-preload",
]  # fmt: skip
WORKBOX_VERSION = "7.4.1"  # package.json pins every workbox-* package to this version
WORKBOX_STATIC_PREFIX = f"vendor/workbox-{WORKBOX_VERSION}"
for _module in WORKBOX_MODULES:
    if (NODE_MODULES / f"workbox-{_module}" / "build").is_dir():
        STATICFILES_DIRS.append((WORKBOX_STATIC_PREFIX, NODE_MODULES / f"workbox-{_module}" / "build"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if os.environ.get("REDIS_URL"):
    CACHES["default"] = {
        # Django's Redis backend, except that a Redis restart costs cache misses instead of failed requests.
        "BACKEND": "sinergi.cache.ForgivingRedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }
    # Sessions are read from the shared cache and written through to the database (a Redis restart logs
    # nobody out). Only with a shared cache: each process's own memory would keep a logged-out session alive.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# E-mail
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
if os.environ.get("EMAIL_FILE_PATH"):  # the file-based backend, as `make stack` uses it
    EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]
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
# allauth's rate limits (login failures, sign-up, password reset, e-mail confirmation) key on the client's
# address, which is the proxy's own unless the proxy settings below say which header the proxy wrote.
# A classroom or a workshop hall signs up and logs in together from one school or office network (one public
# address behind NAT; Indonesian mobile carriers also put many phones behind one address): allauth's defaults
# (20 sign-ups, 30 logins and 10 failed logins a minute per address) would refuse the 21st teacher. Guessing
# one account's password stays limited per e-mail address (5 failures in 5 minutes), as allauth sets it.
ACCOUNT_RATE_LIMITS = {
    "signup": "100/h/ip",
    "login": "60/m/ip",
    "login_failed": "20/m/ip,5/5m/key",
}
# Behind a proxy (nginx) every request arrives from the proxy's address. TRUSTED_PROXY_COUNT is how many
# proxies of ours stand in front (the client is that many entries from the end of X-Forwarded-For, the part
# our proxies wrote; what a client writes itself is ignored); TRUSTED_CLIENT_IP_HEADER instead names a header
# the proxy sets to the client's address (e.g. X-Real-IP). 0 (development, tests): REMOTE_ADDR is the client.
# The certificates verification limit uses the same address (sinergi.clients.client_address).
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = os.environ.get("TRUSTED_CLIENT_IP_HEADER", "").strip() or None
SOCIALACCOUNT_ADAPTER = "people.adapters.SocialAccountAdapter"
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
# A participant's request to delete the account is due this many days after it is made. UU 27/2022 asks
# a controller to stop processing within 3 x 24 hours of a withdrawn consent, which a deletion request is.
ACCOUNT_DELETION_DAYS = int(os.environ.get("ACCOUNT_DELETION_DAYS", "3"))

# Workshops: a self check-in code is shown this long and works for one period more (a screenshot dies
# within two periods); check-in opens this long before a session and closes this long after it.
WORKSHOPS_TIME_ZONE = "Asia/Jakarta"
WORKSHOPS_CHECKIN_PERIOD_SECONDS = int(os.environ.get("WORKSHOPS_CHECKIN_PERIOD_SECONDS", "30"))
WORKSHOPS_CHECKIN_GRACE_MINUTES = int(os.environ.get("WORKSHOPS_CHECKIN_GRACE_MINUTES", "30"))

# Certificates: a PDF takes seconds to make. One still pending after this many seconds is late: officers see
# it on the admin home, and `manage.py rescue_tasks` queues it again (a render task still RUNNING this
# long belongs to a worker that died). After this many rescues in a row it is marked "could not be made".
CERTIFICATE_RENDER_STALE_AFTER = int(os.environ.get("CERTIFICATE_RENDER_STALE_AFTER", "300"))
CERTIFICATE_RENDER_MAX_RESCUES = int(os.environ.get("CERTIFICATE_RENDER_MAX_RESCUES", "3"))

# Other background tasks (H5P package checks, workshop invitations): one RUNNING longer than this belongs to
# a worker that died, and `manage.py rescue_tasks` runs it again; it gives up after this many lost runs. The
# longest honest run is checking the biggest package H5P_LIMITS allows: up to 5000 files written to S3 one by
# one, a few minutes at worst; a live worker's task must never be taken for a lost one.
TASK_STALE_AFTER = int(os.environ.get("TASK_STALE_AFTER", "600"))
TASK_MAX_RESCUES = int(os.environ.get("TASK_MAX_RESCUES", "3"))

# Wagtail
WAGTAIL_SITE_NAME = "Sinergi"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILADMIN_PERMITTED_LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from gravatar.com: the admin would send every user's e-mail hash to a third party (UU 27/2022),
# and nothing is loaded from outside the site.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
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

# Content-Security-Policy (django-csp), in every environment so development and the tests run under it.
# The public site runs no inline script and evaluates no code: scripts only from our own static files. Inline
# style attributes stay allowed (progress bars, the H5P player's own styling). Video players come from
# YouTube and Vimeo (Wagtail's oEmbed finders); they may be framed only on a lesson that has one
# (ModulePage.serve adds CSP_EMBED_ORIGINS to that response), and load when the participant taps play.
# The H5P player page sends its own, sandboxing policy (h5p/views.py), which the middleware leaves alone.
# The Wagtail admin needs inline scripts (its panels and widgets) and evaluation (its accessibility checker,
# axe), so it gets a compatible policy of its own under its URL
# (sinergi.middleware.ContentSecurityPolicyMiddleware), and the public site is not weakened for it.
# CSP_MEDIA_ORIGINS: extra origins images, audio and video may come from (media on another host; production
# adds its S3 bucket by itself).
CSP_EMBED_ORIGINS = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
# The admin's embed chooser shows the video's thumbnail.
CSP_EMBED_THUMBNAIL_ORIGINS = ["https://i.ytimg.com", "https://i.vimeocdn.com"]
CSP_MEDIA_ORIGINS = env_list("CSP_MEDIA_ORIGINS")


def csp_directives(*, media_origins: list[str], admin: bool = False) -> dict:
    script = [SELF, UNSAFE_INLINE, UNSAFE_EVAL] if admin else [SELF]
    thumbnails = CSP_EMBED_THUMBNAIL_ORIGINS if admin else []
    return {
        "default-src": [SELF],
        "script-src": script,
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *media_origins, *thumbnails],
        "media-src": [SELF, "blob:", *media_origins],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF, *CSP_EMBED_ORIGINS] if admin else [SELF],
        "worker-src": [SELF],
        "manifest-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        # "Masuk dengan Google" posts to our own URL, which redirects to Google; form-action covers redirects.
        "form-action": [SELF, "https://accounts.google.com"],
        "frame-ancestors": [SELF],
    }


def csp_policies(media_origins: list[str]) -> tuple[dict, dict]:
    """(public, admin) policies in django-csp's format."""
    return (
        {"DIRECTIVES": csp_directives(media_origins=media_origins)},
        {"DIRECTIVES": csp_directives(media_origins=media_origins, admin=True)},
    )


CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_ADMIN = csp_policies(CSP_MEDIA_ORIGINS)
