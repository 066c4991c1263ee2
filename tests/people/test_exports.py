"""The participants' and institutions' exports in the admin open as spreadsheets with one row each."""

import pytest
from django.urls import reverse

from tests.conftest import make_institution
from tests.exports import FORMATS, column, download

pytestmark = pytest.mark.django_db

PROFILES = reverse("wagtailsnippets_people_profile:list")
INSTITUTIONS = reverse("wagtailsnippets_people_institution:list")


@pytest.mark.parametrize("export_format", FORMATS)
def test_the_participant_export_holds_every_profile_with_its_e_mail(
    client, officer, participant, other_participant, export_format
):
    participant.profile.whatsapp = "+6281234567890"
    participant.profile.save()
    client.force_login(officer)

    rows = download(client, PROFILES, export_format)

    assert "E-mail" in rows[0]
    by_email = dict(zip(column(rows, "E-mail"), rows[1:], strict=True))
    assert set(by_email) == {participant.email, other_participant.email, officer.email}
    assert by_email[participant.email][0] == "Siti Aminah, S.Pd."
    assert by_email[other_participant.email][0] == "Budi Santoso"
    # The number as typed (a leading quote may keep a spreadsheet from reading "+62…" as a formula).
    assert any(str(cell).endswith("+6281234567890") for cell in by_email[participant.email])
    assert "Guru" in by_email[participant.email]
    assert participant.profile.institution.name in by_email[participant.email]


@pytest.mark.parametrize("export_format", FORMATS)
def test_the_participant_export_follows_the_filter(
    client, officer, participant, other_participant, export_format
):
    other_participant.profile.occupation = "kepala_sekolah"
    other_participant.profile.save()
    client.force_login(officer)

    rows = download(client, PROFILES, export_format, occupation="kepala_sekolah")

    assert column(rows, "E-mail") == [other_participant.email]


@pytest.mark.parametrize("export_format", FORMATS)
def test_the_institution_export_lists_each_institution(client, officer, export_format):
    make_institution(name="SD Negeri 7 Uji", target_headcount=12)
    client.force_login(officer)

    rows = download(client, INSTITUTIONS, export_format)

    names = [row[0] for row in rows[1:]]
    assert "SD Negeri 7 Uji" in names
    row = rows[1 + names.index("SD Negeri 7 Uji")]
    assert str(row[3]) == "12"
    assert row[4] == "Ya"  # verified, said in Indonesian as in the listing, not True


def test_trainers_cannot_export_participants(client, trainer, participant):
    client.force_login(trainer)
    for export_format in FORMATS:
        response = client.get(PROFILES, {"export": export_format})
        assert response.status_code in {302, 403}
        assert participant.email.encode() not in response.content
