"""Every export of the reports opens as CSV and as XLSX with the rows the tables show; a trainer's hold only
their own courses and no e-mail address. (The city is counted by hand in conftest.py.)"""

import datetime

import pytest
from django.urls import reverse

from people.choices import Role
from tests.conftest import make_profile, make_user
from tests.exports import FORMATS, as_text, column, download

# Per table: the rows expected for the whole city, as text (CSV and XLSX alike), the heading row left out.
TABLES = {
    "kecamatan": lambda c: [
        [c.k2.name, "1", "1", "100"],
        [c.k1.name, "3", "1", "33.3"],
    ],
    "pekerjaan": lambda c: [["Guru", "3", "2", "66.7"], ["Kepala sekolah", "1", "0", "0"]],
    "instansi": lambda c: [["SMP Negeri 2 Uji", "1", "1", "100"], ["SD Negeri 1 Uji", "3", "1", "33.3"]],
    "kursus": lambda c: [["Kursus X", "2", "1", "50"], ["Kursus Y", "2", "1", "50"]],
    "modul": lambda c: [
        ["Kursus X", "X1", "2", "2", "100"],
        ["Kursus X", "X2", "1", "1", "100"],
        ["Kursus Y", "Y1", "2", "1", "50"],
    ],
    "cakupan": lambda c: [
        ["SMP Negeri 2 Uji", c.k2.name, "10", "1", "1", "10"],
        ["SD Negeri 1 Uji", c.k1.name, "4", "2", "1", "25"],
    ],
    "topik": lambda c: [["tppo", "1", "90", "100", "40", "80", "40"]],
    "bulanan": lambda c: [["2026-01", "2", "1", "1"], ["2026-02", "2", "1", "1"]],
}


def normal(value) -> str:
    """One cell as text: "100.0" and 100 read alike, a month as YYYY-MM."""
    if isinstance(value, datetime.date):
        return f"{value:%Y-%m}"
    text = as_text(value)
    if len(text) == 10 and text[4] == "-" and text.endswith("-01"):
        text = text[:7]
    return text


def rows_of(client, table, export_format, **params):
    rows = download(client, reverse("reports:table", args=[table]), export_format, **params)
    return rows[0], [[normal(cell) for cell in row] for row in rows[1:]]


@pytest.fixture
def trainer_of_y(client, city):
    trainer = make_user(role=Role.TRAINER)
    make_profile(trainer, full_name="Pelatih Uji")
    type(city.y).objects.filter(pk=city.y.pk).update(owner=trainer)
    client.force_login(trainer)
    return trainer


@pytest.mark.parametrize("export_format", FORMATS)
@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_dashboard_table_exports_its_rows(client, officer, city, table, export_format):
    client.force_login(officer)

    heading, rows = rows_of(client, table, export_format)

    assert heading[0] and all(heading)
    expected = TABLES[table](city)
    # Tables that list every kecamatan, month or institution also hold empty ones (the officer's own
    # institution has no participant); the filled ones come as counted.
    count = 3 if table == "cakupan" else 1
    assert [row for row in rows if row[count] not in {"0", ""}] == expected


@pytest.mark.parametrize("export_format", FORMATS)
def test_the_participant_export_holds_each_participant_with_e_mail(client, officer, city, export_format):
    client.force_login(officer)

    rows = download(client, reverse("reports:participants"), export_format)

    assert rows[0][:3] == ["Peserta", "E-mail", "Pekerjaan"]
    assert [[normal(cell) for cell in row[:9]] for row in rows[1:]] == [
        ["Ani", city.ani.email, "Guru", "SD Negeri 1 Uji", city.k1.name, "2", "1", "1",
         "Kursus X: 2/2; Kursus Y: 0/1"],
        ["Budi", city.budi.email, "Kepala sekolah", "SD Negeri 1 Uji", city.k1.name, "1", "0", "0",
         "Kursus X: 1/2"],
        ["Citra", city.citra.email, "Guru", "SMP Negeri 2 Uji", city.k2.name, "1", "1", "1", "Kursus Y: 1/1"],
    ]  # fmt: skip
    # The last activity in the city's time (15:00 in Asia/Jakarta), in both files.
    assert str(column(rows, "Aktivitas terakhir")[0]).startswith("2026-02-05 15:00")


@pytest.mark.parametrize("export_format", FORMATS)
def test_a_trainers_participant_export_has_their_course_only_and_no_e_mail(
    client, city, trainer_of_y, export_format
):
    rows = download(client, reverse("reports:participants"), export_format)

    assert "E-mail" not in rows[0]
    assert column(rows, "Peserta") == ["Ani", "Citra"]
    assert column(rows, "Kemajuan per kursus (modul)") == ["Kursus Y: 0/1", "Kursus Y: 1/1"]
    emails = {city.ani.email, city.budi.email, city.citra.email}
    assert not any(str(cell) in emails for row in rows for cell in row)


@pytest.mark.parametrize("export_format", FORMATS)
def test_a_trainers_tables_count_their_course_only(client, city, trainer_of_y, export_format):
    assert rows_of(client, "kursus", export_format)[1] == [["Kursus Y", "2", "1", "50"]]
    assert rows_of(client, "modul", export_format)[1] == [["Kursus Y", "Y1", "2", "1", "50"]]
    # The topic table counts course Y's workshop tests, not course X's quiz.
    assert rows_of(client, "topik", export_format)[1] == [["tppo", "0", "", "", "40", "80", "40"]]


def test_a_trainer_neither_sees_nor_searches_e_mail_addresses(client, city, trainer_of_y):
    html = client.get(reverse("reports:participants")).content.decode()
    assert "Citra" in html and city.citra.email not in html
    response = client.get(reverse("reports:participants"), {"q": city.citra.email})
    assert "Citra" not in response.content.decode()
    page = client.get(reverse("reports:participant", args=[city.citra.pk])).content.decode()
    assert "Citra" in page and city.citra.email not in page


def test_an_officer_finds_a_participant_by_e_mail(client, officer, city):
    client.force_login(officer)
    response = client.get(reverse("reports:participants"), {"q": city.citra.email})
    assert "Citra" in response.content.decode() and "Budi" not in response.content.decode()
    page = client.get(reverse("reports:participant", args=[city.citra.pk])).content.decode()
    assert city.citra.email in page
