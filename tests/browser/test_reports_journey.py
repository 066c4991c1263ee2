"""Browser journey for the reports: an officer narrows the dashboard to one kecamatan, downloads the XLSX."""

import io
import os
from pathlib import Path

import openpyxl
from django.test import Client
from playwright.sync_api import expect

from people.choices import Occupation, Role
from tests.conftest import make_profile, make_user
from tests.reports.conftest import city  # noqa: F401 (the hand-counted city fixture)

SHOTS = Path(os.environ["SHOTS_DIR"]) / "reports" if os.environ.get("SHOTS_DIR") else None


def log_in(page, live_server, user):
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def shoot(page, name):
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_officer_filters_the_dashboard_to_one_kecamatan_and_downloads_the_table(page, live_server, city):  # noqa: F811
    officer = make_user(role=Role.OFFICER)
    make_profile(officer, full_name="Rina Marlina", occupation=Occupation.AGENCY_STAFF)
    log_in(page, live_server, officer)

    page.goto(live_server.url + "/admin/laporan/")
    table = page.get_by_test_id("table-kecamatan")
    expect(table.locator("tbody tr")).to_have_count(8)
    expect(page.locator("#chart-kecamatan")).to_be_visible()
    # Chart.js came from our own static files and drew the chart.
    assert page.evaluate("Boolean(window.Chart && Chart.getChart('chart-kecamatan'))")
    shoot(page, "dashboard-journey-all")

    page.get_by_label("Kecamatan", exact=True).select_option(label=city.k1.name)
    page.locator(".reports-filters button[type=submit]").click()
    expect(table.locator("tbody tr")).to_have_count(1)
    expect(table.locator("tbody tr").first).to_contain_text(city.k1.name)
    expect(table.locator("tbody tr").first).to_contain_text("33,3%")
    assert f"kecamatan={city.k1.pk}" in page.url  # the filter is in the address, to bookmark or share
    expect(page.get_by_test_id("totals")).to_contain_text("3")

    section = page.locator("section", has=page.locator("#table-kecamatan"))
    with page.expect_download() as info:
        section.get_by_role("link", name="XLSX").click()
    download = info.value
    assert download.suggested_filename.endswith(".xlsx")
    workbook = openpyxl.load_workbook(io.BytesIO(Path(download.path()).read_bytes()), read_only=True)
    rows = list(workbook.active.iter_rows(values_only=True))
    assert rows[1:] == [(city.k1.name, 3, 1, 33.3)]


def test_officer_picks_an_institution_with_the_chooser(page, live_server, city):  # noqa: F811
    officer = make_user(role=Role.OFFICER)
    make_profile(officer, full_name="Rina Marlina", occupation=Occupation.AGENCY_STAFF)
    log_in(page, live_server, officer)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    page.goto(live_server.url + "/admin/laporan/")
    page.locator(".reports-filters [data-chooser-action-choose]").first.click()
    modal = page.locator(".modal-content")
    modal.get_by_role("link", name=city.school_b.name).click()
    expect(page.locator("#id_institution")).to_have_value(str(city.school_b.pk))
    page.locator(".reports-filters button[type=submit]").click()
    assert f"institution={city.school_b.pk}" in page.url
    expect(page.get_by_test_id("totals")).to_contain_text("1")
    expect(page.get_by_test_id("table-kecamatan").locator("tbody tr").first).to_contain_text(city.k2.name)
    shoot(page, "dashboard-institution-chosen")
    assert errors == []
