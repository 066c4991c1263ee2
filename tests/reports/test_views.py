"""The reports in the admin, per role, with their exports."""

import csv
import io

import openpyxl
import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from people.choices import Role
from tests.conftest import make_profile, make_user

DASHBOARD = "reports:dashboard"


@pytest.fixture
def officer_client(client, officer):
    client.force_login(officer)
    return client


def totals_of(response):
    return response.context["board"].totals


def test_officer_sees_the_whole_city(officer_client, city):
    response = officer_client.get(reverse(DASHBOARD))
    assert response.status_code == 200
    assert totals_of(response).enrollments == 4
    content = response.content.decode()
    assert 'id="table-kecamatan"' in content and city.k1.name in content
    assert "vendor/chart.js/chart.umd.min.js" in content


def test_filters_live_in_the_querystring(officer_client, city):
    response = officer_client.get(reverse(DASHBOARD), {"kecamatan": city.k1.pk, "course": city.y.pk})
    assert totals_of(response).enrollments == 1
    table = response.context["board"].kecamatan
    assert [g.label for g in table] == [city.k1.name]
    # The table links carry the filters on.
    assert f"kecamatan={city.k1.pk}" in response.context["query"]


def test_a_trainer_sees_only_their_own_course(client, city):
    trainer = make_user(role=Role.TRAINER)
    make_profile(trainer, full_name="Pelatih Uji")
    type(city.x).objects.filter(pk=city.x.pk).update(owner=trainer)
    client.force_login(trainer)
    response = client.get(reverse(DASHBOARD))
    assert response.status_code == 200
    assert [g.label for g in response.context["board"].courses] == ["Kursus X"]
    assert totals_of(response).enrollments == 2
    # Another course through the URL: not among the choices, so nothing of it is shown.
    response = client.get(reverse(DASHBOARD), {"course": city.y.pk})
    assert "Kursus Y" not in [g.label for g in response.context["board"].courses]
    # Citra took only course Y: her page is not the trainer's to see; Ani's is, without course Y.
    assert client.get(reverse("reports:participant", args=[city.citra.pk])).status_code == 404
    response = client.get(reverse("reports:participant", args=[city.ani.pk]))
    assert [e.course.title for e, _modules in response.context["enrollments"]] == ["Kursus X"]


def test_a_trainer_with_no_course_sees_no_figures(client, city):
    trainer = make_user(role=Role.TRAINER)
    client.force_login(trainer)
    response = client.get(reverse(DASHBOARD))
    assert response.status_code == 200
    assert totals_of(response).enrollments == 0 and totals_of(response).participants == 0


def test_participants_and_anonymous_are_kept_out(client, participant, city):
    url = reverse(DASHBOARD)
    response = client.get(url)
    assert response.status_code == 302 and "login" in response.url
    client.force_login(participant)
    for name, args in ((DASHBOARD, []), ("reports:participants", []), ("reports:participant", [city.ani.pk])):
        response = client.get(reverse(name, args=args))
        # A participant has no admin access: Wagtail's admin-wide check (kept on purpose, as on every
        # other admin address) sends them to its login page, where they can sign in as an officer, and
        # shows no figure.
        assert response.status_code == 302 and "login" in response.url
    response = client.get(reverse(DASHBOARD), follow=True)
    assert response.redirect_chain[-1][0].startswith(reverse("wagtailadmin_login"))
    messages = [str(m) for m in response.context["messages"]]
    # Wagtail's own message, in Indonesian (one per refused request).
    assert messages and all("tidak memiliki izin untuk mengakses halaman admin" in m for m in messages)
    assert "Ani" not in response.content.decode() and "board" not in response.context
    assert client.get(reverse(DASHBOARD), HTTP_X_REQUESTED_WITH="XMLHttpRequest").status_code == 403


def test_an_admin_user_without_a_reports_role_gets_403(client, city):
    editor = make_user(role=None)
    from django.contrib.auth.models import Permission

    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    response = client.get(reverse(DASHBOARD))
    assert response.status_code == 403
    assert client.get(reverse("reports:participants") + "?export=xlsx").status_code == 403


def test_participant_table_and_page(officer_client, city):
    response = officer_client.get(reverse("reports:participants"))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Kursus X: 2/2; Kursus Y: 0/1" in content
    response = officer_client.get(reverse("reports:participant", args=[city.ani.pk]))
    assert response.status_code == 200
    content = response.content.decode()
    for text in ("Kursus X", "X2", "Kuis X1", city.ani_certificate.number):
        assert text in content


def xlsx_rows(response):
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]


def test_participant_export_xlsx_and_csv_hold_the_filtered_rows(officer_client, city):
    city.budi.profile.full_name = '=HYPERLINK("http://jahat.example")'
    city.budi.profile.save()
    url = reverse("reports:participants")
    rows = xlsx_rows(officer_client.get(url, {"export": "xlsx"}))
    assert rows[0][0] == "Peserta"
    names = sorted(row[0] for row in rows[1:])
    assert names == ['\'=HYPERLINK("http://jahat.example")', "Ani", "Citra"]
    ani = next(row for row in rows if row[0] == "Ani")
    assert ani[5:9] == [2, 1, 1, "Kursus X: 2/2; Kursus Y: 0/1"]

    response = officer_client.get(url, {"export": "csv", "kecamatan": city.k2.pk})
    lines = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [line[0] for line in lines[1:]] == ["Citra"]


def test_every_dashboard_table_exports(officer_client, city):
    for table in ("kecamatan", "pekerjaan", "instansi", "kursus", "modul", "cakupan", "topik", "bulanan"):
        response = officer_client.get(reverse("reports:table", args=[table]), {"export": "xlsx"})
        assert response.status_code == 200, table
        rows = xlsx_rows(response)
        assert len(rows) >= 2, table
    rows = xlsx_rows(officer_client.get(reverse("reports:table", args=["kecamatan"]), {"export": "xlsx"}))
    assert rows[1] == [city.k2.name, 1, 1, 100]
    assert len(rows) == 9  # heading and the eight kecamatan
    assert officer_client.get(reverse("reports:table", args=["tidak-ada"])).status_code == 404


def test_monthly_summary_is_one_printable_page(officer_client, city):
    response = officer_client.get(reverse("reports:monthly"), {"bulan": "2026-02"})
    assert response.status_code == 200
    assert totals_of(response).enrollments == 2
    content = response.content.decode()
    assert "reports/monthly.css" in content and "window.print()" in content
    assert "Februari 2026" in content


def dashboard_queries(client, **params) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(reverse(DASHBOARD), params).status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.django_db
def test_the_dashboard_costs_the_same_queries_at_two_sizes(officer_client, settings):
    settings.DEBUG = True
    call_command("seed_load", participants=15, verbosity=0)
    small = dashboard_queries(officer_client), dashboard_queries(officer_client, kecamatan=1)
    call_command("seed_load", participants=60, verbosity=0)
    large = dashboard_queries(officer_client), dashboard_queries(officer_client, kecamatan=1)
    assert small == large
    with CaptureQueriesContext(connection) as ctx:
        officer_client.get(reverse("reports:participants"))
    first = len(ctx.captured_queries)
    call_command("seed_load", participants=120, verbosity=0)
    with CaptureQueriesContext(connection) as ctx:
        officer_client.get(reverse("reports:participants"))
    assert len(ctx.captured_queries) == first


def test_seed_load_is_idempotent_and_refuses_without_debug(settings, db):
    from people.models import Profile

    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("seed_load", participants=5, verbosity=0)
    settings.DEBUG = True
    call_command("seed_load", participants=10, verbosity=0)
    counts = Profile.objects.count()
    call_command("seed_load", participants=10, verbosity=0)
    assert Profile.objects.count() == counts
    call_command("seed_load", participants=12, verbosity=0)
    assert Profile.objects.count() == counts + 2


def test_a_trainer_exports_only_the_participants_of_their_course(client, city):
    trainer = make_user(role=Role.TRAINER)
    type(city.y).objects.filter(pk=city.y.pk).update(owner=trainer)
    client.force_login(trainer)
    rows = xlsx_rows(client.get(reverse("reports:participants"), {"export": "xlsx"}))
    assert sorted(row[0] for row in rows[1:]) == ["Ani", "Citra"]
    assert "E-mail" not in rows[0]  # a trainer never gets participants' e-mail addresses
    ani = next(row for row in rows if row[0] == "Ani")
    assert ani[7] == "Kursus Y: 0/1"  # course X is not the trainer's: not even its progress shows
    rows = xlsx_rows(client.get(reverse("reports:table", args=["kursus"]), {"export": "xlsx"}))
    assert [row[0] for row in rows[1:]] == ["Kursus Y"]


def test_period_and_search_in_the_address(officer_client, city):
    response = officer_client.get(
        reverse(DASHBOARD), {"period_from": "2026-02-01", "period_to": "2026-02-28"}
    )
    totals = totals_of(response)
    assert (totals.enrollments, totals.completions, totals.certificates) == (2, 1, 1)
    response = officer_client.get(reverse("reports:participants"), {"q": "citr"})
    assert [row.full_name for row in response.context["object_list"]] == ["Citra"]


def test_a_bad_filter_value_is_ignored_with_the_form_showing_why(officer_client, city):
    response = officer_client.get(reverse(DASHBOARD), {"kecamatan": "999999", "occupation": "guru"})
    assert response.status_code == 200
    assert response.context["filters"].form.errors  # shown beside the field
    assert totals_of(response).enrollments == 3  # the occupation filter still applies


def test_institution_filter_is_a_chooser_for_officers_a_list_for_trainers(officer_client, client, city):
    response = officer_client.get(reverse(DASHBOARD), {"institution": city.school_a.pk})
    assert totals_of(response).enrollments == 3  # ani's two and budi's one
    content = response.content.decode()
    # Wagtail's snippet chooser, not a select holding every school of the city.
    assert 'new SnippetChooser("id_institution"' in content
    assert '<input type="hidden" name="institution"' in content
    assert '<select name="institution"' not in content
    trainer = make_user(role=Role.TRAINER)
    type(city.x).objects.filter(pk=city.x.pk).update(owner=trainer)
    client.force_login(trainer)
    response = client.get(reverse(DASHBOARD), {"institution": city.school_a.pk})
    assert totals_of(response).enrollments == 2
    # A trainer may not open the institutions' admin, so their filter is a plain list.
    assert '<select name="institution"' in response.content.decode()
