"""A trainer writes a course with two modules and submits them, an officer approves them, and a teacher enrols
and completes the course on her phone."""

import re
from pathlib import Path

import pytest
from django.test import Client
from playwright.sync_api import Page, expect

from courses.models import CourseCompletion, CourseIndexPage, CoursePage

SHOTS = Path("/tmp/shots/courses")  # noqa: S108 (screenshots for people to look at)
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
COURSE_TITLE = "Mengenali TPPO untuk Guru"
# The admin saves pages, revisions and search entries; on a busy two-core machine that can take seconds.
SLOW = 20_000


def log_in(page: Page, live_server, user) -> None:
    page.set_default_timeout(SLOW)
    client = Client()
    client.force_login(user)
    page.context.clear_cookies()
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def shoot(page: Page, name: str, *, both: bool = True) -> None:
    """The page as it is, then at the other width: each participant page is seen on phone and desktop."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size
    page.screenshot(path=str(SHOTS / f"{name}-{'phone' if size == PHONE else 'desktop'}.png"), full_page=True)
    if both:
        other = DESKTOP if size == PHONE else PHONE
        page.set_viewport_size(other)
        page.screenshot(
            path=str(SHOTS / f"{name}-{'phone' if other == PHONE else 'desktop'}.png"), full_page=True
        )
        page.set_viewport_size(size)


def type_into(page: Page, editor, text: str, *, stored_in: str) -> None:
    """Type into a Draftail editor as a person would; Draftail stores it in a hidden input shortly after."""
    editor.wait_for()
    editor.click()
    expect(editor).to_be_focused()
    page.keyboard.type(text, delay=10)
    expect(editor).to_contain_text(text)
    expect(page.locator(f"input[name='{stored_in}']")).to_have_value(
        re.compile(re.escape(text.split(":")[0]))
    )


def type_rich_text(page: Page, field: str, text: str) -> None:
    editor = page.locator(f"[data-contentpath='{field}'] [contenteditable='true']").first
    type_into(page, editor, text, stored_in=field)


def submit_for_review(page: Page) -> None:
    page.locator("footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']").last.click()
    page.locator("button[name='action-submit']").click()
    expect(page.locator(".messages .success")).to_be_visible(timeout=SLOW)


def write_course(page: Page, base: str, catalogue) -> CoursePage:
    page.goto(f"{base}/admin/pages/add/courses/coursepage/{catalogue.pk}/")
    page.locator("#id_title").fill(COURSE_TITLE)
    page.locator("#id_summary").fill("Kenali modus perdagangan orang yang menyasar siswa dan cara melapor.")
    type_rich_text(page, "learning_outcomes", "Mengenali tanda bahaya TPPO pada siswa.")
    page.locator("#id_audience").fill("Guru SD, SMP dan SMA")
    page.locator("#id_duration_jp").fill("2")
    submit_for_review(page)
    return CoursePage.objects.get(title=COURSE_TITLE)


def write_module(page: Page, base: str, course: CoursePage, title: str, text: str) -> None:
    page.goto(f"{base}/admin/pages/add/courses/modulepage/{course.pk}/")
    page.locator("#id_title").fill(title)
    page.locator("#id_summary").fill(f"Ringkasan {title.lower()}.")
    body = page.locator("[data-contentpath='body']")
    body.locator("button.c-sf-add-button").first.click()
    page.get_by_role("option", name=re.compile(r"^Teks")).first.click()
    type_into(page, body.locator("[contenteditable='true']").first, text, stored_in="body-0-value")
    submit_for_review(page)


def approve(page: Page, base: str, page_id: int) -> None:
    page.goto(f"{base}/admin/pages/{page_id}/edit/")
    page.locator("footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']").last.click()
    # "Approve" without a comment (the one with a comment opens a dialog first).
    page.locator("button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])").click()
    expect(page.locator(".messages .success")).to_be_visible(timeout=SLOW)


@pytest.fixture
def desktop_page(live_server, browser):
    context = browser.new_context(viewport=DESKTOP, locale="id-ID")
    yield context.new_page()
    context.close()


def test_trainer_writes_officer_approves_teacher_completes(
    live_server, trainer, officer, participant, page: Page, desktop_page: Page
):
    # Database fixtures come before the browser ones: Playwright's event loop must not be running yet when
    # the test database is restored.
    base = live_server.url
    catalogue = CourseIndexPage.objects.get()

    # The trainer writes the course and its two modules, and can only submit them for review.
    log_in(desktop_page, live_server, trainer)
    course = write_course(desktop_page, base, catalogue)
    write_module(
        desktop_page, base, course, "Modul 1: Apa itu TPPO", "Tiga unsur TPPO: proses, cara, tujuan."
    )
    write_module(desktop_page, base, course, "Modul 2: Melapor", "Laporkan ke SAPA 129 atau UPTD PPA.")
    modules = list(course.modules())
    assert len(modules) == 2
    assert not CoursePage.objects.get(pk=course.pk).live
    assert not any(course.modules().values_list("live", flat=True))

    # Nothing is visible to participants yet.
    log_in(page, live_server, participant)
    page.goto(base + catalogue.url)
    expect(page.get_by_text(COURSE_TITLE)).to_have_count(0)

    # The officer approves and publishes the course and both modules.
    log_in(desktop_page, live_server, officer)
    for page_id in [course.pk, *(m.pk for m in modules)]:
        approve(desktop_page, base, page_id)
    assert CoursePage.objects.get(pk=course.pk).live
    assert all(course.modules().values_list("live", flat=True))

    # The teacher, on her phone, finds the course, enrols and completes both modules.
    page.goto(base + catalogue.url)
    shoot(page, "1-catalogue")
    page.get_by_role("link", name=COURSE_TITLE).click()
    expect(page.get_by_role("heading", name=COURSE_TITLE)).to_be_visible()
    shoot(page, "2-course-not-enrolled")
    page.get_by_role("button", name="Daftar kursus ini").click()

    expect(page.get_by_role("heading", name="Modul 1: Apa itu TPPO")).to_be_visible()
    expect(page.get_by_text("Tiga unsur TPPO: proses, cara, tujuan.")).to_be_visible()
    shoot(page, "3-module")
    page.get_by_role("button", name="Saya sudah membaca modul ini sampai selesai").click()

    expect(page.get_by_role("heading", name="Modul 2: Melapor")).to_be_visible()
    expect(page.get_by_text("Modul selesai.")).to_be_visible()
    page.get_by_role("button", name="Saya sudah membaca modul ini sampai selesai").click()

    expect(page.get_by_text(re.compile("Selamat! Anda telah menyelesaikan kursus"))).to_be_visible()
    expect(page.get_by_role("progressbar")).to_have_attribute("aria-valuenow", "100")
    expect(page.get_by_text("100% selesai")).to_be_visible()
    shoot(page, "4-course-completed")

    page.get_by_role("link", name="Pembelajaran saya").click()
    expect(page.get_by_role("heading", name="Selesai")).to_be_visible()
    expect(page.get_by_role("link", name=COURSE_TITLE)).to_be_visible()
    shoot(page, "5-my-learning")

    completion = CourseCompletion.objects.get(user=participant, course=course)
    assert completion.course_version == 1
