"""A lesson with videos and images on a phone: nothing is requested from a video site until the participant
taps play, the tap loads the player in place, and the page stays axe-clean with 44 px targets.

Screenshots of the video block before and after the tap, when asked: SHOTS_DIR=/some/dir pytest ...
"""

import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from courses.models import Enrollment
from tests.courses.conftest import VIDEO_URL, make_course, make_document, make_embed, make_image, make_module

from .conftest import PHONE
from .test_courses_pages import log_in, serve_media
from .test_touch_and_axe import MEASURE, MIN, axe_violations

SHOTS = Path(os.environ["SHOTS_DIR"]) if os.environ.get("SHOTS_DIR") else None
PLAYER = "https://www.youtube-nocookie.com/embed/"


@pytest.fixture
def lesson(participant):
    make_embed()
    course = make_course(title="Pencegahan TPPO")
    clip = make_document("Video kasus Rani", "kasus-rani.mp4", b"\0" * (2 * 1024 * 1024))
    body = [
        {"type": "heading", "value": {"text": "Mengenali modus perekrutan", "level": "h2"}},
        {
            "type": "video",
            "value": {
                "embed": VIDEO_URL,
                "file": None,
                "duration": "3:20",
                "poster": None,
                "caption": "Modus perekrutan pekerja migran non-prosedural.",
                "transcript": "<p>Perekrut datang ke desa menawarkan gaji besar.</p>",
            },
        },
        {"type": "paragraph", "value": "<p>Perhatikan tanda bahayanya: gaji tinggi tanpa kontrak.</p>"},
        {"type": "image", "value": {"image": make_image().pk, "alt_text": "", "caption": "Poster kampanye"}},
        {
            "type": "video",
            "value": {
                "embed": VIDEO_URL,
                "file": None,
                "duration": "12:05",
                "poster": make_image("Sampul video").pk,
                "caption": "Wawancara dengan petugas UPTD PPA.",
                "transcript": "",
            },
        },
        {
            "type": "video",
            "value": {
                "embed": "",
                "file": clip.pk,
                "duration": "",
                "caption": "Kasus Rani",
                "transcript": "",
            },
        },
    ]
    module = make_module(course, title="Modus TPPO", body=body)
    Enrollment.objects.create(user=participant, course=course)
    return module


def test_a_video_loads_nothing_until_the_tap_then_plays_in_place(page, live_server, participant, lesson):
    outside = []

    def watch(request):
        address = urlsplit(request.url)
        if address.scheme.startswith("http") and address.hostname not in ("127.0.0.1", "localhost"):
            outside.append(request.url)

    page.on("request", watch)
    serve_media(page)
    # The video site itself is out of reach in tests: a stand-in player answers for it.
    page.route(
        f"{PLAYER}**",
        lambda route: route.fulfill(
            content_type="text/html", body="<html><body style='background:#000'></body></html>"
        ),
    )
    log_in(page, live_server, participant)
    page.goto(live_server.url + lesson.url)
    page.wait_for_load_state("networkidle")

    expect(page.locator("iframe")).to_have_count(0)
    assert outside == [], "nothing may be requested from another site before the tap"
    first = page.locator(".lesson-video").first
    play = first.get_by_role("link", name=re.compile("Putar video"))
    expect(play).to_contain_text("sekitar 17 MB")
    expect(page.locator(".lesson-video").nth(1)).to_contain_text("sekitar 61 MB")
    expect(page.locator(".lesson-video").nth(2)).to_contain_text(re.compile(r"Berkas video, 2,0\sMB"))

    small = page.evaluate(MEASURE, MIN)
    assert not small, small
    violations = axe_violations(page)
    assert not violations, violations
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        first.scroll_into_view_if_needed()
        first.screenshot(path=str(SHOTS / "data-saving-video-before-tap.png"))
        page.locator(".lesson-video").nth(1).screenshot(path=str(SHOTS / "data-saving-video-poster.png"))
        page.locator(".lesson-video").nth(2).screenshot(path=str(SHOTS / "data-saving-video-file.png"))

    play.click()
    player = first.locator("iframe")
    expect(player).to_have_count(1)
    assert player.get_attribute("src") == f"{PLAYER}x?autoplay=1"
    assert player.get_attribute("title") == "Video TPPO"
    expect(player).to_be_focused()
    page.wait_for_load_state("networkidle")
    assert outside == [f"{PLAYER}x?autoplay=1"], "the tap loads the one player and nothing else"
    expect(page.locator("iframe")).to_have_count(1)  # the other videos still wait for their own tap
    if SHOTS is not None:
        first.screenshot(path=str(SHOTS / "data-saving-video-after-tap.png"))
        page.set_viewport_size(PHONE)
        page.screenshot(path=str(SHOTS / "data-saving-lesson-phone.png"), full_page=True)
