"""Browser journeys for certificates: "Sertifikat saya" and the public verification page."""

import os
from pathlib import Path

import pytest
from django.test import Client
from playwright.sync_api import expect

from certificates import demo
from certificates.models import Certificate
from certificates.services import issue_certificate
from tests.certificates.conftest import COURSE_TITLE, subject_for
from tests.conftest import make_profile, make_user

# Screenshots for a human to look at, only when asked: SHOTS_DIR=/tmp/shots pytest tests/browser/...
SHOTS = Path(os.environ["SHOTS_DIR"]) / "certificates" if os.environ.get("SHOTS_DIR") else None


def log_in(page, live_server, user):
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def shoot(page, name):
    if SHOTS is None:
        return
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


@pytest.fixture
def issued(db):
    from wagtail.models import Page

    demo.seed_certificate_template()
    user = make_user()
    make_profile(user, full_name="Andi O'Neil Çağlar, S.Pd.")
    page = Page.objects.get(depth=1).add_child(instance=Page(title=COURSE_TITLE, slug="kursus-contoh"))
    certificate, _ = issue_certificate(user=user, subject=subject_for(page))
    certificate.refresh_from_db()
    return user, certificate


def test_participant_completes_a_course_and_its_certificate_verifies_as_valid(page, live_server, db):
    from decimal import Decimal

    from tests.courses.conftest import make_course, make_module

    demo.seed_certificate_template()
    user = make_user()
    make_profile(user, full_name="Ni Luh Putu Ayu Saraswati, S.Pd.")
    course = make_course(title="Mencegah TPPO di Sekolah", duration_jp=Decimal("4"))
    for number in (1, 2):
        make_module(course, title=f"Modul {number}")
    log_in(page, live_server, user)

    page.goto(live_server.url + course.get_url())
    page.get_by_role("button", name="Daftar kursus ini").click()
    page.get_by_role("button", name="Saya sudah membaca modul ini sampai selesai").click()
    expect(page.get_by_text("Modul selesai.")).to_be_visible()  # and module 2 opens
    expect(page.get_by_role("heading", name="Modul 2")).to_be_visible()
    page.get_by_role("button", name="Saya sudah membaca modul ini sampai selesai").click()
    expect(page.get_by_text("Selamat! Anda telah menyelesaikan kursus")).to_be_visible()
    shoot(page, "course-completed-phone")

    page.get_by_role("link", name="Sertifikat saya").first.click()
    card = page.locator(".certificate", has_text="Mencegah TPPO di Sekolah")
    expect(card).to_be_visible()
    expect(card.get_by_text("Sah")).to_be_visible()
    certificate = Certificate.objects.get(user=user)
    expect(card.get_by_text(certificate.number)).to_be_visible()
    card.get_by_role("link", name="Halaman verifikasi").click()
    expect(page.get_by_text("Sah", exact=True)).to_be_visible()
    expect(page.get_by_text("Ni Luh Putu Ayu Saraswati, S.Pd.")).to_be_visible()
    expect(page.get_by_text("Mencegah TPPO di Sekolah")).to_be_visible()
    assert user.email not in page.content()


def test_participant_downloads_shares_and_verifies(page, live_server, issued):
    user, certificate = issued
    assert certificate.status == "valid"
    log_in(page, live_server, user)
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Sertifikat saya").first.click()
    expect(page.get_by_role("heading", name="Sertifikat saya")).to_be_visible()
    expect(page.get_by_text(COURSE_TITLE)).to_be_visible()
    expect(page.get_by_role("link", name="Unduh PDF")).to_be_visible()
    share = page.get_by_role("link", name="Bagikan lewat WhatsApp")
    assert "wa.me" in share.get_attribute("href")
    shoot(page, "mine-phone")
    with page.expect_download() as download:
        page.get_by_role("link", name="Unduh PDF").click()
    assert download.value.suggested_filename.startswith(certificate.number.replace("/", "-"))

    page.get_by_role("link", name="Halaman verifikasi").click()
    expect(page.get_by_text("Sah", exact=True)).to_be_visible()
    expect(page.get_by_text("Andi O'Neil Çağlar, S.Pd.")).to_be_visible()
    shoot(page, "verify-phone")
    page.set_viewport_size({"width": 1280, "height": 800})
    shoot(page, "verify-desktop")
    page.goto(live_server.url + "/sertifikat/")
    shoot(page, "mine-desktop")


def test_anyone_types_a_code_and_learns_whether_it_is_genuine(page, live_server, issued):
    _user, certificate = issued
    page.goto(live_server.url + "/verifikasi/")
    shoot(page, "verify-form-phone")
    page.get_by_label("Kode verifikasi").fill(certificate.display_code.lower().replace("-", " "))
    page.get_by_role("button", name="Periksa").click()
    expect(page.get_by_text("Sah", exact=True)).to_be_visible()
    assert page.url.endswith(f"/verifikasi/{certificate.display_code}/")

    page.goto(live_server.url + "/verifikasi/")
    page.get_by_label("Kode verifikasi").fill("ABCD-EFGH-JKMN-PQRS")
    page.get_by_role("button", name="Periksa").click()
    expect(page.get_by_text("Tidak ditemukan")).to_be_visible()
    shoot(page, "verify-not-found-phone")
    assert Certificate.objects.count() == 1
