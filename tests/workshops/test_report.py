"""The officers' per-workshop report: counts by institution and kecamatan, pre/post gain per participant and
per topic tag, certificates, and an export that cannot run formulas."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from certificates import demo
from people.models import Profile
from tests.quizzes.conftest import make_question, make_quiz, take
from workshops import services
from workshops.reports import workshop_report

from .conftest import days_from_now, make_workshop


@pytest.fixture
def tested_workshop(participant, other_participant, officer, django_capture_on_commit_callbacks):
    """Two participants; the first improves on "TPPO" and stays level on "KDRT", the second only registers."""
    demo.seed_certificate_template()
    tppo = [make_question(tags=["TPPO"]) for _ in range(2)]
    kdrt = [make_question(tags=["KDRT"]) for _ in range(2)]
    quiz = make_quiz(questions=tppo + kdrt, pass_mark=50)
    workshop = make_workshop(sessions=[days_from_now(-1)], pre_test=quiz, post_test=quiz)
    services.register(workshop=workshop, user=other_participant, by=officer)
    with django_capture_on_commit_callbacks(execute=True):
        services.mark_present(session=workshop.sessions.get(), user=participant, by=officer)
    pre, post = services.test_context(workshop, "pre"), services.test_context(workshop, "post")
    take(participant, quiz, right={kdrt[0].pk}, context=pre)  # 1 of 4 right: 25%
    take(participant, quiz, right={tppo[0].pk, tppo[1].pk, kdrt[0].pk}, context=post)  # 3 of 4: 75%
    return workshop


def test_gain_per_participant_and_per_tag(tested_workshop, participant, other_participant):
    report = workshop_report(tested_workshop)
    rows = {row.user_id: row for row in report.rows}
    mine, theirs = rows[participant.pk], rows[other_participant.pk]
    assert (mine.pre_score, mine.post_score, mine.gain) == (25, 75, 50)
    assert theirs.pre_score is None and theirs.gain is None and theirs.sessions_attended == 0
    gains = {row.tag: row for row in report.tags}
    assert gains["TPPO"].pre == 0 and gains["TPPO"].post == 1
    assert gains["KDRT"].gain == 0
    assert [row.tag for row in report.tags] == ["KDRT", "TPPO"]  # weakest gain first
    assert report.attended == 1 and report.completed == 1 and report.certificates == 1
    assert mine.certificate_number


def test_counts_by_institution_and_kecamatan(tested_workshop, participant):
    report = workshop_report(tested_workshop)
    institution = Profile.objects.get(user=participant).institution.name
    group = next(g for g in report.by_institution if g.name == institution)
    assert (group.registered, group.attended, group.completed) == (1, 1, 1)
    assert sum(g.registered for g in report.by_kecamatan) == 2


def test_the_report_page_and_its_exports_escape_formulas(client, superuser, tested_workshop, participant):
    Profile.objects.filter(user=participant).update(full_name='=HYPERLINK("http://x")')
    client.force_login(superuser)
    url = reverse("workshops_admin:workshop", args=[tested_workshop.pk])
    html = client.get(url).content.decode()
    assert "TPPO" in html and "certificates" in html.lower()
    body = b"".join(client.get(url, {"export": "csv"}).streaming_content).decode()
    names = [row[0] for row in csv.reader(io.StringIO(body))]
    assert '\'=HYPERLINK("http://x")' in names
    xlsx = b"".join(client.get(url, {"export": "xlsx"}).streaming_content)
    sheet = load_workbook(io.BytesIO(xlsx)).active
    values = [cell.value for cell in sheet["A"]]
    assert '\'=HYPERLINK("http://x")' in values
    assert client.get(reverse("workshops_admin:index")).status_code == 200


def test_participants_and_trainers_do_not_see_the_report(client, participant, trainer, tested_workshop):
    url = reverse("workshops_admin:workshop", args=[tested_workshop.pk])
    for user in (participant, trainer):
        client.force_login(user)
        assert client.get(url).status_code in (302, 403)


def test_a_workshop_without_pre_and_post_tests_has_its_report(client, officer, participant):
    workshop = make_workshop(sessions=[days_from_now(3)], title="Lokakarya tanpa tes")
    services.register(workshop=workshop, user=participant)
    client.force_login(officer)
    response = client.get(reverse("workshops_admin:workshop", args=[workshop.pk]))
    assert response.status_code == 200
    assert "Siti Aminah" in response.content.decode()
