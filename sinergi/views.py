"""The installable app: the web app manifest, the service worker script and the page shown offline.

None of them depends on who asks: they are the same for every visitor (the service worker and the offline page
are stored on the device before anyone logs in), so none reads the session or the user.
"""

import hashlib
import json

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

THEME_COLOUR = "#4c1d95"  # --purple in static/css/sinergi.css
BACKGROUND_COLOUR = "#ffffff"
ICONS = [
    ("img/icons/sinergi-192.png", "192x192", "any"),
    ("img/icons/sinergi-512.png", "512x512", "any"),
    ("img/icons/sinergi-maskable-192.png", "192x192", "maskable"),
    ("img/icons/sinergi-maskable-512.png", "512x512", "maskable"),
]
# Stored on the device when the service worker installs: what the offline page needs to look like the site.
SHELL_STATIC = ["css/sinergi.css", "js/text-size.js", "js/pwa.js", "img/logo.svg", "img/favicon.svg"]


@require_GET
@cache_control(public=True, max_age=24 * 60 * 60)
def manifest(request) -> JsonResponse:
    data = {
        "name": "Sinergi",
        "short_name": "Sinergi",
        "description": _(
            "Sinergi: learning to prevent violence against women and children and trafficking in persons, "
            "for Kota Lubuklinggau."
        ),
        "lang": get_language(),
        "id": "/",
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "theme_color": THEME_COLOUR,
        "background_color": BACKGROUND_COLOUR,
        "icons": [
            {"src": static(path), "sizes": sizes, "type": "image/png", "purpose": purpose}
            for path, sizes, purpose in ICONS
        ],
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/manifest+json"
    return response


@require_GET
@cache_control(no_cache=True, max_age=0)
def service_worker(request) -> HttpResponse:
    """The service worker, at the site's root so that its scope is the whole site. A small script that names
    the static files to load (their hashed addresses in production) and this deployment's version: the
    browser compares it byte for byte on every check, so a new deployment or another language installs a
    new worker."""
    config = {
        "workboxPath": f"{settings.STATIC_URL}{settings.WORKBOX_STATIC_PREFIX}/",
        # Fetched without cookies (nobody's page): the language travels in the address.
        "offlineUrl": f"{reverse('offline')}?{urlencode({'bahasa': get_language()})}",
        "staticUrl": settings.STATIC_URL,
        "shell": [static(path) for path in SHELL_STATIC],
        "courseCachePrefix": "sinergi-course-",
        "language": get_language(),
    }
    config["version"] = hashlib.sha256(json.dumps(config, sort_keys=True).encode()).hexdigest()[:12]
    body = (
        "/* Sinergi's service worker: see static/js/sw/sinergi-sw.js. */\n"
        f"self.SINERGI_SW = {json.dumps(config)};\n"
        f"importScripts({json.dumps(static(settings.WORKBOX_STATIC_PREFIX + '/workbox-sw.js'))});\n"
        f"importScripts({json.dumps(static('js/sw/sinergi-sw.js'))});\n"
    )
    response = HttpResponse(body, content_type="text/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = "/"
    return response


@require_GET
@cache_control(no_cache=True, max_age=0)
def offline(request) -> HttpResponse:
    """What a navigation shows offline when the page is not stored on the device. The service worker stores it
    while installing, before anyone logs in; it names nobody (no menu, no messages)."""
    language = request.GET.get("bahasa")
    if language not in dict(settings.LANGUAGES):
        language = get_language()
    with translation.override(language):
        return render(request, "sinergi/offline.html", {"offline_page": True})
