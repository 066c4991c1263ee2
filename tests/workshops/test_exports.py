"""The workshops' exports open as CSV and XLSX with one row per workshop or participant. Attendance lists
(roster, QR screen, organiser's page) are a trainer's only for their own workshops, without e-mail
addresses."""

import pytest
from django.urls import reverse

from people.choices import Role
from tests.conftest import make_profile, make_user
from tests.courses.conftest import make_course
from tests.exports import FORMATS, as_text, column, download
from workshops import services

from .conftest import days_from_now, make_workshop
from .test_report import tested_workshop  # noqa: F401 (a fixture: two participants, pre/post-tests)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("export_format", FORMATS)
def test_the_workshop_list_exports_one_row_per_workshop(client, officer, participant, export_format):
    workshop = make_workshop(title="Lokakarya Ekspor", sessions=[days_from_now(3)], capacity=1)
    services.register(workshop=workshop, user=participant)
    client.force_login(officer)

    rows = download(client, reverse("workshops_admin:index"), export_format)

    row = rows[1 + column(rows, "Lokakarya").index("Lokakarya Ekspor")]
    assert [as_text(cell) for cell in row[2:]] == ["1", "0", "0", "0"]


@pytest.mark.parametrize("export_format", FORMATS)
def test_the_workshop_report_exports_each_participant(
    client,
    officer,
    participant,
    other_participant,
    tested_workshop,  # noqa: F811
    export_format,
):
    client.force_login(officer)

    rows = download(client, reverse("workshops_admin:workshop", args=[tested_workshop.pk]), export_format)

    assert rows[0][:2] == ["Peserta", "E-mail"]
    by_email = {row[1]: row for row in rows[1:]}
    assert set(by_email) == {participant.email, other_participant.email}
    mine = [as_text(cell) for cell in by_email[participant.email]]
    assert mine[0] == "Siti Aminah, S.Pd."
    assert mine[5:9] == ["1", "25", "75", "50"]  # sessions attended, pre, post, gain


@pytest.mark.parametrize("export_format", FORMATS)
def test_a_workshop_without_tests_exports_too(client, officer, participant, export_format):
    workshop = make_workshop(sessions=[days_from_now(3)])
    services.register(workshop=workshop, user=participant)
    client.force_login(officer)

    rows = download(client, reverse("workshops_admin:workshop", args=[workshop.pk]), export_format)

    assert column(rows, "Peserta") == ["Siti Aminah, S.Pd."]
    assert [as_text(cell) for cell in rows[1][6:9]] == ["", "", ""]


def roster_urls(workshop):
    session = workshop.sessions.get()
    return [
        reverse("workshops:manage", args=[workshop.pk]),
        reverse("workshops:roster", args=[session.pk]),
        reverse("workshops:qr", args=[session.pk]),
        reverse("workshops:qr_code", args=[session.pk]),
    ]


def test_a_trainer_runs_the_rosters_of_their_own_workshops_only(client, participant):
    trainer = make_user(role=Role.TRAINER)
    make_profile(trainer, full_name="Pelatih Uji")
    course = make_course(title="Kursus Pelatih")
    type(course).objects.filter(pk=course.pk).update(owner=trainer)
    of_course = make_workshop(title="Lokakarya kursusnya", course=course)
    drafted = make_workshop(title="Lokakarya tulisannya", owner=trainer)
    others = make_workshop(title="Lokakarya orang lain")
    for workshop in (of_course, drafted, others):
        services.register(workshop=workshop, user=participant)
    client.force_login(trainer)

    for workshop in (of_course, drafted):
        for url in roster_urls(workshop):
            assert client.get(url).status_code == 200, url
    for url in roster_urls(others):
        assert client.get(url).status_code == 403, url
    session = others.sessions.get()
    response = client.post(reverse("workshops:mark", args=[session.pk]), {"user": participant.pk})
    assert response.status_code == 403
    assert not session.attendances.exists()
    response = client.post(reverse("workshops:register_other", args=[others.pk]), {"email": trainer.email})
    assert response.status_code == 403


def test_a_trainers_roster_shows_no_e_mail_address(client, officer, participant):
    trainer = make_user(role=Role.TRAINER)
    workshop = make_workshop(owner=trainer)
    services.register(workshop=workshop, user=participant)
    without_profile = make_user(role=Role.PARTICIPANT)
    services.register(workshop=workshop, user=without_profile)
    url = reverse("workshops:roster", args=[workshop.sessions.get().pk])

    client.force_login(trainer)
    html = client.get(url).content.decode()
    assert "Siti Aminah, S.Pd." in html
    assert participant.email not in html and without_profile.email not in html
    assert "Siti Aminah" not in client.get(url, {"q": participant.email}).content.decode()

    client.force_login(officer)
    html = client.get(url).content.decode()
    assert without_profile.email in html
    assert "Siti Aminah" in client.get(url, {"q": participant.email}).content.decode()
