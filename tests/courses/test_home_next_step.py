"""The home page's main action follows the participant's learning: start, continue, or the certificate."""

import re

import pytest
from django.urls import reverse

from courses import services

from .conftest import make_course, make_module

pytestmark = pytest.mark.django_db


def main_action(client) -> tuple[str, str]:
    html = client.get("/").content.decode()
    actions = re.search(r'<div class="hero__actions">(.*?)</div>', html, re.S).group(1)
    href, label = re.search(r'<a class="button" href="([^"]+)">([^<]+)</a>', actions).groups()
    return href, label.strip()


@pytest.fixture
def starter(catalogue):
    course = make_course(catalogue, title="Kursus Dasar Sinergi")
    modules = [make_module(course, title=f"Modul dasar {n}") for n in (1, 2)]
    other = make_course(catalogue, title="Kursus Lanjutan")
    make_module(other)
    return course, modules


def test_without_an_enrolment_the_main_action_opens_the_starter_course(client, participant, starter):
    course, _ = starter
    client.force_login(participant)
    href, label = main_action(client)
    assert href == course.url, "not the empty 'Pembelajaran saya'"
    assert label == "Mulai kursus: Kursus Dasar Sinergi"


def test_enrolled_the_main_action_continues_with_the_next_module(client, participant, starter):
    course, modules = starter
    services.enrol(user=participant, course=course)
    services.complete_module(user=participant, module=modules[0], confirm_read=True)
    client.force_login(participant)
    assert main_action(client) == (modules[1].url, "Lanjutkan: Modul dasar 2")


def test_all_done_the_main_action_shows_the_certificate(client, participant, starter):
    course, modules = starter
    services.enrol(user=participant, course=course)
    for module in modules:
        services.complete_module(user=participant, module=module, confirm_read=True)
    client.force_login(participant)
    assert main_action(client) == (reverse("certificates:mine"), "Lihat sertifikat saya")


def test_a_visitor_is_still_asked_to_sign_up(client, starter):
    assert main_action(client) == (reverse("account_signup"), "Daftar gratis")
