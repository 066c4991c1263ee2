"""The installable app on a phone with a weak signal: a participant stores an enrolled course, reads a module
with its picture from the phone's storage with no connection, confirms it offline, and the confirmation counts
once the connection is back. A visitor's phone holds nothing personal; logging out empties what was stored.

Playwright's `set_offline` cuts the service worker's own requests too (Chromium), so what the pages show
offline comes from the service worker's caches, as on a phone."""

import re
import time

import pytest
from django.test import Client
from playwright.sync_api import expect

from courses.models import Enrollment, ModuleProgress
from tests.conftest import make_profile, make_user
from tests.courses.conftest import make_course, make_image, make_module

from .conftest import PHONE

SLOW = 20_000

# Every cache and what it holds: {cache name: [[url, content type, body if HTML]]}.
CACHES = """async () => {
    const found = {};
    for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        found[name] = [];
        for (const request of await cache.keys()) {
            const response = await cache.match(request);
            const type = response.headers.get('Content-Type') || '';
            const body = type.startsWith('text/html') ? await response.text() : '';
            found[name].push([request.url, type, body]);
        }
    }
    return found;
}"""


@pytest.fixture(autouse=True)
def _media_served(settings):
    settings.ROOT_URLCONF = "tests.browser.urls_with_media"


@pytest.fixture
def course(db):
    course = make_course(title="Mencegah TPPO di Sekolah", sequential=True)
    picture = make_image("Poster Stop TPPO")
    first = make_module(
        course,
        title="Mengenali tanda bahaya",
        body=[
            {
                "type": "paragraph",
                "value": "<p>Pelaku sering menawarkan <b>gaji tinggi</b> tanpa kontrak.</p>",
            },
            {"type": "image", "value": {"image": picture.pk, "alt_text": "", "caption": "Poster kampanye"}},
            {"type": "paragraph", "value": "<p>Laporkan ke UPTD PPA.</p>"},
        ],
    )
    second = make_module(course, title="Melapor dan merujuk")
    return course, first, second


@pytest.fixture
def teacher(db):
    user = make_user(email="guru.offline@contoh.id")
    make_profile(user, full_name="Ratna Dewi Offline")
    return user


def log_in(context, live_server, user) -> None:
    client = Client()
    client.force_login(user)
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def wait_for_worker(page) -> None:
    """The service worker is installed and controls the page (it claims open pages when it activates).
    Asked over the DevTools protocol (`evaluate`), which the site's CSP leaves alone; `wait_for_function`
    would poll with eval, which it refuses."""
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    # A page whose navigation was still on its way while the worker activated is not claimed; the next page
    # the participant opens is. Such a page is opened again once, as the participant's next tap would.
    for attempt in range(2):
        deadline = time.monotonic() + (5 if attempt == 0 else SLOW / 1000)
        while not page.evaluate("navigator.serviceWorker.controller !== null"):
            if time.monotonic() >= deadline:
                break
            time.sleep(0.1)
        else:
            return
        if attempt == 0:
            page.reload()
    raise AssertionError("the service worker never took over the page")


def caches_of(page) -> dict:
    return page.evaluate(CACHES)


def html_in(found: dict) -> list[tuple[str, str, str]]:
    return [(name, url, body) for name, rows in found.items() for url, kind, body in rows if body]


def test_a_module_read_offline_from_the_stored_course_and_confirmed_counts_when_back_online(
    browser, live_server, course, teacher
):
    course_page, first, second = course
    base = live_server.url
    context = browser.new_context(viewport=PHONE, locale="id-ID")
    context.set_default_timeout(SLOW)
    log_in(context, live_server, teacher)
    page = context.new_page()

    page.goto(base + course_page.url)
    page.get_by_role("button", name="Daftar kursus ini").click()
    page.wait_for_url(re.compile(re.escape(first.url) + "$"))
    assert Enrollment.objects.filter(user=teacher, course=course_page).exists()

    page.goto(base + course_page.url)
    wait_for_worker(page)
    control = page.locator("[data-offline-course]")
    expect(control).to_contain_text("Belum tersimpan di ponsel ini")
    control.get_by_role("button", name=re.compile("Simpan untuk dibaca offline")).click()
    expect(control.locator("[data-offline-status]")).to_have_text(
        re.compile(r"^Tersimpan untuk dibaca offline · \d+(,\d)? (KB|MB)$")
    )
    # The second module is still locked (modules in order): stored when it opens and "Perbarui" is pressed.
    expect(control).to_contain_text("1 dari 2 modul")
    stored = caches_of(page)
    course_cache = stored[f"sinergi-course-{course_page.pk}"]
    urls = [url for url, _kind, _body in course_cache]
    assert base + first.url in urls and base + course_page.url in urls and base + second.url not in urls
    assert any("/media/images/" in url for url in urls), urls
    # "My learning" says the same.
    page.goto(base + "/belajar/")
    expect(page.locator("[data-offline-course]")).to_contain_text("Tersimpan untuk dibaca offline · ")

    context.set_offline(True)
    page.goto(base + first.url)
    expect(page.locator("h1")).to_have_text("Mengenali tanda bahaya")
    picture = page.locator(".lesson-figure img")
    picture.scroll_into_view_if_needed()
    expect(picture).to_have_js_property("complete", True)
    assert picture.evaluate("img => img.naturalWidth") > 0  # the stored picture, not a broken one
    page.get_by_role("button", name="Saya sudah membaca modul ini sampai selesai").click()
    expect(page.locator(".completion__queued")).to_contain_text("Menunggu koneksi")
    expect(page.locator("[data-pwa]")).to_contain_text("Konfirmasi modul yang menunggu koneksi: 1")
    assert not ModuleProgress.objects.filter(module=first, completed_at__isnull=False).exists()

    # A page that is not stored: the site's own offline page, listing what is stored, not the browser's error.
    page.goto(base + "/sertifikat/")
    expect(page.locator("h1")).to_have_text("Anda sedang offline")
    expect(page.locator("[data-offline-list]")).to_contain_text("Mencegah TPPO di Sekolah")
    expect(page.locator("[data-pwa]")).to_contain_text("Konfirmasi modul yang menunggu koneksi: 1")

    # Back on the stored module, still offline, it still says it is waiting; then the connection returns.
    page.goto(base + first.url)
    expect(page.locator(".completion__queued")).to_contain_text("Menunggu koneksi")
    context.set_offline(False)
    expect(page.locator("[data-pwa]")).to_contain_text(
        "Konfirmasi Anda untuk “Mengenali tanda bahaya” sudah sampai. Modul selesai."
    )
    progress = ModuleProgress.objects.get(enrollment__user=teacher, module=first)
    assert progress.read_at is not None and progress.completed_at is not None
    assert ModuleProgress.objects.filter(enrollment__user=teacher).count() == 1
    # The way on: the second module, open now. Back on the course page, the stored course takes it in.
    page.get_by_role("link", name="Lanjutkan", exact=True).click()
    expect(page.locator("h1")).to_have_text("Melapor dan merujuk")
    page.goto(base + course_page.url)
    expect(page.locator(".course__status")).to_contain_text("1 dari 2 modul")
    expect(page.locator("[data-offline-status]")).to_contain_text("Tersimpan untuk dibaca offline · ")
    expect(page.locator("[data-offline-detail]")).to_be_hidden()
    # Read offline again, the first module is stored as the participant last saw it: completed.
    context.set_offline(True)
    page.goto(base + first.url)
    expect(page.locator(".completion")).to_contain_text("Anda sudah menyelesaikan modul ini")
    page.goto(base + second.url)
    expect(page.locator("h1")).to_have_text("Melapor dan merujuk")
    # The course page, opened online above, was stored again by the service worker as it was seen then.
    page.goto(base + course_page.url)
    expect(page.locator(".course__status")).to_contain_text("1 dari 2 modul")
    context.close()


def test_a_visitor_stores_nothing_personal_and_logging_out_empties_the_phone(
    browser, live_server, course, teacher
):
    course_page, first, _second = course
    base = live_server.url
    Enrollment.objects.create(user=teacher, course=course_page)

    # A visitor browses: only the site's static files and the offline page (nobody's) are stored.
    visitor = browser.new_context(viewport=PHONE, locale="id-ID")
    page = visitor.new_page()
    for path in ("/", course_page.url, "/akun/login/"):
        page.goto(base + path)
    wait_for_worker(page)
    page.reload()
    found = caches_of(page)
    assert not [name for name in found if name.startswith("sinergi-course-")]
    pages = html_in(found)
    assert [re.sub(r"\?.*", "", url) for _name, url, _body in pages] == [base + "/luring/"]
    assert all(
        re.sub(r"\?.*", "", url).startswith(base + "/static/") or url.startswith(base + "/luring/")
        for rows in found.values()
        for url, _kind, _body in rows
    ), found
    visitor.close()

    # A participant stores the course, then logs out on the same phone.
    context = browser.new_context(viewport=PHONE, locale="id-ID")
    context.set_default_timeout(SLOW)
    log_in(context, live_server, teacher)
    page = context.new_page()
    page.goto(base + course_page.url)
    wait_for_worker(page)
    page.get_by_role("button", name=re.compile("Simpan untuk dibaca offline")).click()
    expect(page.locator("[data-offline-status]")).to_contain_text("Tersimpan untuk dibaca offline · ")
    stored = [url for _name, url, _body in html_in(caches_of(page))]
    assert base + course_page.url in stored and base + first.url in stored

    # A shared phone whose session ended without logging out: the next participant who logs in finds
    # nothing of the last one's stored.
    other = make_user(email="guru.lain@contoh.id")
    make_profile(other, full_name="Budi Lain")
    context.clear_cookies()
    log_in(context, live_server, other)
    page.goto(base + "/belajar/")
    expect(page.locator("h1")).to_have_text("Pembelajaran saya")
    deadline = time.monotonic() + SLOW / 1000
    while [name for name in caches_of(page) if name.startswith("sinergi-course-")]:
        assert time.monotonic() < deadline, "the last participant's course stayed on the phone"
        time.sleep(0.1)

    # Back to the first participant, who stores the course again and logs out.
    context.clear_cookies()
    log_in(context, live_server, teacher)
    page.goto(base + course_page.url)
    page.get_by_role("button", name=re.compile("Simpan untuk dibaca offline")).click()
    expect(page.locator("[data-offline-status]")).to_contain_text("Tersimpan untuk dibaca offline · ")

    page.goto(base + "/akun/logout/")
    expect(page.locator("[data-logout-warning]")).to_be_visible()
    page.locator("main").get_by_role("button", name="Keluar").click()
    page.locator(".messages").wait_for()
    wait_for_worker(page)
    found = caches_of(page)
    assert not [name for name in found if name.startswith("sinergi-course-")], found
    for _name, url, body in html_in(found):
        assert url.startswith(base + "/luring/"), url
        assert "Ratna" not in body and teacher.email not in body
    # Offline now, the lesson is gone from the phone: the offline page, not the lesson.
    context.set_offline(True)
    page.goto(base + first.url)
    expect(page.locator("h1")).to_have_text("Anda sedang offline")
    expect(page.locator("[data-offline-stored]")).to_be_hidden()
    context.close()
