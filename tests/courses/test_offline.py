"""What the installable app asks of the courses app: the list of pages "available offline" stores, a module
confirmation sent by the page script (at once, or later when it was made offline), and stored copies that
leave the participant's messages alone."""

import json

import pytest
from django.test import Client

from courses.models import CourseCompletion, Enrollment, ModuleProgress

from .conftest import make_course, make_module

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}
QUEUED = {**JSON, "HTTP_X_SINERGI_QUEUED": "1"}


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def complete_url(module) -> str:
    return f"/belajar/modul/{module.pk}/selesai/"


class TestOfflinePages:
    def test_an_enrolled_participant_gets_the_course_and_the_modules_open_to_them(
        self, participant, course, modules, enrollment
    ):
        response = client_for(participant).get(f"/belajar/kursus/{course.pk}/luring/")
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
        data = json.loads(response.content)
        assert data["course"] == {"id": course.pk, "title": course.title, "url": course.url}
        # Modules in order: only the first is open, the locked ones would only redirect.
        assert data["pages"] == [course.url, modules[0].url]
        assert data["total_modules"] == 3

    def test_modules_that_opened_since_are_listed(self, participant, course, modules, enrollment):
        ModuleProgress.objects.create(
            enrollment=enrollment,
            module=modules[0],
            read_at="2026-11-30T10:00Z",
            completed_at="2026-11-30T10:00Z",
        )
        data = json.loads(client_for(participant).get(f"/belajar/kursus/{course.pk}/luring/").content)
        assert data["pages"] == [course.url, modules[0].url, modules[1].url]

    def test_someone_not_enrolled_is_told_to_enrol_and_gets_no_pages(
        self, other_participant, course, modules
    ):
        response = client_for(other_participant).get(f"/belajar/kursus/{course.pk}/luring/")
        assert response.status_code == 403
        data = json.loads(response.content)
        assert "pages" not in data
        assert data["message"] == "Daftar kursus ini dulu untuk membuka modulnya."

    def test_an_unpublished_course_is_not_found(self, participant, catalogue):
        hidden = make_course(catalogue, live=False)
        make_module(hidden)
        Enrollment.objects.create(user=participant, course=hidden)
        assert client_for(participant).get(f"/belajar/kursus/{hidden.pk}/luring/").status_code == 404


class TestConfirmationFromTheScript:
    def test_sent_at_once_it_answers_json_and_the_next_page_says_it(self, participant, modules, enrollment):
        client = client_for(participant)
        response = client.post(complete_url(modules[0]), {"confirm_read": "1"}, **JSON)
        assert response.status_code == 200
        data = json.loads(response.content)
        assert data == {"completed": True, "message": "Modul selesai.", "url": modules[1].url}
        assert "Modul selesai." in client.get(modules[1].url).content.decode()

    def test_sent_later_it_counts_and_leaves_no_message_for_a_later_page(
        self, participant, modules, enrollment
    ):
        client = client_for(participant)
        data = json.loads(client.post(complete_url(modules[0]), {"confirm_read": "1"}, **QUEUED).content)
        assert data["completed"] is True and data["message"] == "Modul selesai."
        assert ModuleProgress.objects.get(enrollment=enrollment, module=modules[0]).completed_at is not None
        assert "Modul selesai." not in client.get(modules[1].url).content.decode()

    def test_sent_twice_it_counts_once(self, participant, course, modules, enrollment):
        client = client_for(participant)
        for module in modules:
            for _ in range(2):  # the page and the retry both got through
                response = client.post(complete_url(module), {"confirm_read": "1"}, **QUEUED)
                assert json.loads(response.content)["completed"] is True
        assert ModuleProgress.objects.filter(enrollment=enrollment).count() == 3
        assert CourseCompletion.objects.filter(enrollment=enrollment).count() == 1

    def test_a_refusal_is_explained_in_json(self, participant, modules, enrollment):
        response = client_for(participant).post(complete_url(modules[2]), {"confirm_read": "1"}, **QUEUED)
        assert response.status_code == 409
        data = json.loads(response.content)
        assert data["error"] == "module_locked"
        assert data["message"] == "Modul ini terbuka setelah Anda menyelesaikan modul sebelumnya."
        assert not ModuleProgress.objects.filter(module=modules[2], completed_at__isnull=False).exists()

    def test_without_the_script_the_form_works_as_before(self, participant, modules, enrollment):
        response = client_for(participant).post(complete_url(modules[0]), {"confirm_read": "1"})
        assert response.status_code == 302 and response["Location"] == modules[1].url


def test_a_stored_copy_leaves_the_participants_messages_for_their_next_page(participant, modules, enrollment):
    client = client_for(participant)
    client.post(complete_url(modules[0]), {"confirm_read": "1"})  # "Modul selesai." waits for the next page
    copy = client.get(modules[1].url, HTTP_X_SINERGI_OFFLINE_COPY="1").content.decode()
    assert "Modul selesai." not in copy
    assert "Modul selesai." in client.get(modules[1].url).content.decode()


def test_the_course_page_and_my_learning_offer_the_offline_control_to_participants_only(
    participant, other_participant, course, modules, enrollment
):
    control = f'data-offline-course="{course.pk}"'
    mine = client_for(participant)
    assert control in mine.get(course.url).content.decode()
    assert control in mine.get("/belajar/").content.decode()
    assert control not in client_for(other_participant).get(course.url).content.decode()
    assert control not in Client().get(course.url).content.decode()
