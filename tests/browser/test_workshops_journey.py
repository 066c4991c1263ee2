"""The workshop day in the browser: participants register, the officer shows the check-in QR code, two
participants check in from their phones by the code's URL, the officer marks one more on the roster, and
exactly those three get certificates that verify."""

import os
import re
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from certificates import demo
from certificates.models import Certificate
from people.choices import Role
from tests.conftest import PASSWORD, make_profile, make_user
from workshops.models import Attendance, Registration, WorkshopIndexPage, WorkshopPage

from . import stack
from .conftest import PHONE
from .test_courses_journey import type_rich_text

SHOTS = Path(os.environ["SHOTS_DIR"]) / "workshops" if os.environ.get("SHOTS_DIR") else None
DESKTOP = {"width": 1280, "height": 800}
pytestmark = pytest.mark.stack  # also runs against `make stack` (.ci/run's third stage)
NAMES = ["Ani Rahayu, S.Pd.", "Bambang Sutrisno", "Citra Dewi, S.Pd.", "Dodi Pratama", "Eka Putri, S.E."]


def log_in(context, live_server, user):
    client = Client()
    client.force_login(user)
    cookie = {"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}
    context.add_cookies([cookie])


def shoot(page, name):
    if SHOTS is None:
        return
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def phone(browser, live_server, user=None):
    context = browser.new_context(viewport=PHONE, locale="id-ID")
    if user is not None:
        log_in(context, live_server, user)
    return context, context.new_page()


def create_workshop_in_admin(browser, live_server, officer, *, title: str) -> WorkshopPage:
    context = browser.new_context(viewport=DESKTOP, locale="id-ID")
    log_in(context, live_server, officer)
    page = context.new_page()
    page.set_default_timeout(30_000)
    index = WorkshopIndexPage.objects.get()
    page.goto(f"{live_server.url}/admin/pages/add/workshops/workshoppage/{index.pk}/")
    page.locator("#id_title").fill(title)
    type_rich_text(page, "description", "Pelatihan tatap muka bagi guru: mengenali dan mencegah TPPO.")
    page.locator("#id_venue").fill("Hotel Smart, Kota Lubuklinggau")
    today = timezone.localdate()
    page.locator("#id_sessions-0-date").fill(today.isoformat())
    page.locator("#id_sessions-0-start_time").fill("00:00")
    page.locator("#id_sessions-0-end_time").fill("23:59")
    page.locator("#id_capacity").fill("10")
    page.locator("#id_hours_jp").fill("8")
    page.keyboard.press("Escape")  # close any date or time picker left open
    page.locator("footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']").last.click()
    page.locator("button[name='action-publish']").click()
    expect(page.locator(".messages .success")).to_be_visible()
    shoot(page, "admin-created-desktop")
    context.close()
    workshop = WorkshopPage.objects.get(title=title)
    assert workshop.live and workshop.sessions.count() == 1
    return workshop


def test_officer_runs_check_in_and_exactly_the_attendees_get_certificates(browser, live_server, db):
    demo.seed_certificate_template()
    officer = make_user(role=Role.OFFICER)
    make_profile(officer, full_name="Rina Marlina, S.Sos.")
    # The officer creates and publishes the workshop in the admin: one session, running now.
    workshop = create_workshop_in_admin(
        browser, live_server, officer, title="Lokakarya Pencegahan TPPO di Sekolah"
    )
    participants = []
    for name in NAMES:
        user = make_user(role=Role.PARTICIPANT)
        make_profile(user, full_name=name)
        participants.append(user)

    # --- IMPORT STEP ---------------------------------------------------------------------------------
    # The officer imports the five participants from the agency's spreadsheet (Indonesian Excel: `;`, a BOM,
    # an address in capitals); a sixth row with a broken address is reported and left out.
    rows = ["Nama;Email;WhatsApp;Pekerjaan;Lembaga;Kecamatan"]
    rows += [f"{user.profile.full_name};{user.email};;Guru;;" for user in participants]
    rows[1] = rows[1].replace(participants[0].email, participants[0].email.upper())
    rows.append("Fajar Nugroho;fajar-at-contoh.id;;Guru;;")
    spreadsheet = ("\ufeff" + "\r\n".join(rows)).encode()
    import_context = browser.new_context(viewport=DESKTOP, locale="id-ID")
    log_in(import_context, live_server, officer)
    admin = import_context.new_page()
    admin.goto(live_server.url + reverse("workshops_import", args=[workshop.pk]))
    admin.get_by_label("Daftar peserta (.xlsx atau .csv)").set_input_files(
        files=[{"name": "peserta-lokakarya.csv", "mimeType": "text/csv", "buffer": spreadsheet}]
    )
    admin.get_by_role("button", name="Unggah dan periksa").click()
    expect(admin.get_by_text("Akun sudah ada")).to_have_count(5)
    expect(admin.get_by_text("“fajar-at-contoh.id” bukan alamat e-mail.")).to_be_visible()
    assert not Registration.objects.filter(workshop=workshop).exists()  # the preview saves nothing
    shoot(admin, "import-preview-desktop")
    admin.get_by_role("button", name="Impor 5 peserta").click()
    expect(admin.get_by_text("5 peserta mendapat tempat.")).to_be_visible()
    expect(admin.get_by_text("1 baris bermasalah tidak diimpor.")).to_be_visible()
    import_context.close()
    assert Registration.objects.filter(workshop=workshop, status="registered").count() == 5
    # Ani sees on her phone that she is registered.
    context, page = phone(browser, live_server, participants[0])
    page.goto(live_server.url + workshop.url)
    expect(page.get_by_text("Anda terdaftar", exact=False).first).to_be_visible()
    shoot(page, "detail-registered-phone")
    context.close()
    # ---------------------------------------------------------------------------------------------------

    officer_context = browser.new_context(viewport=DESKTOP, locale="id-ID")
    log_in(officer_context, live_server, officer)
    screen = officer_context.new_page()
    screen.goto(live_server.url + workshop.url)
    screen.get_by_role("link", name="Presensi (panitia)").click()
    screen.get_by_role("link", name="Tampilkan kode QR presensi").click()
    expect(screen.locator("[data-qr-image] svg")).to_be_visible()
    check_in_url = screen.get_by_role("link", name="Tautan presensi").get_attribute("href")
    assert re.search(r"/hadir/\d+/\d+\.[0-9a-f]+/$", check_in_url)
    shoot(screen, "qr-desktop")

    # Ani is logged in on her phone: the camera opens the URL and she is checked in.
    ani_context, ani = phone(browser, live_server, participants[0])
    ani.goto(check_in_url)
    expect(ani.get_by_role("heading", name="Anda tercatat hadir")).to_be_visible()
    shoot(ani, "check-in-ok-phone")
    ani.goto(check_in_url)
    expect(ani.get_by_role("heading", name="Anda sudah tercatat hadir")).to_be_visible()

    # Bambang is logged out: he logs in and comes straight back to his check-in.
    bambang_context, bambang = phone(browser, live_server)
    bambang.goto(check_in_url)
    bambang.get_by_label("E-mail").fill(participants[1].email)
    bambang.get_by_label(re.compile(r"^Kata sandi")).fill(PASSWORD)
    bambang.get_by_role("button", name="Masuk").click()
    expect(bambang.get_by_role("heading", name="Anda tercatat hadir")).to_be_visible()

    # A forged code is refused with a clear message.
    bambang.goto(re.sub(r"\.[0-9a-f]+/$", ".0123456789abcdef01234567/", check_in_url))
    expect(bambang.get_by_role("heading", name="Presensi tidak berhasil")).to_be_visible()
    shoot(bambang, "check-in-refused-phone")
    ani_context.close()
    bambang_context.close()

    # The officer marks Citra on the roster from a phone, searching for her.
    roster_context, roster = phone(browser, live_server, officer)
    roster.goto(live_server.url + screen.url.replace(live_server.url, "").replace("/qr/", "/presensi/"))
    expect(roster.locator(".roster__row--present")).to_have_count(2)
    shoot(roster, "roster-phone")
    roster.get_by_label("Cari nama, e-mail, atau lembaga").fill("Citra")
    roster.get_by_role("button", name="Cari").click()
    roster.get_by_role("button", name=re.compile("Citra Dewi")).click()
    expect(roster.locator(".roster__row--present")).to_have_count(1)
    expect(roster.locator("[data-present-count]")).to_have_text("3")
    roster_context.close()

    assert Attendance.objects.filter(workshop=workshop).count() == 3
    attendees = set(participants[:3])
    for user in participants:
        certificates = Certificate.objects.filter(user=user, subject_kind="workshop")
        assert certificates.count() == (1 if user in attendees else 0), user
    # Each certificate verifies publicly, with the workshop's title; nobody else has one to verify.
    stack.certificates_rendered(Certificate.objects.filter(user__in=attendees))
    visitor_context, visitor = phone(browser, live_server)
    for certificate in Certificate.objects.filter(user__in=attendees):
        visitor.goto(live_server.url + "/verifikasi/")
        visitor.get_by_label("Kode verifikasi").fill(certificate.display_code)
        visitor.get_by_role("button", name="Periksa").click()
        expect(visitor.get_by_text("Sah", exact=True)).to_be_visible()
        expect(visitor.get_by_text("Lokakarya Pencegahan TPPO di Sekolah")).to_be_visible()
        expect(visitor.get_by_text(certificate.recipient_name)).to_be_visible()
    visitor_context.close()
    officer_context.close()
