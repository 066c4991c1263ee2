from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.middleware.gzip import GZipMiddleware
from django.middleware.locale import LocaleMiddleware
from django.urls import reverse
from django.utils import translation


class SiteLanguageMiddleware(LocaleMiddleware):
    """Indonesian unless the visitor chose another language with the switch.

    Django's LocaleMiddleware follows the browser's Accept-Language, but many phones here run an English
    interface while their owners expect an Indonesian government service; so only the explicit choice (the
    language cookie set by the switch) counts.
    """

    def process_request(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        code = chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        translation.activate(code)
        request.LANGUAGE_CODE = translation.get_language()


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with two policies: the strict public one (`CONTENT_SECURITY_POLICY`) and, under
    the Wagtail admin's URL (page previews included), `CONTENT_SECURITY_POLICY_ADMIN`, which allows what the
    admin's own scripts need. A view that sets its own header (the H5P player) or uses django-csp's decorators
    keeps it."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path_info.startswith(_admin_prefix()):
            parts.config = default_config(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
        return parts


def _admin_prefix() -> str:
    return reverse("wagtailadmin_home")


COMPRESSIBLE_TYPES = ("text/", "application/json", "application/javascript", "application/xml")


class TextGZipMiddleware(GZipMiddleware):
    """Pages, JSON and CSV leave the app server gzipped when the browser accepts it: a lesson's HTML
    shrinks to a fraction on a participant's metered connection. Django's middleware (4.2+) adds random bytes
    to each gzip header against BREACH, and CSRF tokens are masked per response. Only text is compressed:
    documents, videos, PDFs and images are compressed already, and compressing them on the fly would cost CPU
    and drop their Content-Length (and with it resumable downloads). nginx passes the compressed answer on as
    it is (deploy/nginx/sinergi-app.conf)."""

    def process_response(self, request, response):
        content_type = response.get("Content-Type", "").lower()
        if not content_type.startswith(COMPRESSIBLE_TYPES) or response.status_code == 206:
            return response
        return super().process_response(request, response)


def mark_logged_out(sender, request, **kwargs):
    """user_logged_out: the response to this request tells the browser to forget what it stored."""
    if request is not None:
        request.sinergi_logged_out = True


class InstallableAppMiddleware:
    """Two headers for the installable app (the service worker, static/js/sw/sinergi-sw.js).

    `X-Sinergi-Messages`: this page showed the participant's flash messages ("Modul selesai."); the service
    worker keeps a stored copy of a page up to date from what the participant sees, but never one with
    messages in it, which would greet them again on every offline visit.

    `Clear-Site-Data`: logging out (allauth's page or the admin's: Django's user_logged_out) empties what this
    site stored on the device: the courses kept for offline reading, the service worker's caches, answers and
    confirmations still waiting to be sent (the logout page warns about those first) and the HTTP cache. On
    a phone that teachers share, the next person sees nothing of the last one's."""

    CLEAR = '"cache", "storage"'

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "sinergi_logged_out", False):
            response["Clear-Site-Data"] = self.CLEAR
        # The message storage notes that it was read out (templates/includes/messages.html lists them).
        if getattr(getattr(request, "_messages", None), "used", False):
            response["X-Sinergi-Messages"] = "1"
        return response
