"""Every lesson block renders for participants and has a preview for trainers."""

from urllib.parse import quote

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from courses.blocks import LessonStreamBlock, VideoBlock
from courses.models import ModulePage
from sinergi.models import HelpSettings

from .conftest import VIDEO_URL, make_document, make_embed, make_image, make_module, make_quiz, rich_lesson

pytestmark = pytest.mark.django_db


def test_every_block_has_a_preview(admin_client):
    make_image()
    make_document()
    make_embed()
    make_quiz()
    stream = ModulePage._meta.get_field("body").stream_block
    for name, block in stream.child_blocks.items():
        assert block.is_previewable, name
        assert block.meta.icon and block.meta.template, name
        response = admin_client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
        assert response.status_code == 200, name
        assert len(response.content) > 300, name


def test_lesson_shows_every_kind_of_block(client, participant, course):
    from courses.models import Enrollment

    quiz = make_quiz(title="Kuis Mengenali TPPO")
    module = make_module(course, body=rich_lesson(blocks=10, quiz=quiz))
    Enrollment.objects.create(user=participant, course=course)
    settings = HelpSettings.for_site(course.get_site())
    settings.uptd_phone = "0733-123456"
    settings.save()
    client.force_login(participant)
    html = client.get(module.url).content.decode()
    assert "Mengenali tanda bahaya" in html
    assert "<b>gaji tinggi</b>" in html
    assert 'alt="Poster ungu bertuliskan Stop TPPO"' in html and "srcset=" in html
    assert "youtube-nocookie.com/embed" in html
    assert "<video" in html and "kasus" in html
    assert "Ringkasan UU 21/2007" in html and "PDF" in html
    assert "Dasar hukum" in html and "callout--legal_basis" in html
    assert "Kasus Rani" in html and "Apa tanda bahayanya?" in html
    assert "0733-123456" in html, "the help block reads the hotlines from the site settings"
    assert "Kuis Mengenali TPPO" in html
    assert f"?next={quote(module.url, safe='')}" in html, "the quiz brings the participant back here"


def test_new_hotline_shows_at_once_in_cached_lessons(client, participant, course):
    from courses.models import Enrollment

    module = make_module(course, body=[{"type": "help", "value": {"intro": ""}}])
    Enrollment.objects.create(user=participant, course=course)
    client.force_login(participant)
    client.get(module.url)
    settings = HelpSettings.for_site(course.get_site())
    settings.police_phone = "0733-110110"
    settings.save()
    assert "0733-110110" in client.get(module.url).content.decode()


def test_lesson_help_numbers_are_buttons_that_call_or_open_whatsapp(client, participant, course):
    from courses.models import Enrollment

    module = make_module(course, body=[{"type": "help", "value": {"intro": ""}}])
    Enrollment.objects.create(user=participant, course=course)
    settings = HelpSettings.for_site(course.get_site())
    settings.uptd_phone = "0733 451 234"
    settings.uptd_whatsapp = "0812-7000-1234"
    settings.save()
    client.force_login(participant)
    html = client.get(module.url).content.decode()
    lesson = html.split('<aside class="lesson-help">')[1].split("</aside>")[0]
    assert '<a class="hotline" href="tel:0733-451-234">' in lesson
    assert '<a class="hotline hotline--whatsapp" href="https://wa.me/6281270001234"' in lesson
    assert '<a class="hotline" href="tel:110">' in lesson


def test_published_change_shows_at_once(client, participant, course):
    from courses.models import Enrollment

    module = make_module(course)
    Enrollment.objects.create(user=participant, course=course)
    client.force_login(participant)
    assert "Isi pelajaran nomor 1." in client.get(module.url).content.decode()
    module.body = [{"type": "paragraph", "value": "<p>Isi yang sudah diperbarui.</p>"}]
    module.save_revision().publish()
    html = client.get(module.url).content.decode()
    assert "Isi yang sudah diperbarui." in html and "Isi pelajaran nomor 1." not in html


class TestVideoBlock:
    def clean(self, **value):
        block = VideoBlock()
        return block.clean(
            block.to_python({"embed": "", "file": None, "caption": "", "transcript": "", **value})
        )

    def test_needs_a_link_or_a_file(self):
        with pytest.raises(ValidationError):
            self.clean()

    def test_not_both(self):
        make_embed()
        video = make_document("Video", "video.mp4")
        with pytest.raises(ValidationError):
            self.clean(embed=VIDEO_URL, file=video.pk)

    def test_file_must_be_a_video(self):
        pdf = make_document()
        with pytest.raises(ValidationError) as error:
            self.clean(file=pdf.pk)
        assert "file" in error.value.block_errors

    def test_an_mp4_file_is_fine(self):
        video = make_document("Video", "video.mp4")
        assert self.clean(file=video.pk)["file"] == video


def test_lesson_needs_at_least_one_block():
    with pytest.raises(ValidationError):
        LessonStreamBlock().clean(LessonStreamBlock().to_python([]))
