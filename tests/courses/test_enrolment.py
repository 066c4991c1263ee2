"""Enrolling with one click, after a complete profile."""

import pytest
from django.urls import reverse

from courses import services
from courses.models import Enrollment
from people.models import Profile
from tests.conftest import make_user

from .conftest import make_course

pytestmark = pytest.mark.django_db


def enrol_url(course) -> str:
    return reverse("courses:enrol", args=[course.pk])


def test_one_click_enrols_and_opens_the_first_module(client, participant, course, modules):
    client.force_login(participant)
    response = client.post(enrol_url(course))
    assert response.status_code == 302 and response.url == modules[0].url
    enrollment = Enrollment.objects.get(user=participant, course=course)
    assert enrollment.enrolled_by is None


def test_enrolling_twice_keeps_one_enrolment(client, participant, course, modules):
    client.force_login(participant)
    client.post(enrol_url(course))
    client.post(enrol_url(course))
    assert Enrollment.objects.filter(user=participant, course=course).count() == 1


def test_a_link_alone_does_not_enrol(client, participant, course, modules):
    client.force_login(participant)
    response = client.get(enrol_url(course))
    assert response.status_code == 200
    assert "Daftar kursus “Mencegah TPPO di Sekolah”?" in response.content.decode()
    assert not Enrollment.objects.exists()


def test_incomplete_profile_is_asked_for_first_and_nothing_is_lost(client, course, modules):
    user = make_user()
    client.force_login(user)
    response = client.post(enrol_url(course))
    assert response.status_code == 302
    assert response.url == f"{reverse('people:profile')}?next={enrol_url(course).replace('/', '%2F')}"
    assert not Enrollment.objects.exists()


def test_visitor_is_asked_to_log_in(client, course):
    response = client.post(enrol_url(course))
    assert response.status_code == 302 and "/akun/login/" in response.url


def test_unpublished_course_cannot_be_joined(client, participant, catalogue):
    draft = make_course(catalogue, live=False)
    client.force_login(participant)
    assert client.post(enrol_url(draft)).status_code == 404
    assert not Enrollment.objects.exists()


def test_service_refuses_incomplete_profiles(course):
    user = make_user()
    Profile.objects.create(user=user, full_name="")
    with pytest.raises(services.CoursesError) as error:
        services.enrol(user=user, course=course)
    assert error.value.code == "profile_incomplete"


def test_service_refuses_unpublished_courses(participant, catalogue):
    draft = make_course(catalogue, live=False)
    with pytest.raises(services.CoursesError) as error:
        services.enrol(user=participant, course=draft)
    assert error.value.code == "course_unavailable"


def test_pasted_addresses_are_cleaned():
    pasted = " A@Contoh.id,b@contoh.id;\n<c@contoh.id>\n\na@contoh.id "
    assert services.parse_emails(pasted) == ["a@contoh.id", "b@contoh.id", "c@contoh.id"]
