# ruff: noqa: F811 (pytest passes the imported `city` fixture by name)
"""The issued certificates' export opens as CSV and XLSX with one row per certificate; a trainer who is given
the right to see certificates sees only those of their own courses and workshops."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from certificates.models import Certificate
from people.choices import Role
from tests.conftest import make_profile, make_user
from tests.exports import FORMATS, column, download
from tests.reports.conftest import certificate, city  # noqa: F401

pytestmark = pytest.mark.django_db

INDEX = reverse("certificates_admin:index")


@pytest.mark.parametrize("export_format", FORMATS)
def test_an_officer_exports_every_certificate(client, officer, city, export_format):
    client.force_login(officer)

    rows = download(client, INDEX, export_format)

    by_number = {row[0]: row for row in rows[1:]}
    assert set(by_number) == {"UJI/1", "UJI/2", "UJI/3"}
    assert by_number["UJI/1"][1:3] == ["Ani", "Kursus X"]
    assert by_number["UJI/2"][1:3] == ["Citra", "Kursus Y"]
    assert "https://sinergi.example/v/3/" in by_number["UJI/3"]


def test_a_trainer_cannot_list_certificates(client, trainer, city):
    client.force_login(trainer)
    for export_format in FORMATS:
        response = client.get(INDEX, {"export": export_format})
        assert response.status_code in {302, 403}


@pytest.mark.parametrize("export_format", FORMATS)
def test_a_trainer_allowed_to_see_certificates_sees_their_courses_only(client, city, export_format):
    trainer = make_user(role=Role.TRAINER)
    make_profile(trainer, full_name="Pelatih Uji")
    trainer.user_permissions.add(Permission.objects.get(codename="view_certificate"))
    type(city.y).objects.filter(pk=city.y.pk).update(owner=trainer)
    certificate(city.citra, city.workshop, "2026-02-10")  # the workshop of course Y
    client.force_login(trainer)

    rows = download(client, INDEX, export_format)

    assert sorted(column(rows, "Nomor")) == ["UJI/2", "UJI/4"]
    assert "Ani" not in client.get(INDEX).content.decode()
    inspect = "certificates_admin:inspect"
    assert client.get(reverse(inspect, args=[city.ani_certificate.pk])).status_code == 404
    assert client.get(reverse(inspect, args=[Certificate.objects.get(number="UJI/2").pk])).status_code == 200
