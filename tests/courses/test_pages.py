"""What participants and visitors see on the catalogue, course, module, search and "my learning" pages."""

import pytest
from django.urls import reverse

from courses import services
from courses.models import ModuleProgress

from .conftest import make_course, make_module

pytestmark = pytest.mark.django_db


def html_of(response) -> str:
    return response.content.decode()


class TestCatalogue:
    def test_lists_published_courses_with_duration_and_modules(self, client, catalogue, course, modules):
        make_course(catalogue, title="Kursus Draf Rahasia", live=False)
        html = html_of(client.get(catalogue.url))
        assert "Mencegah TPPO di Sekolah" in html
        assert "4 JP" in html
        assert "3 modul" in html
        assert "Kursus Draf Rahasia" not in html

    def test_shows_the_participants_own_progress(self, client, participant, enrollment, modules, catalogue):
        services.complete_module(user=participant, module=modules[0], confirm_read=True)
        client.force_login(participant)
        html = html_of(client.get(catalogue.url))
        assert 'aria-valuenow="33"' in html


class TestCoursePage:
    def test_visitor_sees_summary_and_log_in_to_enrol(self, client, course, modules):
        html = html_of(client.get(course.url))
        assert "Mengenali dan mencegah" in html
        assert "Mengenali tanda bahaya" in html  # learning outcomes
        assert reverse("courses:enrol", args=[course.pk]) in html
        assert "Masuk untuk mendaftar" in html

    def test_not_enrolled_participant_sees_titles_but_no_lesson_links(
        self, client, participant, course, modules
    ):
        client.force_login(participant)
        html = html_of(client.get(course.url))
        assert "Daftar kursus ini" in html
        assert modules[0].title in html
        assert f'href="{modules[0].url}"' not in html

    def test_enrolled_participant_gets_links_to_open_modules_only(
        self, client, participant, enrollment, modules, course
    ):
        client.force_login(participant)
        html = html_of(client.get(course.url))
        assert f'href="{modules[0].url}"' in html
        assert f'href="{modules[1].url}"' not in html  # locked: the course is ordered
        assert "Daftar kursus ini" not in html

    def test_drafts_are_never_listed(self, client, participant, enrollment, course, modules):
        make_module(course, title="Modul Belum Terbit", live=False)
        client.force_login(participant)
        assert "Modul Belum Terbit" not in html_of(client.get(course.url))

    def test_unpublished_course_is_not_found(self, client, catalogue):
        draft = make_course(catalogue, live=False)
        assert client.get(f"{catalogue.url}{draft.slug}/").status_code == 404


class TestModulePage:
    def test_enrolled_participant_reads_the_lesson(self, client, participant, enrollment, modules):
        client.force_login(participant)
        response = client.get(modules[0].url)
        assert response.status_code == 200
        html = html_of(response)
        assert "Isi pelajaran nomor 1." in html
        assert "Modul 1 dari 3" in html
        assert "Saya sudah membaca modul ini sampai selesai" in html

    def test_lesson_lives_at_its_address_in_the_course(self, modules, course):
        assert modules[0].url == f"{course.url}{modules[0].slug}/"

    def test_old_lesson_links_lead_to_the_lesson_for_good(self, client, participant, enrollment, modules):
        client.force_login(participant)
        response = client.get(f"/belajar/modul/{modules[0].pk}/")
        assert response.status_code == 301
        assert response.url == modules[0].url
        assert "Isi pelajaran nomor 1." in html_of(client.get(response.url))

    def test_old_link_to_a_draft_is_not_found(self, client, course):
        draft = make_module(course, live=False)
        assert client.get(f"/belajar/modul/{draft.pk}/").status_code == 404

    def test_tree_address_serves_the_same_lesson(self, client, participant, enrollment, modules, course):
        client.force_login(participant)
        response = client.get(f"{course.url}{modules[0].slug}/")
        assert response.status_code == 200
        assert "Isi pelajaran nomor 1." in html_of(response)

    def test_not_enrolled_participant_is_sent_to_the_course_page(self, client, participant, modules, course):
        client.force_login(participant)
        response = client.get(modules[0].url, follow=True)
        assert response.redirect_chain[-1][0] == course.url
        html = html_of(response)
        assert "Isi pelajaran nomor 1." not in html
        assert "Daftar kursus ini" in html

    def test_visitor_is_sent_to_the_course_page(self, client, modules, course):
        response = client.get(modules[0].url)
        assert response.status_code == 302 and response.url == course.url

    def test_locked_module_redirects_with_an_explanation(
        self, client, participant, enrollment, modules, course
    ):
        client.force_login(participant)
        response = client.get(modules[1].url, follow=True)
        assert response.redirect_chain[-1][0] == course.url
        assert "modul sebelumnya" in html_of(response)

    def test_completed_previous_module_unlocks_the_next(self, client, participant, enrollment, modules):
        services.complete_module(user=participant, module=modules[0], confirm_read=True)
        client.force_login(participant)
        assert client.get(modules[1].url).status_code == 200

    def test_draft_module_is_not_found(self, client, participant, enrollment, course):
        draft = make_module(course, live=False)
        client.force_login(participant)
        assert client.get(f"{course.url}{draft.slug}/").status_code == 404

    def test_module_of_unpublished_course_is_not_found(
        self, client, participant, enrollment, modules, course
    ):
        course.unpublish()
        client.force_login(participant)
        assert client.get(modules[0].url).status_code == 404

    def test_trainer_can_check_a_lesson_without_enrolling(self, client, trainer, modules):
        client.force_login(trainer)
        response = client.get(modules[1].url)
        assert response.status_code == 200
        html = html_of(response)
        assert "Isi pelajaran" in html
        assert reverse("courses:complete", args=[modules[1].pk]) not in html

    def test_private_course_stays_private(self, client, participant, enrollment, modules, course):
        from wagtail.models import PageViewRestriction

        PageViewRestriction.objects.create(
            page=course, restriction_type=PageViewRestriction.PASSWORD, password="rahasia"
        )
        client.force_login(participant)
        response = client.get(modules[0].url)
        assert response.status_code == 200
        assert "Isi pelajaran nomor 1." not in html_of(response)
        assert 'name="password"' in html_of(response)


class TestCompleteView:
    def test_confirm_reading_moves_on_to_the_next_module(self, client, participant, enrollment, modules):
        client.force_login(participant)
        response = client.post(reverse("courses:complete", args=[modules[0].pk]), {"confirm_read": "1"})
        assert response.status_code == 302 and response.url == modules[1].url
        assert ModuleProgress.objects.get(module=modules[0]).completed_at is not None

    def test_last_module_goes_back_to_the_course_with_congratulations(
        self, client, participant, enrollment, modules, course
    ):
        client.force_login(participant)
        for module in modules:
            response = client.post(
                reverse("courses:complete", args=[module.pk]), {"confirm_read": "1"}, follow=True
            )
        assert response.redirect_chain[-1][0] == course.url
        html = html_of(response)
        assert "Selamat" in html
        assert 'aria-valuenow="100"' in html

    def test_get_is_refused(self, client, participant, enrollment, modules):
        client.force_login(participant)
        assert client.get(reverse("courses:complete", args=[modules[0].pk])).status_code == 405

    def test_locked_module_is_refused_with_a_message(self, client, participant, enrollment, modules, course):
        client.force_login(participant)
        response = client.post(
            reverse("courses:complete", args=[modules[2].pk]), {"confirm_read": "1"}, follow=True
        )
        assert "modul sebelumnya" in html_of(response)
        assert not ModuleProgress.objects.filter(module=modules[2]).exists()

    def test_not_enrolled_is_refused(self, client, other_participant, modules):
        client.force_login(other_participant)
        response = client.post(
            reverse("courses:complete", args=[modules[0].pk]), {"confirm_read": "1"}, follow=True
        )
        assert "Daftar" in html_of(response)
        assert not ModuleProgress.objects.exists()

    def test_visitor_must_log_in(self, client, modules):
        response = client.post(reverse("courses:complete", args=[modules[0].pk]), {"confirm_read": "1"})
        assert response.status_code == 302 and "/akun/login/" in response.url


class TestSearch:
    def test_finds_published_courses_and_modules(self, client, catalogue):
        course = make_course(catalogue, title="Perlindungan Anak", summary="Tentang diversi dan hak anak.")
        make_module(
            course,
            title="Diversi bagi anak",
            body=[{"type": "paragraph", "value": "<p>Diversi adalah pengalihan perkara.</p>"}],
        )
        make_module(course, title="Draf diversi", live=False)
        hidden = make_course(catalogue, title="Kursus diversi tersembunyi", live=False)
        make_module(hidden, title="Modul diversi yatim")
        html = html_of(client.get(reverse("courses:search"), {"q": "diversi"}))
        assert "Perlindungan Anak" in html
        assert "Diversi bagi anak" in html
        assert "Draf diversi" not in html
        assert "tersembunyi" not in html
        assert "Modul diversi yatim" not in html, "a live module of an unpublished course stays hidden"

    def test_empty_query_shows_the_form(self, client, catalogue):
        response = client.get(reverse("courses:search"))
        assert response.status_code == 200
        assert 'name="q"' in html_of(response)


class TestMyLearning:
    def test_lists_progress_next_module_and_completed_courses(
        self, client, participant, enrollment, modules, catalogue
    ):
        services.complete_module(user=participant, module=modules[0], confirm_read=True)
        done_course = make_course(catalogue, title="Kursus yang Sudah Selesai")
        only = make_module(done_course)
        services.enrol(user=participant, course=done_course)
        services.complete_module(user=participant, module=only, confirm_read=True)
        client.force_login(participant)
        html = html_of(client.get(reverse("courses:my_learning")))
        assert "Mencegah TPPO di Sekolah" in html
        assert 'aria-valuenow="33"' in html
        assert f'href="{modules[1].url}"' in html  # resume here
        assert "Kursus yang Sudah Selesai" in html
        assert "Selesai pada" in html

    def test_shows_only_the_participants_own_courses(self, client, other_participant, enrollment):
        client.force_login(other_participant)
        html = html_of(client.get(reverse("courses:my_learning")))
        assert "Mencegah TPPO di Sekolah" not in html
        assert "Anda belum mendaftar" in html

    def test_requires_login(self, client):
        response = client.get(reverse("courses:my_learning"))
        assert response.status_code == 302 and "/akun/login/" in response.url


def test_search_leaves_out_private_courses(client, catalogue):
    from wagtail.models import PageViewRestriction

    private = make_course(catalogue, title="Kursus khusus diversi")
    make_module(private, title="Modul khusus diversi")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    html = html_of(client.get(reverse("courses:search"), {"q": "diversi"}))
    assert "Kursus khusus" not in html and "Modul khusus" not in html


def test_editor_preview_shows_the_draft_lesson(admin_client, course):
    module = make_module(course, title="Modul pratinjau")
    module.body = [{"type": "paragraph", "value": "<p>Teks draf yang belum terbit.</p>"}]
    module.save_revision()
    response = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[module.pk]))
    assert response.status_code == 200
    html = html_of(response)
    assert "Teks draf yang belum terbit." in html
    assert "Pratinjau" in html
