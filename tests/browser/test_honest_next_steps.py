"""The completion panel and the home page's main action as a participant sees them on a phone and a desktop:
what is left before the quiz, no button that can only fail, and one main action that matches their state.
Screenshots go to /tmp/shots/honest/ for a person to look at."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from courses import services
from courses.models import CourseIndexPage
from tests.courses.conftest import make_course, make_module, make_quiz, quiz_block, rich_lesson, take_quiz

from .test_courses_pages import DESKTOP, PHONE, log_in

SHOTS = Path("/tmp/shots/honest")  # noqa: S108 (screenshots for people to look at)


def shoot(page: Page, name: str, *, locator=None) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    for label, size in [("phone", PHONE), ("desktop", DESKTOP)]:
        page.set_viewport_size(size)
        path = str(SHOTS / f"{name}-{label}.png")
        if locator is None:
            page.screenshot(path=path)
        else:
            locator.scroll_into_view_if_needed()
            locator.screenshot(path=path)
    page.set_viewport_size(PHONE)


@pytest.mark.browser
def test_panel_and_home_tell_the_participant_what_is_next(page: Page, live_server, participant):
    catalogue = CourseIndexPage.objects.get()
    course = make_course(catalogue, title="Pencegahan Kekerasan dan TPPO", require_quiz=True)
    quiz = make_quiz(title="Kuis Modul 1: Mengenali TPPO")
    lesson = make_module(course, title="Mengenali TPPO", body=[*rich_lesson(blocks=4), quiz_block(quiz)])
    make_module(course, title="Melapor dan Merujuk")
    log_in(page, live_server, participant)

    page.goto(live_server.url + "/")
    main = page.locator(".hero__actions .button").first
    expect(main).to_have_text("Mulai kursus: Pencegahan Kekerasan dan TPPO")
    shoot(page, "home-no-enrolment")

    services.enrol(user=participant, course=course)
    page.goto(live_server.url + lesson.url)
    panel = page.locator("section.completion")
    expect(panel).to_contain_text("Baca modul dan konfirmasi")
    expect(panel).to_contain_text("Lulus kuis")
    shoot(page, "panel-before-reading", locator=panel)
    panel.get_by_role("button", name="Saya sudah membaca modul ini sampai selesai").click()
    panel = page.locator("section.completion")
    expect(panel.get_by_role("button")).to_have_count(0)
    shoot(page, "panel-before-quiz", locator=panel)
    panel.get_by_role("link", name="Kerjakan kuis", exact=True).click()
    expect(page).to_have_url(re.compile(rf"/kuis/{quiz.pk}/"))

    page.goto(live_server.url + "/")
    expect(page.locator(".hero__actions .button").first).to_have_text("Lanjutkan: Mengenali TPPO")
    shoot(page, "home-in-progress")

    take_quiz(participant, quiz, correct=True)
    page.goto(live_server.url + lesson.url)
    panel = page.locator("section.completion")
    expect(panel).to_contain_text("Anda sudah menyelesaikan modul ini")
    shoot(page, "panel-after-quiz", locator=panel)

    services.complete_module(user=participant, module=course.modules().last(), confirm_read=True)
    page.goto(live_server.url + "/")
    expect(page.locator(".hero__actions .button").first).to_have_text("Lihat sertifikat saya")
    shoot(page, "home-all-done")
