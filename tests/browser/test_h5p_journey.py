"""A teacher plays the tiny H5P activity inside a lesson on her phone: the player loads when she scrolls to
it, runs in a sandboxed frame, her result is recorded and the module is completed."""

from django.test import Client
from playwright.sync_api import Page, expect

from courses import services as course_services
from courses.models import ModuleProgress
from h5p.models import H5PResult, H5PUserData
from tests.conftest import make_profile, make_user
from tests.courses.conftest import make_course, make_module
from tests.h5p.conftest import make_activity


def _log_in(page: Page, live_server, user) -> None:
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def test_a_participant_plays_an_activity_and_completes_the_module(page: Page, live_server):
    activity = make_activity()  # committed at once here, so the check has run
    activity.refresh_from_db()
    assert activity.is_playable, activity.rejection_reason
    course = make_course(title="Waspada Lowongan Kerja Palsu", require_read=False, require_quiz=True)
    long_text = "".join(
        f"<p>Paragraf {n}: tanda-tanda tawaran kerja yang mencurigakan.</p>" for n in range(25)
    )
    module = make_module(
        course,
        title="Kenali modusnya",
        body=[
            {"type": "paragraph", "value": long_text},
            {
                "type": "h5p",
                "value": {"activity": activity.pk, "requirement": "completed", "pass_percent": None},
            },
        ],
    )
    teacher = make_user()
    make_profile(teacher)
    course_services.enrol(user=teacher, course=course)
    _log_in(page, live_server, teacher)

    page.goto(live_server.url + module.url)
    section = page.locator("[data-h5p-activity]")
    expect(section.get_by_role("heading", name="Kenali tanda lowongan kerja palsu")).to_be_visible()
    # Lazy: no player frame until the activity comes into view.
    expect(section.locator("iframe")).to_have_count(0)
    section.scroll_into_view_if_needed()
    frame = page.frame_locator("[data-h5p-activity] iframe")
    button = frame.get_by_role("button", name="Saya sudah paham")
    expect(button).to_be_visible(timeout=15_000)
    assert page.evaluate("document.querySelector('[data-h5p-activity] iframe').getAttribute('sandbox')") == (
        "allow-scripts allow-downloads"
    )
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, "the lesson scrolls sideways on a phone"
    button.click()
    result = section.locator("[data-h5p-result]")
    expect(result).to_have_class("h5p-activity__result h5p-activity__result--saved", timeout=10_000)
    expect(result).to_contain_text("3")

    stored = H5PResult.objects.get(user=teacher)
    assert (stored.score, stored.max_score, stored.completed) == (3, 3, True)
    assert ModuleProgress.objects.get(enrollment__user=teacher, module=module).completed_at is not None
    assert H5PUserData.objects.get(user=teacher, activity=activity).state == '{"done":true}'
    page.reload()
    expect(page.get_by_text("100%").first).to_be_visible()
    # The activity resumes where she left it: the state its frame reported was saved.
    page.locator("[data-h5p-activity]").scroll_into_view_if_needed()
    expect(page.frame_locator("[data-h5p-activity] iframe").get_by_role("button")).to_have_text(
        "Terima kasih!", timeout=15_000
    )
