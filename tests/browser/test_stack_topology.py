"""What only the production topology (`make stack`: nginx in front of two app servers) can show: rate limits
count each client address from the proxy header, and nginx never serves an upload inline from /media/."""

import os
import re
from pathlib import Path

import pytest

from people.demo import DEMO_PASSWORD

from . import stack

pytestmark = [pytest.mark.stack, pytest.mark.stack_only]


def login_client(address: str):
    """A client of nginx that a load balancer in front says is `address` (see stack.py)."""
    return stack.http_client(headers={"X-Forwarded-For": address, "Origin": stack.URL})


def log_in(client, email: str, password: str):
    form = client.get("/akun/login/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    data = {"csrfmiddlewaretoken": token, "login": email, "password": password}
    return client.post("/akun/login/", data=data)


def failed_logins_allowed_per_address() -> int:
    from allauth.account import app_settings

    (per_address,) = [rule for rule in app_settings.RATE_LIMITS["login_failed"].split(",") if "/ip" in rule]
    return int(per_address.split("/")[0])


def test_failed_logins_from_one_address_do_not_lock_out_another():
    """Behind nginx every request comes from 127.0.0.1; the limit must count the visitor's address."""
    guesser, teacher = stack.next_client_address(), stack.next_client_address()
    with login_client(guesser) as client:
        for number in range(failed_logins_allowed_per_address()):
            wrong = log_in(client, f"tebakan{number}@contoh.id", "bukan-sandinya")
            assert wrong.status_code == 200, wrong.status_code  # the form again, with its error
        refused = log_in(client, "peserta@sinergi.test", DEMO_PASSWORD)
        assert refused.status_code in (200, 429) and "location" not in refused.headers

    with login_client(teacher) as client:
        welcomed = log_in(client, "peserta@sinergi.test", DEMO_PASSWORD)
        assert welcomed.status_code == 302, welcomed.status_code
        assert client.get(welcomed.headers["location"]).status_code == 200


def test_nginx_serves_only_raster_images_from_media_and_nothing_inline_that_could_run():
    media = Path(os.environ["MEDIA_ROOT"])
    (media / "documents").mkdir(parents=True, exist_ok=True)
    (media / "images").mkdir(parents=True, exist_ok=True)
    (media / "documents" / "laporan.html").write_text("<script>alert(document.cookie)</script>")
    (media / "images" / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>')
    (media / "images" / "foto.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 32)
    with stack.http_client() as client:
        assert client.get("/media/documents/laporan.html").status_code == 404
        assert client.get("/media/images/logo.svg").status_code == 404
        image = client.get("/media/images/foto.png")
        assert image.status_code == 200 and image.headers["content-type"] == "image/png"
        assert image.headers["x-content-type-options"] == "nosniff"
        assert "sandbox" in image.headers["content-security-policy"]
