"""Issuing, rendering and storing, e-mailing, revoking and re-issuing certificates."""

import re
import threading
from unittest import mock

import pytest
from django.conf import settings
from wagtail.models import ModelLogEntry

from certificates.choices import CertificateStatus
from certificates.models import Certificate, CertificateTemplate
from certificates.services import (
    CertificateError,
    issue_certificate,
    reissue_certificate,
    retry_render,
    revoke_certificate,
)
from tests.conftest import make_profile, make_user

from .conftest import COURSE_TITLE, pdf_pages, pdf_text, stored_pdf, subject_for

pytestmark = pytest.mark.django_db


def actions(certificate):
    return list(
        ModelLogEntry.objects.for_instance(certificate).order_by("timestamp").values_list("action", flat=True)
    )


def test_an_issued_certificate_is_rendered_stored_and_mailed(participant, issue, mailoutbox):
    certificate = issue(participant)
    assert certificate.status == CertificateStatus.VALID
    assert re.fullmatch(r"SNG/\d{4}/\d{2}/\d{6}", certificate.number)
    assert certificate.verification_url.endswith(f"/verifikasi/{certificate.display_code}/")
    content = stored_pdf(certificate)
    assert pdf_pages(content) == 1
    text = pdf_text(content)
    assert "Siti Aminah, S.Pd." in text and certificate.number in text
    assert certificate.printed["nama"] == "Siti Aminah, S.Pd."
    assert certificate.printed["kegiatan"] == COURSE_TITLE
    assert certificate.printed["jp"] == "12"
    assert certificate.pdf_size == len(content)
    assert "/media/" not in certificate.pdf.name and len(certificate.pdf.name.split("/")[2]) == 32

    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == [participant.email]
    assert mail.subject == f"Sertifikat Anda: {COURSE_TITLE}"
    assert certificate.number in mail.body and certificate.verification_url in mail.body
    ((name, attached, mimetype),) = mail.attachments
    assert mimetype == "application/pdf" and attached == content and name.endswith(".pdf")
    assert actions(certificate) == ["certificates.issue"]


def test_numbers_count_up_and_codes_differ(participant, other_participant, issue, course_page):
    first = issue(participant)
    second = issue(other_participant)
    assert int(second.number.rsplit("/", 1)[1]) == int(first.number.rsplit("/", 1)[1]) + 1
    assert first.code != second.code


def test_issuing_twice_returns_the_same_certificate(participant, issue, course_page, template):
    first = issue(participant)
    again, created = issue_certificate(user=participant, subject=subject_for(course_page), template=template)
    assert again == first and created is False
    assert Certificate.objects.count() == 1


def test_when_two_completions_race_the_loser_gets_the_winners_certificate(participant, issue, course_page):
    """The loser passed the "already has one?" check before the winner inserted: the constraint decides."""
    winner = issue(participant)
    real_filter = Certificate.objects.filter

    class Blind:
        """The stale view the loser had: nothing there at first, the winner's row when asked again."""

        calls = 0

        def first(self):
            Blind.calls += 1
            return None if Blind.calls == 1 else winner

    with mock.patch.object(
        Certificate.objects,
        "filter",
        side_effect=lambda *a, **k: Blind() if "status__in" in k else real_filter(*a, **k),
    ):
        loser, created = issue_certificate(user=participant, subject=subject_for(course_page))
    assert created is False and loser == winner
    assert Certificate.objects.live().count() == 1


@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"),
    reason="SQLite serializes writers; the race runs on PostgreSQL (the constraint path is covered above)",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_issuance_threads_make_one_certificate(participant, template, course_page):
    barrier = threading.Barrier(4)
    results, errors = [], []

    def worker():
        from django.db import connection as thread_connection

        try:
            barrier.wait()
            results.append(issue_certificate(user=participant, subject=subject_for(course_page))[0].pk)
        except Exception as error:  # noqa: BLE001
            errors.append(error)
        finally:
            thread_connection.close()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(set(results)) == 1
    assert Certificate.objects.live().count() == 1


def test_later_name_or_template_changes_never_touch_an_issued_certificate(participant, issue, template):
    certificate = issue(participant)
    before = stored_pdf(certificate)
    participant.profile.full_name = "Siti Aminah Ramadhani, S.Pd., M.Pd."
    participant.profile.save()
    template.title = "PIAGAM"
    template.save()
    certificate.refresh_from_db()
    assert certificate.recipient_name == "Siti Aminah, S.Pd."
    assert stored_pdf(certificate) == before
    # Running the render task again does nothing to a made certificate.
    from certificates.tasks import render_certificate

    assert render_certificate.call(certificate_id=certificate.pk) is False
    certificate.refresh_from_db()
    assert stored_pdf(certificate) == before


def test_revoking_needs_a_reason_and_is_logged(participant, officer, issue):
    certificate = issue(participant)
    with pytest.raises(CertificateError) as error:
        revoke_certificate(certificate=certificate, by=officer, reason="   ")
    assert error.value.code == "reason_required"
    revoke_certificate(certificate=certificate, by=officer, reason="Tidak mengikuti ujian")
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.REVOKED and certificate.revoked_at
    assert certificate.revoke_reason == "Tidak mengikuti ujian" and certificate.revoked_by == officer
    entry = ModelLogEntry.objects.for_instance(certificate).get(action="certificates.revoke")
    assert entry.user == officer and entry.data["reason"] == "Tidak mengikuti ujian"
    with pytest.raises(CertificateError) as error:
        revoke_certificate(certificate=certificate, by=officer, reason="lagi")
    assert error.value.code == "not_live"


def test_reissue_after_a_name_correction(participant, officer, issue, django_capture_on_commit_callbacks):
    old = issue(participant)
    participant.profile.full_name = "Siti Aminah Lubis, S.Pd."
    participant.profile.save()
    with django_capture_on_commit_callbacks(execute=True):
        new = reissue_certificate(certificate=old, by=officer, reason="Nama dikoreksi")
    old.refresh_from_db()
    new.refresh_from_db()
    assert old.status == CertificateStatus.REPLACED and old.replaced_by == new and old.replaced_at
    assert new.status == CertificateStatus.VALID and new.number != old.number and new.code != old.code
    assert new.recipient_name == "Siti Aminah Lubis, S.Pd." and new.issued_by == officer
    assert (new.subject_type_id, new.subject_id, new.subject_title) == (
        old.subject_type_id,
        old.subject_id,
        old.subject_title,
    )
    assert "Siti Aminah Lubis, S.Pd." in pdf_text(stored_pdf(new))
    assert "Siti Aminah, S.Pd." in pdf_text(stored_pdf(old))  # the old file is kept as it was
    assert "certificates.reissue" in actions(old)
    assert (
        ModelLogEntry.objects.for_instance(new).get(action="certificates.issue").data["replaces"]
        == old.number
    )
    with pytest.raises(CertificateError):
        reissue_certificate(certificate=old, by=officer)


def test_a_revoked_certificate_can_be_issued_again(participant, officer, issue, course_page):
    first = issue(participant)
    revoke_certificate(certificate=first, by=officer, reason="Salah kursus")
    second = issue(participant)
    assert second != first and second.status == CertificateStatus.VALID


def test_a_template_with_a_missing_image_fails_loudly_and_issues_nothing_broken(
    participant, officer, issue, template, mailoutbox, django_capture_on_commit_callbacks
):
    signature = template.signatories.first().signature
    signature.renditions.all().delete()
    signature.file.storage.delete(signature.file.name)
    certificate = issue(participant)
    assert certificate.status == CertificateStatus.FAILED
    assert not certificate.pdf
    assert signature.title in certificate.render_error
    assert mailoutbox == []
    assert "certificates.render_failed" in actions(certificate)

    # An officer uploads the signature again and tries once more.
    from certificates import demo

    from .conftest import make_image

    fixed = make_image("Tanda tangan baru", demo.signature_png(3), "ttd-baru.png")
    signatory = template.signatories.first()
    signatory.signature = fixed
    signatory.save()
    with django_capture_on_commit_callbacks(execute=True):
        retry_render(certificate=certificate, by=officer)
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID and certificate.pdf
    assert len(mailoutbox) == 1


def test_no_template_and_no_name_are_reported(course_page):
    user = make_user()
    CertificateTemplate.objects.all().delete()
    with pytest.raises(CertificateError) as error:
        issue_certificate(user=user, subject=subject_for(course_page))
    assert error.value.code == "no_template"


def test_a_participant_without_a_name_gets_no_certificate(template, course_page):
    user = make_user()
    with pytest.raises(CertificateError) as error:
        issue_certificate(user=user, subject=subject_for(course_page))
    assert error.value.code == "no_name"
    make_profile(user, full_name="Rahmat")
    certificate, created = issue_certificate(user=user, subject=subject_for(course_page))
    assert created and certificate.recipient_name == "Rahmat"


def test_workshops_print_a_date_range(participant, issue, course_page):
    import datetime

    from certificates.choices import SubjectKind

    certificate = issue(
        participant,
        kind=SubjectKind.WORKSHOP,
        day=datetime.date(2025, 10, 28),
        end=datetime.date(2025, 11, 2),
        hours="32",
    )
    text = " ".join(pdf_text(stored_pdf(certificate)).split())
    assert "28 Oktober – 2 November 2025" in text
    assert "lokakarya" in text and "32 JP" in text
