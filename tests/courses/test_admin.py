"""Who may do what in the admin: trainers write and submit, officers review, publish and enrol."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.models import CourseIndexPage, CoursePage, Enrollment, ModulePage
from people.choices import Role

from .conftest import make_course

pytestmark = pytest.mark.django_db


def course_form(**overrides) -> dict:
    data = {
        "title": "Kursus Baru dari Pelatih",
        "slug": "kursus-baru-dari-pelatih",
        "summary": "Ringkasan kursus untuk guru.",
        "learning_outcomes": rich_text("<ul><li>Mengenali TPPO</li></ul>"),
        "audience": "Guru SD dan SMP",
        "duration_jp": "2",
        "sequential": "on",
        "require_read": "on",
        "version": "1",
    }
    data.update(overrides)
    return nested_form_data(data)


def module_form(**overrides) -> dict:
    data = {
        "title": "Modul Pertama",
        "slug": "modul-pertama",
        "summary": "",
        "learning_outcomes": rich_text(""),
        "body": streamfield([("paragraph", rich_text("<p>Isi modul dari pelatih.</p>"))]),
    }
    data.update(overrides)
    return nested_form_data(data)


def add_url(model: str, parent: Page) -> str:
    return reverse("wagtailadmin_pages:add", args=["courses", model, parent.pk])


def current_task_state(page):
    return WorkflowState.objects.get(
        base_content_type__model="page", object_id=str(page.pk), status="in_progress"
    ).current_task_state


class TestSetUp:
    def test_catalogue_sits_under_the_home_page(self, catalogue):
        assert (catalogue.title, catalogue.slug, catalogue.live) == ("Kursus", "kursus", True)
        assert catalogue.get_parent().specific_class.__name__ == "HomePage"
        assert catalogue.url == "/kursus/"

    def test_review_workflow_is_assigned_to_the_catalogue(self, catalogue):
        workflow = catalogue.get_workflow()
        assert workflow is not None and workflow.active
        task = workflow.tasks.get().specific
        assert list(task.groups.values_list("name", flat=True)) == [Role.OFFICER.value]

    def test_trainers_page_rights_are_on_the_catalogue_and_the_workshop_list_only(self, catalogue):
        from workshops.models import WorkshopIndexPage

        workshops = WorkshopIndexPage.objects.get()
        rights = GroupPagePermission.objects.filter(group__name=Role.TRAINER.value)
        assert {(r.page_id, r.permission.codename) for r in rights} == {
            (catalogue.pk, "add_page"),
            (catalogue.pk, "change_page"),
            (workshops.pk, "add_page"),
            (workshops.pk, "change_page"),
        }

    def test_only_officers_may_enrol_others(self):
        officers = Group.objects.get(name=Role.OFFICER.value)
        trainers = Group.objects.get(name=Role.TRAINER.value)
        assert officers.permissions.filter(codename="enrol_participants").exists()
        assert not trainers.permissions.filter(codename="enrol_participants").exists()


class TestTrainer:
    def test_can_open_the_new_course_form_in_the_catalogue(self, client, trainer, catalogue):
        client.force_login(trainer)
        assert client.get(add_url("coursepage", catalogue)).status_code == 200

    def test_cannot_add_pages_outside_the_catalogue(self, client, trainer, catalogue):
        client.force_login(trainer)
        home = catalogue.get_parent()
        response = client.get(reverse("wagtailadmin_pages:add_subpage", args=[home.pk]))
        assert response.status_code in (302, 403)
        assert client.get(reverse("wagtailadmin_pages:edit", args=[home.pk])).status_code in (302, 403)

    def test_submits_a_course_for_review_and_cannot_publish_it(self, client, trainer, catalogue):
        client.force_login(trainer)
        response = client.post(add_url("coursepage", catalogue), {**course_form(), "action-publish": "1"})
        assert response.status_code in (200, 302, 403)
        assert not CoursePage.objects.filter(live=True, slug="kursus-baru-dari-pelatih").exists()

        response = client.post(
            add_url("coursepage", catalogue), {**course_form(slug="kursus-b"), "action-submit": "1"}
        )
        assert response.status_code == 302
        course = CoursePage.objects.get(slug="kursus-b")
        assert not course.live
        assert course.current_workflow_state is not None

    def test_submits_a_module_for_review(self, client, trainer, catalogue):
        course = make_course(catalogue)
        client.force_login(trainer)
        response = client.post(add_url("modulepage", course), {**module_form(), "action-submit": "1"})
        assert response.status_code == 302
        module = ModulePage.objects.get(slug="modul-pertama")
        assert not module.live
        assert module.course.pk == course.pk
        assert module.current_workflow_state is not None

    def test_cannot_approve(self, client, trainer, catalogue):
        course = make_course(catalogue)
        client.force_login(trainer)
        client.post(add_url("modulepage", course), {**module_form(), "action-submit": "1"})
        module = ModulePage.objects.get(slug="modul-pertama")
        task_state = module.current_workflow_task_state
        url = reverse("wagtailadmin_pages:workflow_action", args=[module.pk, "approve", task_state.pk])
        response = client.post(url, {"comment": ""})
        assert response.status_code in (302, 403)
        module.refresh_from_db()
        assert not module.live


class TestOfficer:
    @pytest.fixture
    def submitted(self, client, trainer, catalogue):
        client.force_login(trainer)
        client.post(add_url("coursepage", catalogue), {**course_form(), "action-submit": "1"})
        client.logout()
        return CoursePage.objects.get(slug="kursus-baru-dari-pelatih")

    def test_approves_and_publishes(self, client, officer, submitted):
        client.force_login(officer)
        task_state = submitted.current_workflow_task_state
        url = reverse("wagtailadmin_pages:workflow_action", args=[submitted.pk, "approve", task_state.pk])
        client.post(url, {"comment": "Bagus."})
        submitted.refresh_from_db()
        assert submitted.live
        assert submitted.title == "Kursus Baru dari Pelatih"

    def test_sends_it_back_with_a_comment(self, client, officer, submitted):
        client.force_login(officer)
        task_state = submitted.current_workflow_task_state
        url = reverse("wagtailadmin_pages:workflow_action", args=[submitted.pk, "reject", task_state.pk])
        client.post(url, {"comment": "Tambahkan dasar hukum UU 21/2007."})
        submitted.refresh_from_db()
        assert not submitted.live
        task_state.refresh_from_db()
        assert task_state.status == "rejected"
        assert task_state.comment == "Tambahkan dasar hukum UU 21/2007."
        assert submitted.current_workflow_state.status == "needs_changes"


class TestEnrolParticipantsView:
    url = "/admin/kursus/daftarkan-peserta/"

    def test_officer_enrols_a_list_and_sees_what_happened(
        self, client, officer, participant, other_participant, course, modules
    ):
        from tests.conftest import make_user

        incomplete = make_user(email="belum-lengkap@contoh.id")
        Enrollment.objects.create(user=other_participant, course=course)
        client.force_login(officer)
        response = client.post(
            self.url,
            {
                "course": course.pk,
                "emails": f"{participant.email.upper()}\n{other_participant.email}, tidak-ada@contoh.id;"
                f" belum-lengkap@contoh.id",
            },
        )
        assert response.status_code == 200
        html = response.content.decode()
        assert Enrollment.objects.filter(course=course, user=participant, enrolled_by=officer).exists()
        assert not Enrollment.objects.filter(user=incomplete).exists()
        for heading in [
            "Baru didaftarkan (1)",
            "Sudah terdaftar (1)",
            "Tidak ada akun dengan alamat ini (1)",
            "Profil belum lengkap",
        ]:
            assert heading in html
        assert "tidak-ada@contoh.id" in html

    def test_bad_input_is_explained_and_nothing_is_enrolled(self, client, officer, course, modules):
        client.force_login(officer)
        response = client.post(self.url, {"course": course.pk, "emails": "bukan-email"})
        assert "Ini bukan alamat e-mail: bukan-email" in response.content.decode()
        assert not Enrollment.objects.exists()

    def test_unpublished_course_cannot_be_chosen(self, client, officer, participant, catalogue):
        draft = make_course(catalogue, live=False)
        client.force_login(officer)
        response = client.post(self.url, {"course": draft.pk, "emails": participant.email})
        assert response.status_code == 200
        assert not Enrollment.objects.exists()

    def test_menu_shows_it_to_officers_only(self, client, officer, trainer):
        client.force_login(officer)
        assert self.url in client.get("/admin/").content.decode()
        client.force_login(trainer)
        assert self.url not in client.get("/admin/").content.decode()

    def test_trainer_is_refused(self, client, trainer, course):
        client.force_login(trainer)
        response = client.get(self.url)
        assert response.status_code == 302 and response.url == "/admin/"
        response = client.post(self.url, {"course": course.pk, "emails": trainer.email})
        assert response.status_code == 302
        assert not Enrollment.objects.exists()

    def test_participant_has_no_admin(self, client, participant):
        client.force_login(participant)
        response = client.get(self.url)
        assert response.status_code == 302 and "login" in response.url
        assert client.get("/admin/").status_code == 302


def test_catalogue_page_type_is_single(catalogue):
    assert not CourseIndexPage.can_create_at(catalogue.get_parent())
