"""Ways onward: the header leads to the catalogue, and saving the profile leads on to learning."""

import re

import pytest
from django.urls import reverse

from courses.models import Enrollment
from tests.conftest import make_institution
from tests.people.test_profile import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(client, participant):
    client.force_login(participant)
    return client


def _nav_links(html: str) -> dict[str, str]:
    nav = re.search(r'<nav class="site-nav".*?</nav>', html, flags=re.S).group(0)
    return {text.strip(): href for href, text in re.findall(r'<a[^>]*href="([^"]+)"[^>]*>([^<]+)</a>', nav)}


@pytest.mark.parametrize("logged_in", [True, False])
def test_the_header_leads_to_the_course_catalogue(client, participant, catalogue, course, logged_in):
    if logged_in:
        client.force_login(participant)
    page = reverse("courses:my_learning") if logged_in else "/"
    links = _nav_links(client.get(page, follow=True).content.decode())
    assert links["Kursus"] == catalogue.url
    assert client.get(links["Kursus"]).status_code == 200


def _save_profile(client, **extra):
    data = form_data(make_institution(), **extra)
    return client.post(reverse("people:profile"), data, follow=True)


def test_saving_the_profile_without_a_course_leads_to_the_catalogue(member, catalogue, course):
    response = _save_profile(member)
    assert response.redirect_chain[-1][0] == catalogue.url
    html = response.content.decode()
    assert "Profil Anda sudah disimpan." in html
    assert course.title in html


def test_saving_the_profile_when_enrolled_leads_to_my_learning(member, participant, course, modules):
    Enrollment.objects.create(user=participant, course=course)
    response = _save_profile(member)
    assert response.redirect_chain[-1][0] == reverse("courses:my_learning")
    assert "Profil Anda sudah disimpan." in response.content.decode()


def test_saving_the_profile_returns_to_where_the_participant_was_going(member, course):
    target = reverse("courses:enrol", args=[course.pk])
    response = _save_profile(member, next=target)
    assert response.redirect_chain[0][0] == target
    assert (
        _save_profile(member, next="https://contoh.example/").redirect_chain[0][0]
        != "https://contoh.example/"
    )


def test_the_header_link_follows_a_renamed_catalogue(client, catalogue, course):
    assert _nav_links(client.get("/", follow=True).content.decode())["Kursus"] == catalogue.url
    catalogue.slug = "katalog-kursus"
    catalogue.save_revision().publish()
    catalogue.refresh_from_db()
    assert catalogue.url.rstrip("/").endswith("katalog-kursus")
    assert _nav_links(client.get("/", follow=True).content.decode())["Kursus"] == catalogue.url
