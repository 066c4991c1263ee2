"""UU 27/2022: a participant asks to delete the account, an officer carries it out, and every way of deleting
a user in the admin takes the same path: identity erased, figures kept, certificates revoked and removed."""

import datetime

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.files.storage import default_storage
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from certificates import demo as certificates_demo
from certificates.choices import CertificateStatus
from certificates.services import issue_certificate
from courses.models import Enrollment
from people.choices import DeletionStatus
from people.models import AccountDeletionRequest, ConsentRecord, Profile, User
from people.services import PeopleError, email_digest, erase_account, request_account_deletion
from reports import queries as report_queries
from reports.queries import Scope
from tests.certificates.conftest import subject_for
from tests.conftest import PASSWORD, make_profile, make_user
from tests.courses.conftest import make_course
from tests.reports.conftest import city  # noqa: F401 - the hand-counted city of the reports tests

pytestmark = pytest.mark.django_db
DELETE_URL = "people:delete_account"
REQUESTS_URL = "wagtailsnippets_people_accountdeletionrequest:list"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def certificate(participant, django_capture_on_commit_callbacks):
    certificates_demo.seed_certificate_template()
    course = make_course(title="Mengenali TPPO")
    with django_capture_on_commit_callbacks(execute=True):
        made, _ = issue_certificate(user=participant, subject=subject_for(course))
    made.refresh_from_db()
    assert made.status == CertificateStatus.VALID and default_storage.exists(made.pdf.name)
    return made


def ask(client, user, **data):
    client.force_login(user)
    return client.post(reverse(DELETE_URL), {"understood": "on", **data})


def test_asking_needs_the_password_and_sets_the_due_date(client, participant):
    wrong = ask(client, participant, password="salah-sekali")
    assert wrong.status_code == 200 and "Kata sandi salah." in wrong.content.decode()
    assert not AccountDeletionRequest.objects.exists()

    before = timezone.now()
    response = ask(client, participant, password=PASSWORD)
    assert response.status_code == 302
    request = AccountDeletionRequest.objects.get(user=participant)
    assert request.status == DeletionStatus.PENDING
    expected = before + datetime.timedelta(days=settings.ACCOUNT_DELETION_DAYS)
    assert abs(request.due_at - expected) < datetime.timedelta(minutes=1)
    page = client.get(reverse("people:profile")).content.decode()
    assert "Batalkan permintaan" in page
    # Nothing is erased yet: the participant can still change their mind.
    client.post(reverse("people:cancel_deletion"))
    request.refresh_from_db()
    assert request.status == DeletionStatus.CANCELLED
    assert User.objects.get(pk=participant.pk).is_active


def test_guessing_the_password_on_the_deletion_page_is_throttled(client, participant):
    for _attempt in range(10):
        ask(client, participant, password="tebakan-salah")
    refused = ask(client, participant, password=PASSWORD)
    assert "Terlalu banyak percobaan" in refused.content.decode()
    assert not AccountDeletionRequest.objects.exists()


def test_an_account_without_a_password_confirms_with_its_email_address(client, participant):
    participant.set_unusable_password()
    participant.save()
    assert ask(client, participant, email="orang.lain@contoh.id").status_code == 200
    assert not AccountDeletionRequest.objects.exists()
    assert ask(client, participant, email=participant.email.upper()).status_code == 302
    assert AccountDeletionRequest.objects.filter(user=participant, status=DeletionStatus.PENDING).exists()


def test_the_deletion_page_asks_anonymous_visitors_to_log_in(client):
    response = client.get(reverse(DELETE_URL))
    assert response.status_code == 302 and reverse("account_login") in response["Location"]


def test_officers_see_pending_requests_with_their_due_date(client, participant, officer):
    request = request_account_deletion(user=participant)
    client.force_login(officer)
    page = client.get(reverse(REQUESTS_URL)).content.decode()
    assert participant.email in page
    assert timezone.localtime(request.due_at).strftime("%H:%M") in page
    assert "terlambat" not in page
    assert reverse("wagtailsnippets_people_accountdeletionrequest:erase", args=[request.pk]) in page
    AccountDeletionRequest.objects.filter(pk=request.pk).update(
        due_at=timezone.now() - datetime.timedelta(hours=1)
    )
    assert "terlambat" in client.get(reverse(REQUESTS_URL)).content.decode()
    # The dashboard says so too, so that no request passes unnoticed.
    assert "1 peserta meminta akunnya dihapus" in client.get(reverse("wagtailadmin_home")).content.decode()


def test_carrying_it_out_erases_identity_and_keeps_evidence(
    client, participant, officer, certificate, mailoutbox, django_capture_on_commit_callbacks
):
    address, pdf_name = participant.email, certificate.pdf.name
    Profile.objects.filter(user=participant).update(whatsapp="081234567890")
    request = request_account_deletion(user=participant)
    own_session = client.__class__()
    own_session.force_login(participant)
    mailoutbox.clear()  # the certificate's own e-mail

    client.force_login(officer)
    erase_url = reverse("wagtailsnippets_people_accountdeletionrequest:erase", args=[request.pk])
    assert "Siti Aminah" in client.get(erase_url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(erase_url).status_code == 302

    user = User.objects.get(pk=participant.pk)
    profile = Profile.objects.get(user=user)
    assert user.email != address and not user.is_active and not user.has_usable_password()
    assert profile.full_name.startswith("anonim-") and profile.whatsapp == ""
    assert not EmailAddress.objects.filter(user=user).exists()
    assert not User.objects.filter(email=address).exists()
    # The consent stays as evidence, under the pseudonym; the digest answers "did this address consent?".
    assert ConsentRecord.objects.filter(user=user).count() == 1
    request.refresh_from_db()
    assert request.status == DeletionStatus.DONE and request.done_by == officer
    assert request.email_digest == email_digest(address)
    # Logged out everywhere.
    assert own_session.get(reverse("people:profile")).status_code == 302
    # The certificate: revoked with the reason, its name and file gone.
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.REVOKED and certificate.holder_erased
    assert not certificate.pdf and not default_storage.exists(pdf_name)
    verdict = client.get(reverse("certificates:verify", args=[certificate.display_code])).content.decode()
    assert "Dicabut: akun dihapus" in verdict and "Siti Aminah" not in verdict
    assert certificate.number in verdict
    # The old address is told, once.
    assert [(mail.to, mail.subject) for mail in mailoutbox] == [
        ([address], "[Sinergi] Akun Anda telah dihapus")
    ]


def test_report_figures_stay_whole(city):  # noqa: F811
    scope = Scope()
    before = report_queries.totals(scope)
    kecamatan = [(g.label, g.enrolled, g.completed) for g in report_queries.by_kecamatan(scope)]
    topics = [(t.tag, t.attempts, t.passed) for t in report_queries.topics(scope)]

    erase_account(user=city.ani)

    after = report_queries.totals(scope)
    assert (after.participants, after.enrollments, after.completions, after.workshops) == (
        before.participants,
        before.enrollments,
        before.completions,
        before.workshops,
    )
    # Ani's certificate is revoked now, so one live certificate fewer, and only that.
    assert after.certificates == before.certificates - 1
    assert [(g.label, g.enrolled, g.completed) for g in report_queries.by_kecamatan(scope)] == kecamatan
    assert [(t.tag, t.attempts, t.passed) for t in report_queries.topics(scope)] == topics


def test_deleting_a_user_in_the_wagtail_admin_takes_the_same_path(client, superuser, participant):
    Enrollment.objects.create(user=participant, course=_course())
    client.force_login(superuser)
    url = reverse("wagtailusers_users:delete", args=[participant.pk])
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 302

    user = User.objects.get(pk=participant.pk)  # the row stays, without identity
    assert user.erased_at is not None and user.email.endswith("@akun-terhapus.invalid")
    assert Enrollment.objects.filter(user=user).count() == 1
    assert ConsentRecord.objects.filter(user=user).count() == 1
    assert AccountDeletionRequest.objects.get(user=user).done_by == superuser


def test_bulk_deleting_users_in_the_admin_erases_them(client, superuser, participant, other_participant):
    client.force_login(superuser)
    url = (
        reverse("wagtail_bulk_action", args=("people", "user", "delete"))
        + "?"
        + urlencode(
            {"next": reverse("wagtailusers_users:index"), "id": [participant.pk, other_participant.pk]},
            doseq=True,
        )
    )
    assert client.post(url).status_code == 302
    assert (
        User.objects.filter(pk__in=[participant.pk, other_participant.pk], erased_at__isnull=False).count()
        == 2
    )


def test_a_plain_delete_cannot_bypass_the_erasure(participant, other_participant):
    participant.delete()
    assert User.objects.get(pk=participant.pk).erased_at is not None
    with pytest.raises(PeopleError) as refused, transaction.atomic():
        User.objects.filter(pk=other_participant.pk).delete()
    assert refused.value.code == "erase_instead"
    assert User.objects.get(pk=other_participant.pk).email == other_participant.email


def test_an_account_is_erased_only_once_and_never_by_itself(officer):
    participant = make_user()
    make_profile(participant)
    with pytest.raises(PeopleError) as own:
        erase_account(user=officer, by=officer)
    assert own.value.code == "own_account"
    erase_account(user=participant, by=officer)
    with pytest.raises(PeopleError) as again:
        erase_account(user=participant, by=officer)
    assert again.value.code == "already_erased"


def _course():
    return make_course(title="Kursus Uji Hapus")


def test_linked_accounts_avatar_h5p_traces_and_future_seats_go_too(
    participant, other_participant, officer, django_capture_on_commit_callbacks
):
    from allauth.socialaccount.models import SocialAccount
    from django.core.files.base import ContentFile
    from wagtail.users.models import UserProfile

    from h5p.models import H5PActivity, H5PResult, H5PUserData
    from tests.workshops.conftest import days_from_now, make_workshop
    from workshops.models import Registration

    SocialAccount.objects.create(user=participant, provider="google", uid="1234567890")
    profile = UserProfile.get_for_user(participant)
    profile.avatar.save("wajah.png", ContentFile(b"\x89PNG fake"), save=True)
    avatar_name = profile.avatar.name
    activity = H5PActivity.objects.create(package="h5p/uploads/a.h5p", title="Aktivitas", state="ready")
    statement = {"actor": {"name": "Siti Aminah", "mbox": "mailto:siti@contoh.id"}, "verb": {"id": "x"}}
    result = H5PResult.objects.create(
        user=participant, activity=activity, verb="completed", score=1, max_score=1, statement=statement
    )
    H5PUserData.objects.create(user=participant, activity=activity, state="{}")
    workshop = make_workshop(capacity=1, sessions=[days_from_now(7)])
    Registration.objects.create(workshop=workshop, user=participant, status="registered")
    waiting = Registration.objects.create(
        workshop=workshop, user=other_participant, status="waitlisted", position=1
    )

    with django_capture_on_commit_callbacks(execute=True):
        erase_account(user=participant, by=officer)

    assert not SocialAccount.objects.filter(user=participant).exists()
    assert not UserProfile.objects.filter(user=participant).exists()
    assert not default_storage.exists(avatar_name)
    result.refresh_from_db()
    assert "actor" not in result.statement and result.score == 1  # the result still counts
    assert not H5PUserData.objects.filter(user=participant).exists()
    waiting.refresh_from_db()
    assert waiting.status == "registered"  # the freed seat went to the waiting list
