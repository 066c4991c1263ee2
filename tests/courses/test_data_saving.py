"""Data saving on a participant's metered phone: videos load nothing until played and say their size first;
images come in the size and format the phone needs (AVIF or WebP renditions with srcset)."""

import re

import pytest
from django.core.exceptions import ValidationError

from courses.blocks import VideoBlock, estimated_megabytes, parse_duration
from courses.models import Enrollment

from .conftest import VIDEO_URL, make_document, make_embed, make_image, make_module

pytestmark = pytest.mark.django_db


def video(**value) -> dict:
    return {
        "type": "video",
        "value": {"embed": "", "file": None, "duration": "", "poster": None, "caption": "", **value},
    }


def lesson_page(client, participant, course, body) -> str:
    module = make_module(course, body=body)
    Enrollment.objects.get_or_create(user=participant, course=course)
    client.force_login(participant)
    response = client.get(module.url)
    assert response.status_code == 200
    return response


def csp(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {name: values for name, *values in (part.split() for part in policy.split(";") if part.strip())}


class TestVideoLink:
    def test_nothing_from_the_video_site_loads_before_the_tap(self, client, participant, course):
        make_embed()
        html = lesson_page(client, participant, course, [video(embed=VIDEO_URL, duration="3:20")])
        html = html.content.decode()
        assert "<iframe" not in html
        # The player's address waits in a data attribute for static/courses/video-embed.js; every address the
        # browser would load at once (src, srcset, poster, link rel) is the site's own.
        assert 'data-src="https://www.youtube-nocookie.com/embed/x"' in html
        loaded = re.findall(r'\s(?:src|srcset|poster)="([^"]+)"', html)
        loaded += re.findall(r'<link[^>]+href="([^"]+)"', html)
        assert loaded and all(url.startswith("/") for url in loaded), loaded
        assert "courses/video-embed" in html
        # Without JavaScript the play button is a link to the video on its own site.
        assert f'href="{VIDEO_URL}"' in html

    def test_the_size_is_shown_before_playing(self, client, participant, course):
        make_embed()
        html = lesson_page(client, participant, course, [video(embed=VIDEO_URL, duration="3:20")])
        html = html.content.decode()
        assert "Putar video" in html
        assert "sekitar 17 MB" in html and "3:20" in html
        assert "360p" in html, "the estimate says at which quality"
        assert "dari YouTube saat" in html

    def test_the_trainers_poster_is_a_responsive_image_of_our_own(self, client, participant, course):
        make_embed()
        poster = make_image("Poster video")
        html = lesson_page(
            client, participant, course, [video(embed=VIDEO_URL, duration="1:00", poster=poster.pk)]
        ).content.decode()
        frame = html[html.index("data-video-player") : html.index("data-video-play>")]
        assert 'type="image/avif"' in frame and ".webp 960w" in frame
        assert 'loading="lazy"' in frame

    def test_only_a_lesson_with_a_video_may_frame_the_video_sites(self, client, participant, course):
        make_embed()
        with_video = lesson_page(client, participant, course, [video(embed=VIDEO_URL, duration="1:00")])
        assert {"'self'", "https://www.youtube-nocookie.com", "https://player.vimeo.com"} <= set(
            csp(with_video)["frame-src"]
        )
        without = lesson_page(
            client, participant, course, [{"type": "paragraph", "value": "<p>Tanpa video.</p>"}]
        )
        assert csp(without)["frame-src"] == ["'self'"]

    def test_a_link_needs_its_length(self):
        make_embed()
        block = VideoBlock()
        value = block.to_python(video(embed=VIDEO_URL)["value"])
        with pytest.raises(ValidationError) as error:
            block.clean(value)
        assert "duration" in error.value.block_errors
        value = block.to_python(video(embed=VIDEO_URL, duration="4:30")["value"])
        assert block.clean(value)["duration"] == "4:30"

    def test_a_length_that_is_not_minutes_and_seconds_is_refused(self):
        make_embed()
        block = VideoBlock()
        with pytest.raises(ValidationError):
            block.clean(block.to_python(video(embed=VIDEO_URL, duration="4 menit")["value"]))


def test_lengths_and_estimates():
    assert parse_duration("3:20") == 200
    assert parse_duration("1:02:00") == 3720
    assert parse_duration("") is None and parse_duration("3:75") is None
    assert estimated_megabytes(200) == 17
    assert estimated_megabytes(5) == 1


def test_an_uploaded_video_shows_its_exact_size_and_loads_on_play(client, participant, course):
    file = make_document("Video kasus", "kasus.mp4", b"\0" * (3 * 1024 * 1024 + 300 * 1024))
    html = lesson_page(client, participant, course, [video(file=file.pk)]).content.decode()
    assert 'preload="none"' in html
    assert re.search(r"Berkas video, 3,3\s+MB", html)


def test_a_download_shows_its_size(client, participant, course):
    handout = make_document("Materi", "materi.pdf", b"%PDF-1.4" + b"\0" * 150 * 1024)
    body = [{"type": "document", "value": {"document": handout.pk, "description": ""}}]
    html = lesson_page(client, participant, course, body).content.decode()
    assert re.search(r"PDF · 150,0\s+KB", html)


class TestImages:
    def test_a_lesson_image_comes_in_phone_sizes_as_avif_and_webp(self, client, participant, course):
        image = make_image()
        body = [
            {"type": "paragraph", "value": "<p>Pembuka.</p>"},
            {"type": "paragraph", "value": "<p>Lanjutan.</p>"},
            {"type": "image", "value": {"image": image.pk, "alt_text": "", "caption": "Poster"}},
        ]
        html = lesson_page(client, participant, course, body).content.decode()
        picture = html[html.index("<picture") : html.index("</picture>")]
        avif = re.search(r'<source[^>]+srcset="([^"]+)"[^>]+type="image/avif"', picture)
        img = re.search(r"<img[^>]+>", picture).group(0)
        webp = re.search(r'srcset="([^"]+)"', img)  # browsers without AVIF take the image's own WebP
        assert avif and webp, picture
        assert ".avif 400w" in avif.group(1) and ".avif 800w" in avif.group(1)
        assert ".webp 400w" in webp.group(1) and ".webp 800w" in webp.group(1)
        assert 'width="400"' in img and 'height="266"' in img, "the space is kept while it loads"
        assert 'loading="lazy"' in img and "fetchpriority" not in img
        assert 'sizes="(min-width: 48rem) 44rem, 100vw"' in picture

    def test_an_image_opening_the_lesson_is_fetched_first(self, client, participant, course):
        image = make_image()
        body = [{"type": "image", "value": {"image": image.pk, "alt_text": "Poster", "caption": ""}}]
        html = lesson_page(client, participant, course, body).content.decode()
        img = re.search(r"<img[^>]+>", html[html.index("<picture") :]).group(0)
        assert 'fetchpriority="high"' in img and "loading=" not in img

    def test_course_cover_and_catalogue_cards(self, client, participant, course):
        course.cover_image = make_image()
        course.save_revision().publish()
        client.force_login(participant)
        page = client.get(course.url).content.decode()
        cover = re.search(r"<picture>.*?</picture>", page, re.S).group(0)
        assert 'type="image/avif"' in cover and ".webp 960w" in cover and 'fetchpriority="high"' in cover
        catalogue = client.get(course.get_parent().url).content.decode()
        card = re.search(r"<picture>.*?</picture>", catalogue, re.S).group(0)
        assert 'type="image/avif"' in card and ".webp 480w" in card and "course-card__cover" in card


def test_a_video_link_saved_before_lengths_were_asked_still_plays(client, participant, course):
    make_embed()
    html = lesson_page(client, participant, course, [video(embed=VIDEO_URL)]).content.decode()
    assert "Putar video" in html and "lesson-video__size" not in html and "<iframe" not in html
