"""The installable app: the web app manifest, the service worker at the site's root, the offline page, and
logging out emptying what the phone stored."""

import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.test import Client

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def test_every_page_links_the_manifest_and_loads_the_app_script_from_a_static_file(client):
    html = client.get("/akun/login/").content.decode()
    assert '<link rel="manifest" href="/manifest.webmanifest">' in html
    assert re.search(r'<script src="/static/js/pwa\.js" defer></script>', html)
    assert 'data-pwa-sw="/sw.js"' in html


def test_the_manifest_names_sinergi_and_its_icons_exist(client):
    response = client.get("/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    assert "max-age=86400" in response["Cache-Control"]
    manifest = json.loads(response.content)
    assert manifest["name"] == manifest["short_name"] == "Sinergi"
    assert manifest["lang"] == "id" and manifest["start_url"] == "/" and manifest["display"] == "standalone"
    css = Path(finders.find("css/sinergi.css")).read_text()
    assert f"--purple: {manifest['theme_color']};" in css
    sizes = {(icon["sizes"], icon["purpose"]) for icon in manifest["icons"]}
    assert sizes == {("192x192", "any"), ("512x512", "any"), ("192x192", "maskable"), ("512x512", "maskable")}
    for icon in manifest["icons"]:
        path = finders.find(icon["src"].removeprefix(settings.STATIC_URL))
        assert path, icon["src"]
        from PIL import Image

        with Image.open(path) as image:
            assert f"{image.width}x{image.height}" == icon["sizes"]
            if icon["purpose"] == "maskable":  # full bleed: no transparent corner for the launcher to show
                assert image.convert("RGBA").getpixel((0, 0))[3] == 255


def test_the_service_worker_is_served_at_the_root_uncached_and_loads_workbox_from_our_own_files(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/javascript; charset=utf-8"
    assert "no-cache" in response["Cache-Control"] and "max-age=0" in response["Cache-Control"]
    assert response["Service-Worker-Allowed"] == "/"
    script = response.content.decode()
    config = json.loads(re.search(r"self\.SINERGI_SW = (\{.*\});", script).group(1))
    prefix = f"/static/vendor/workbox-{settings.WORKBOX_VERSION}/"
    assert config["workboxPath"] == prefix
    assert f'importScripts("{prefix}workbox-sw.js")' in script
    assert 'importScripts("/static/js/sw/sinergi-sw.js")' in script
    assert "googleapis" not in script and "cdn" not in script.lower()
    # Every module the worker uses is there, at the version package.json pins.
    for module in settings.WORKBOX_MODULES:
        name = "workbox-sw.js" if module == "sw" else f"workbox-{module}.prod.js"
        assert finders.find(f"vendor/workbox-{settings.WORKBOX_VERSION}/{name}"), name
        package = Path(settings.BASE_DIR) / "node_modules" / f"workbox-{module}" / "package.json"
        assert json.loads(package.read_text())["version"] == settings.WORKBOX_VERSION
    pinned = json.loads((Path(settings.BASE_DIR) / "package.json").read_text())["dependencies"]
    assert pinned["workbox-sw"] == settings.WORKBOX_VERSION


def test_a_new_language_makes_a_new_service_worker(client):
    indonesian = client.get("/sw.js").content
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    english = client.get("/sw.js").content
    assert indonesian != english
    assert "bahasa=en" in english.decode()


def test_the_service_worker_is_allowed_by_the_content_security_policy(client):
    policy = client.get("/akun/login/")["Content-Security-Policy"]
    assert "worker-src 'self'" in policy and "manifest-src 'self'" in policy


def test_the_offline_page_names_nobody(client):
    """The service worker stores it without cookies (a visitor's page): nothing of anyone, no page owner for
    the app script, and its visitor's menu is hidden by the page's class."""
    response = client.get("/luring/?bahasa=id")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Anda sedang offline" in html and "Coba lagi" in html
    assert "data-pwa-user" not in html  # nobody's page: the app script removes nothing from it
    assert '<body class="offline-page">' in html
    assert 'href="/akun/logout/"' not in html


def test_the_offline_page_in_english(client):
    html = client.get("/luring/?bahasa=en").content.decode()
    assert '<html lang="en">' in html and "You are offline" in html


def test_logging_out_tells_the_browser_to_clear_what_the_site_stored(participant):
    client = Client()
    assert client.login(email=participant.email, password=PASSWORD)
    page = client.get("/akun/logout/")
    assert "Clear-Site-Data" not in page  # asking is not logging out
    assert "data-logout-warning" in page.content.decode()
    response = client.post("/akun/logout/")
    assert response.status_code == 302
    assert response["Clear-Site-Data"] == '"cache", "storage"'
    assert "Clear-Site-Data" not in client.get("/")


def test_logging_in_and_other_pages_clear_nothing(participant):
    client = Client()
    response = client.post("/akun/login/", {"login": participant.email, "password": PASSWORD})
    assert response.status_code == 302
    assert "Clear-Site-Data" not in response
    assert "Clear-Site-Data" not in client.get("/belajar/")


def test_a_page_showing_the_participants_messages_says_so_for_the_service_worker(participant):
    """The service worker keeps stored pages current from what the participant sees, but never stores one
    with their messages in it ("Anda telah keluar.", "Modul selesai.")."""
    client = Client()
    client.force_login(participant)
    assert "X-Sinergi-Messages" not in client.get("/belajar/")
    response = client.post("/akun/logout/", follow=True)
    assert "Anda telah keluar." in response.content.decode()
    assert response["X-Sinergi-Messages"] == "1"
    assert "X-Sinergi-Messages" not in client.get("/")
