# ruff: noqa: F811 (pytest passes the imported `city` fixture by name)
"""A quiz's attempts report and its exports: officers see every attempt with e-mail addresses; a trainer only
the attempts at their own courses' quizzes and workshop tests, and never an e-mail address."""

import pytest
from django.urls import reverse

from people.choices import Role
from tests.conftest import make_profile, make_user
from tests.exports import FORMATS, as_text, column, download

# The fixture `city`: two courses, a workshop on one of them, and their attempts (tests/reports/conftest.py).
from tests.reports.conftest import city  # noqa: F401

pytestmark = pytest.mark.django_db


def attempts_url(quiz):
    return reverse("quizzes_admin:attempts", args=[quiz.pk])


def trainer_of(course):
    trainer = make_user(role=Role.TRAINER)
    make_profile(trainer, full_name="Pelatih Uji")
    type(course).objects.filter(pk=course.pk).update(owner=trainer)
    return trainer


@pytest.mark.parametrize("export_format", FORMATS)
def test_an_officer_exports_every_attempt_with_its_e_mail(client, officer, city, export_format):
    client.force_login(officer)

    rows = download(client, attempts_url(city.quiz_x), export_format)

    assert rows[0][:2] == ["Peserta", "E-mail"]
    assert [row[:2] for row in rows[1:]] == [["Ani", city.ani.email]]
    assert as_text(column(rows, "Nilai (%)")[0]) in {"90", "90.00"}
    rows = download(client, attempts_url(city.pre), export_format)
    assert [row[:2] for row in rows[1:]] == [["Citra", city.citra.email]]


@pytest.mark.parametrize("export_format", FORMATS)
def test_a_trainer_exports_only_their_own_courses_attempts_without_e_mail(
    client,
    city,
    export_format,
):
    client.force_login(trainer_of(city.x))

    rows = download(client, attempts_url(city.quiz_x), export_format)
    assert "E-mail" not in rows[0]
    assert column(rows, "Peserta") == ["Ani"]
    assert all(city.ani.email not in str(cell) for row in rows for cell in row)
    # Course Y's workshop tests are another trainer's: nothing of them.
    assert download(client, attempts_url(city.pre), export_format)[1:] == []
    assert download(client, attempts_url(city.post), export_format)[1:] == []


def test_a_trainer_sees_their_workshop_tests_and_not_other_courses_quizzes(client, city):
    client.force_login(trainer_of(city.y))

    html = client.get(attempts_url(city.post)).content.decode()
    assert "Citra" in html and city.citra.email not in html
    html = client.get(attempts_url(city.quiz_x)).content.decode()
    assert "Ani" not in html
    assert "Pelatih hanya melihat percobaan pada kuis kursusnya sendiri" in html  # why the list is empty
    analysis = client.get(reverse("quizzes_admin:item_analysis", args=[city.quiz_x.pk]))
    assert analysis.context["attempt_count"] == 0
    analysis = client.get(reverse("quizzes_admin:item_analysis", args=[city.post.pk]))
    assert analysis.context["attempt_count"] == 1


def test_a_trainer_without_courses_sees_no_attempt(client, trainer, city):
    client.force_login(trainer)
    for quiz in (city.quiz_x, city.pre, city.post):
        assert download(client, attempts_url(quiz), "csv")[1:] == []
        assert "Ani" not in client.get(attempts_url(quiz)).content.decode()
