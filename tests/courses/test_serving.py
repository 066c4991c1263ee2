"""Lessons are Wagtail pages: every serve hook runs, preview shows the real outline, the cache never leaks."""

import re

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.urls import reverse
from wagtail import hooks
from wagtail.blocks import StreamValue
from wagtail.images import get_image_model

from courses import services
from courses.blocks import LessonStreamBlock
from courses.models import ModuleQuiz
from h5p.models import H5PResult
from sinergi.blocks import is_personal
from sinergi.models import HelpSettings
from tests.h5p.conftest import make_activity

from .conftest import (
    make_course,
    make_document,
    make_embed,
    make_image,
    make_module,
    make_quiz,
    quiz_block,
    take_quiz,
)

pytestmark = pytest.mark.django_db


def html_of(response) -> str:
    return response.content.decode()


class TestWagtailServing:
    def test_before_serve_page_hooks_see_the_module(self, client, participant, enrollment, modules):
        seen = []

        def hook(page, request, args, kwargs):
            seen.append(page.specific)
            if request.GET.get("block"):
                return HttpResponse("diblokir oleh hook")
            return None

        client.force_login(participant)
        with hooks.register_temporarily("before_serve_page", hook):
            assert "Isi pelajaran" in html_of(client.get(modules[0].url))
            assert html_of(client.get(modules[0].url + "?block=1")) == "diblokir oleh hook"
        assert seen == [modules[0], modules[0]]

    def test_on_serve_page_hooks_wrap_the_module(self, client, participant, enrollment, modules):
        def wrap(next_serve):
            def inner(page, request, args, kwargs):
                response = next_serve(page, request, args, kwargs)
                response["X-Dilayani-Oleh"] = f"wagtail:{page.pk}"
                return response

            return inner

        client.force_login(participant)
        with hooks.register_temporarily("on_serve_page", wrap):
            response = client.get(modules[0].url)
        assert response["X-Dilayani-Oleh"] == f"wagtail:{modules[0].pk}"

    def test_password_protected_course_asks_for_the_password_first(
        self, client, participant, enrollment, modules, course
    ):
        from wagtail.models import PageViewRestriction

        PageViewRestriction.objects.create(
            page=course, restriction_type=PageViewRestriction.PASSWORD, password="rahasia"
        )
        client.force_login(participant)
        html = html_of(client.get(modules[0].url))
        assert "Isi pelajaran nomor 1." not in html
        assert 'name="password"' in html

    def test_preview_shows_the_draft_with_the_course_outline(self, client, trainer, modules):
        draft = modules[1].get_latest_revision_as_object()
        draft.title = "Judul Baru yang Belum Terbit"
        draft.body = [{"type": "paragraph", "value": "<p>Paragraf draf untuk ditinjau.</p>"}]
        draft.save_revision(user=trainer)
        client.force_login(trainer)
        html = html_of(client.get(reverse("wagtailadmin_pages:view_draft", args=[modules[1].pk])))
        assert "Paragraf draf untuk ditinjau." in html
        assert "Judul Baru yang Belum Terbit" in html
        assert "Modul 2 dari 3" in html
        for module in (modules[0], modules[2]):
            assert module.title in html  # the outline of the course, as participants see it
        # The live lesson is untouched until an officer publishes.
        assert "Paragraf draf" not in html_of(client.get(modules[1].url))


class TestModuleQuizTable:
    def test_follows_publish_and_unpublish(self, course, trainer, officer):
        quiz, other = make_quiz(title="Kuis A"), make_quiz(title="Kuis B")
        module = make_module(course, live=False, body=[quiz_block(quiz)])
        assert not ModuleQuiz.objects.filter(module=module).exists()  # a draft uses nothing yet

        module.save_revision(user=trainer).publish(user=officer)
        assert set(ModuleQuiz.objects.filter(module=module).values_list("quiz_id", flat=True)) == {quiz.pk}

        draft = module.get_latest_revision_as_object()
        draft.body = [quiz_block(other)]
        revision = draft.save_revision(user=trainer)
        # Saving a draft changes nothing participants can reach.
        assert set(ModuleQuiz.objects.filter(module=module).values_list("quiz_id", flat=True)) == {quiz.pk}

        revision.publish(user=officer)
        assert set(ModuleQuiz.objects.filter(module=module).values_list("quiz_id", flat=True)) == {other.pk}

        module.refresh_from_db()
        module.unpublish(user=officer)
        assert not ModuleQuiz.objects.filter(module=module).exists()

    def test_passing_a_quiz_completes_the_module_that_uses_it(
        self, participant, course, django_capture_on_commit_callbacks
    ):
        quiz = make_quiz()
        course.require_quiz, course.require_read = True, False
        course.save()
        module = make_module(course, body=[quiz_block(quiz)])
        services.enrol(user=participant, course=course)
        with django_capture_on_commit_callbacks(execute=True):
            take_quiz(participant, quiz)
        assert module.progress.get(enrollment__user=participant).completed_at is not None


def _every_block_lesson(quiz, activity) -> StreamValue:
    """One block of every kind a trainer can add, from each block's own preview value."""
    make_image(), make_document(), make_embed()
    stream = LessonStreamBlock()
    values = []
    for name, block in stream.child_blocks.items():
        value = block.get_preview_value()
        if name == "quiz":
            value = block.normalize({"quiz": quiz})
        if name == "h5p":
            value = block.normalize({"activity": activity, "requirement": "completed"})
        values.append((name, value))
    return StreamValue(stream, values)


def _without_tokens(html: str) -> str:
    html = re.sub(r'data-player-url="[^"]+"', "", html)  # a signed play token, issued per request
    html = re.sub(r'data-csrf="[^"]+"', "", html)
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def test_no_block_shows_one_participant_anything_of_another(
    client, participant, other_participant, course, django_capture_on_commit_callbacks
):
    quiz = make_quiz(title="Kuis Pengenal")
    with django_capture_on_commit_callbacks(execute=True):
        activity = make_activity()
    activity.refresh_from_db()
    module = make_module(course, body=[])
    module.body = _every_block_lesson(quiz, activity)
    module.save_revision().publish()
    module.refresh_from_db()
    assert {block.block_type for block in module.body} == set(LessonStreamBlock().child_blocks)
    for user in (participant, other_participant):
        services.enrol(user=user, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        take_quiz(participant, quiz)
    H5PResult.objects.create(user=participant, activity=activity, verb="completed", score=2, max_score=3)

    def page_for(user) -> str:
        client.force_login(user)
        response = client.get(module.url)
        assert response.status_code == 200
        return _without_tokens(html_of(response))

    cache.clear()
    alone = page_for(other_participant)  # what the other participant sees with nothing cached
    cache.clear()
    first = page_for(participant)  # fills the shared cache
    after = page_for(other_participant)
    assert "100%" in first and "100%" not in after  # the quiz card is the participant's own
    assert "66%" in first and "66%" not in after  # so is the H5P activity's best result
    assert after == alone
    personal = [name for name, block in LessonStreamBlock().child_blocks.items() if is_personal(block)]
    assert personal == ["quiz", "h5p"]


class TestOutlineCache:
    def test_outline_follows_published_renamed_and_moved_modules(
        self, client, participant, catalogue, course, modules, officer, django_capture_on_commit_callbacks
    ):
        course.sequential = False
        course.save()
        services.enrol(user=participant, course=course)
        client.force_login(participant)
        assert "Modul 1 dari 3" in html_of(client.get(modules[0].url))
        with django_capture_on_commit_callbacks(execute=True):
            added = make_module(course, title="Modul Tambahan")
        html = html_of(client.get(modules[0].url))
        assert "Modul 1 dari 4" in html and "Modul Tambahan" in html
        draft = added.get_latest_revision_as_object()
        draft.title = "Modul Tambahan Berganti Nama"
        with django_capture_on_commit_callbacks(execute=True):
            draft.save_revision(user=officer).publish(user=officer)
        assert "Modul Tambahan Berganti Nama" in html_of(client.get(modules[0].url))
        other = make_course(catalogue, title="Kursus Lain")
        with django_capture_on_commit_callbacks(execute=True):
            modules[2].move(other, pos="last-child")
        html = html_of(client.get(modules[0].url))
        assert "Modul 1 dari 3" in html and modules[2].title not in html


class TestLessonCache:
    @pytest.fixture
    def reader(self, client, participant, course):
        course.sequential = False
        course.save()
        services.enrol(user=participant, course=course)
        client.force_login(participant)
        return client

    def test_a_changed_pass_mark_shows_at_once(self, reader, course):
        quiz = make_quiz(pass_mark=70)
        module = make_module(course, body=[quiz_block(quiz)])
        assert "Nilai lulus 70%" in html_of(reader.get(module.url))
        quiz.pass_mark = 85
        quiz.save()
        html = html_of(reader.get(module.url))
        assert "Nilai lulus 85%" in html and "Nilai lulus 70%" not in html

    def test_a_changed_image_description_shows_at_once(
        self, reader, course, django_capture_on_commit_callbacks
    ):
        image = make_image()
        module = make_module(course, body=[{"type": "image", "value": {"image": image.pk, "caption": ""}}])
        assert 'alt="Poster ungu bertuliskan Stop TPPO"' in html_of(reader.get(module.url))
        image = get_image_model().objects.get(pk=image.pk)
        image.description = "Poster hijau tentang kerja aman"
        with django_capture_on_commit_callbacks(execute=True):
            image.save()
        assert 'alt="Poster hijau tentang kerja aman"' in html_of(reader.get(module.url))

    def test_a_published_change_shows_at_once(self, reader, course):
        module = make_module(course)
        assert "Isi pelajaran nomor 1." in html_of(reader.get(module.url))
        draft = module.get_latest_revision_as_object()
        draft.body = [{"type": "paragraph", "value": "<p>Isi yang sudah diperbarui.</p>"}]
        draft.save_revision().publish()
        html = html_of(reader.get(module.url))
        assert "Isi yang sudah diperbarui." in html and "Isi pelajaran nomor 1." not in html

    def test_changed_hotlines_show_in_lessons(self, reader, course):
        module = make_module(course, body=[{"type": "help", "value": {"intro": ""}}])
        reader.get(module.url)
        help_settings = HelpSettings.objects.get(site__is_default_site=True)
        help_settings.uptd_phone = "0733-555000"
        help_settings.save()
        assert "0733-555000" in html_of(reader.get(module.url))
