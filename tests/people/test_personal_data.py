"""UU 27/2022: a participant downloads everything Sinergi holds about them, and only that."""

import datetime
import json

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site

from certificates import demo as certificates_demo
from certificates.models import Certificate
from certificates.services import issue_certificate
from courses import services as course_services
from h5p.models import H5PActivity, H5PResult, H5PUserData
from people.models import User
from quizzes.models import Attempt
from sinergi.models import HelpSettings
from tests.certificates.conftest import subject_for
from tests.courses.conftest import make_course, make_module, make_quiz, quiz_block, take_quiz
from tests.workshops.conftest import days_from_now, make_workshop
from workshops.models import Attendance, Participation, Registration

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def template(db):
    return certificates_demo.seed_certificate_template()


@pytest.fixture
def learning(template, django_capture_on_commit_callbacks):
    """A course with a quiz, an H5P activity and a past workshop; `footprint(user)` leaves a trace in each."""
    quiz = make_quiz(title="Kuis Mengenali TPPO")
    course = make_course(title="Mengenali TPPO")
    module = make_module(course, title="Modus operandi", body=[quiz_block(quiz)])
    activity = H5PActivity.objects.create(
        package="h5p/uploads/sinyal.h5p", title="Sinyal lowongan palsu", state="ready"
    )
    workshop = make_workshop(title="Lokakarya Hotel Smart", sessions=[days_from_now(-3)])

    def footprint(user):
        with django_capture_on_commit_callbacks(execute=True):
            enrollment = course_services.enrol(user=user, course=course)
        with django_capture_on_commit_callbacks(execute=True):
            take_quiz(user, quiz, correct=True)
        H5PResult.objects.create(
            user=user, activity=activity, verb="completed", score=3, max_score=4, completed=True, statement={}
        )
        H5PUserData.objects.create(user=user, activity=activity, state='{"progress": 2}')
        Registration.objects.create(workshop=workshop, user=user, status="registered")
        Attendance.objects.create(
            session=workshop.sessions.get(),
            workshop=workshop,
            user=user,
            method="roster",
            marked_at=timezone.now() - datetime.timedelta(days=3),
        )
        Participation.objects.create(
            workshop=workshop, user=user, sessions_attended=1, completed_at=timezone.now()
        )
        with django_capture_on_commit_callbacks(execute=True):
            certificate, _ = issue_certificate(user=user, subject=subject_for(course))
        certificate.refresh_from_db()
        return enrollment, certificate

    footprint.module = module
    return footprint


def download(client, user) -> dict:
    client.force_login(user)
    response = client.get(reverse("people:export_data"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith('attachment; filename="sinergi-data-saya-')
    return json.loads(response.content)


def test_the_download_holds_everything_about_the_participant(client, participant, learning):
    _enrollment, certificate = learning(participant)
    data = download(client, participant)

    assert data["account"]["email"] == participant.email
    assert data["profile"]["full_name"] == "Siti Aminah, S.Pd."
    assert [c["policy_version"] for c in data["consents"]] == ["2025-11"]
    [enrolment] = data["enrolments"]
    assert enrolment["course"] == "Mengenali TPPO"
    assert [m["module"] for m in enrolment["modules"]] == ["Modus operandi"]
    [attempt] = data["quiz_attempts"]
    assert attempt["quiz"] == "Kuis Mengenali TPPO" and attempt["passed"] is True
    assert attempt["answers"][0]["selected"] == ["Benar"]
    assert data["h5p"]["results"][0]["activity"] == "Sinyal lowongan palsu"
    assert data["h5p"]["saved_states"][0]["state"] == '{"progress": 2}'
    assert data["workshops"]["registrations"][0]["workshop"] == "Lokakarya Hotel Smart"
    assert len(data["workshops"]["attendance"]) == 1 and len(data["workshops"]["completed"]) == 1
    [printed] = data["certificates"]
    assert printed["number"] == certificate.number
    assert printed["verification_url"] == certificate.verification_url
    assert printed["name"] == "Siti Aminah, S.Pd."


def test_the_download_never_holds_another_participants_data(client, participant, other_participant, learning):
    learning(participant)
    _enrollment, other_certificate = learning(other_participant)
    data = download(client, participant)
    text = json.dumps(data)

    assert other_participant.email not in text
    assert "Budi Santoso" not in text
    assert other_certificate.number not in text and other_certificate.code not in text
    # Exactly one row of each kind: the participant's own, though both have the same learning.
    assert len(data["enrolments"]) == len(data["quiz_attempts"]) == len(data["certificates"]) == 1
    assert len(data["h5p"]["results"]) == len(data["workshops"]["registrations"]) == 1
    assert Attempt.objects.count() == 2 and Certificate.objects.count() == 2


def test_the_download_changes_nothing_and_asks_anonymous_visitors_to_log_in(client, participant, learning):
    learning(participant)
    anonymous = client.get(reverse("people:export_data"))
    assert anonymous.status_code == 302 and reverse("account_login") in anonymous["Location"]

    client.force_login(participant)
    assert client.post(reverse("people:export_data")).status_code == 405
    before = (Attempt.objects.count(), H5PUserData.objects.count(), Certificate.objects.count())
    client.get(reverse("people:export_data"))
    assert (Attempt.objects.count(), H5PUserData.objects.count(), Certificate.objects.count()) == before
    assert "no-store" in client.get(reverse("people:export_data"))["Cache-Control"]


def test_the_profile_offers_the_download_and_the_deletion(client, participant):
    client.force_login(participant)
    page = client.get(reverse("people:profile")).content.decode()
    assert reverse("people:export_data") in page and reverse("people:delete_account") in page
    assert "Unduh data saya" in page


def test_the_privacy_page_says_who_sees_what_for_how_long_and_whom_to_ask(client):
    page = client.get(reverse("people:privacy")).content.decode()
    assert "Lubuk Linggau" not in page and "DPPPAPM Kota Lubuklinggau" in page
    assert "Pelatih: hasil belajar peserta di kursus yang mereka susun" in page
    assert "tidak melihat alamat e-mail" in page
    assert "paling lambat 3 hari" in page and "Berapa lama" in page
    assert reverse("people:export_data") in page and reverse("people:delete_account") in page
    # No invented contact: until the agency fills it in, the page says so.
    assert "Kontak dinas belum diisi" in page

    help_settings = HelpSettings.for_site(Site.objects.get(is_default_site=True))
    help_settings.privacy_email = "ppid.dppppapm@contoh.go.id"
    help_settings.save()
    page = client.get(reverse("people:privacy")).content.decode()
    assert "ppid.dppppapm@contoh.go.id" in page and "Kontak dinas belum diisi" not in page


def test_the_consent_asks_in_the_citys_official_spelling(client, db):
    user = User.objects.create_user(email="baru@contoh.id", password="rahasia-yang-kuat-123")
    client.force_login(user)
    page = client.get(reverse("people:profile")).content.decode()
    assert "Saya setuju DPPPAPM Kota Lubuklinggau" in page and "Lubuk Linggau" not in page
