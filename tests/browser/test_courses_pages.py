"""Every participant page of the courses app on a phone and on a desktop: it fits the screen and shows what
it should. Screenshots go to /tmp/shots/courses/ for a person to look at."""

import mimetypes
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from playwright.sync_api import Page, expect

from courses import services
from courses.models import CourseIndexPage
from tests.courses.conftest import make_course, make_image, make_module, make_quiz, rich_lesson

SHOTS = Path("/tmp/shots/courses")  # noqa: S108 (screenshots for people to look at)
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


def serve_media(page: Page) -> None:
    """The live server does not serve uploads (DEBUG is off); hand them to the browser from MEDIA_ROOT."""

    def handle(route):
        path = Path(settings.MEDIA_ROOT) / route.request.url.split("/media/", 1)[1]
        if path.is_file():
            route.fulfill(path=str(path), content_type=mimetypes.guess_type(path.name)[0] or "")
        else:
            route.fulfill(status=404)

    page.route("**/media/**", handle)


def log_in(page: Page, live_server, user) -> None:
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def check_and_shoot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    for label, size in [("phone", PHONE), ("desktop", DESKTOP)]:
        page.set_viewport_size(size)
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{name} scrolls sideways on a {label} by {overflow}px"
        page.screenshot(path=str(SHOTS / f"page-{name}-{label}.png"), full_page=True)
    page.set_viewport_size(PHONE)


@pytest.fixture
def site(participant):
    catalogue = CourseIndexPage.objects.get()
    course = make_course(
        catalogue,
        title="Pencegahan Kekerasan dan TPPO",
        summary="Kursus dasar bagi guru dan aparatur kecamatan untuk mengenali, mencegah dan merujuk kasus.",
        cover_image=make_image("Sampul"),
        require_quiz=True,
    )
    quiz = make_quiz(title="Kuis Modul 1: Mengenali TPPO")
    lesson = make_module(
        course,
        title="Mengenali TPPO",
        summary="Tiga unsur TPPO dan modus yang sering dipakai pelaku.",
        learning_outcomes="<ul><li>Menyebut tiga unsur TPPO</li><li>Mengenali tanda bahaya</li></ul>",
        duration_minutes=13,
        body=rich_lesson(blocks=10, quiz=quiz),
    )
    make_module(course, title="Kekerasan terhadap Perempuan", summary="UU PKDRT dan UU TPKS.")
    make_module(course, title="Melapor dan Merujuk", summary="SAPA 129, UPTD PPA, polisi.")
    other = make_course(
        catalogue, title="Anak Berhadapan dengan Hukum", summary="Diversi dan kerahasiaan anak."
    )
    make_module(other, title="Diversi")
    services.enrol(user=participant, course=course)
    return course, lesson, other


def test_participant_pages_fit_phone_and_desktop(live_server, participant, site, page: Page):
    # Database fixtures come before the browser ones (see test_courses_journey.py).
    course, lesson, other = site
    base = live_server.url
    serve_media(page)
    log_in(page, live_server, participant)

    page.goto(base + lesson.url)
    expect(page.get_by_role("heading", name="Mengenali TPPO", exact=True)).to_be_visible()
    expect(page.get_by_text("Kuis Modul 1: Mengenali TPPO")).to_be_visible()
    expect(page.get_by_text("Kasus Rani")).to_be_visible()
    check_and_shoot(page, "module")

    page.goto(base + course.url)
    expect(page.get_by_role("link", name="Mulai: Mengenali TPPO")).to_be_visible()
    check_and_shoot(page, "course-enrolled")

    page.goto(base + CourseIndexPage.objects.get().url)
    check_and_shoot(page, "catalogue")

    page.goto(base + reverse("courses:my_learning"))
    expect(page.get_by_role("heading", name="Sedang berjalan")).to_be_visible()
    check_and_shoot(page, "my-learning")

    page.goto(base + reverse("courses:search") + "?q=diversi")
    expect(page.get_by_role("link", name="Diversi", exact=True)).to_be_visible()
    check_and_shoot(page, "search")

    page.goto(base + reverse("courses:enrol", args=[other.pk]))
    expect(page.get_by_role("button", name="Daftar kursus ini")).to_be_visible()
    check_and_shoot(page, "enrol-confirm")

    # A locked module sends the participant back to the course with a reason.
    second = course.modules()[1]
    page.goto(base + second.url)
    expect(page.get_by_text("Modul ini terbuka setelah Anda menyelesaikan modul sebelumnya.")).to_be_visible()
