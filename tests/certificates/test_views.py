"""What participants and the public see: "Sertifikat saya", downloads, share image, verification."""

import io
from urllib.parse import unquote

import pytest
from django.test import override_settings
from django.urls import reverse
from PIL import Image

from certificates.services import reissue_certificate, revoke_certificate

from .conftest import pdf_text

pytestmark = pytest.mark.django_db


def test_my_certificates_lists_only_mine(client, participant, other_participant, issue):
    mine = issue(participant)
    theirs = issue(other_participant)
    client.force_login(participant)
    response = client.get(reverse("certificates:mine"))
    html = response.content.decode()
    assert response.status_code == 200
    assert mine.number in html and theirs.number not in html
    assert reverse("certificates:download", args=[mine.pk]) in html
    assert reverse("certificates:verify", args=[mine.display_code]) in html


def test_my_certificates_needs_a_login(client):
    response = client.get(reverse("certificates:mine"))
    assert response.status_code == 302 and "/akun/login/" in response["Location"]


def test_the_owner_downloads_the_pdf(client, participant, issue):
    certificate = issue(participant)
    client.force_login(participant)
    response = client.get(reverse("certificates:download", args=[certificate.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    assert "SNG-" in response["Content-Disposition"]
    content = b"".join(response.streaming_content)
    assert certificate.number in pdf_text(content)


@pytest.mark.parametrize("who", ["anonymous", "other_participant", "trainer"])
def test_nobody_else_downloads_it(client, participant, issue, request, who):
    certificate = issue(participant)
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    for name in ("download", "share_image"):
        response = client.get(reverse(f"certificates:{name}", args=[certificate.pk]))
        assert response.status_code in (302, 404), name
        if who != "anonymous":
            assert response.status_code == 404


def test_officers_download_any_certificate(client, participant, officer, issue):
    certificate = issue(participant)
    client.force_login(officer)
    response = client.get(reverse("certificates:download", args=[certificate.pk]))
    assert response.status_code == 200


def test_a_revoked_certificate_is_no_longer_downloadable_by_its_owner(client, participant, officer, issue):
    certificate = issue(participant)
    revoke_certificate(certificate=certificate, by=officer, reason="Data ganda")
    client.force_login(participant)
    assert client.get(reverse("certificates:download", args=[certificate.pk])).status_code == 404
    html = client.get(reverse("certificates:mine")).content.decode()
    assert "Data ganda" in html and "Dicabut" in html
    client.force_login(officer)
    assert client.get(reverse("certificates:download", args=[certificate.pk])).status_code == 200


def test_share_image_and_whatsapp_link(client, participant, issue):
    certificate = issue(participant)
    client.force_login(participant)
    response = client.get(reverse("certificates:share_image", args=[certificate.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    image = Image.open(io.BytesIO(response.content))
    assert image.format == "PNG" and image.size == (1200, 630)
    html = client.get(reverse("certificates:mine")).content.decode()
    assert "https://wa.me/?text=" in html
    link = html.split("https://wa.me/?text=", 1)[1].split('"', 1)[0]
    assert certificate.verification_url in unquote(link.replace("&amp;", "&"))


def test_verification_of_a_valid_certificate_shows_no_personal_data(client, participant, issue):
    participant.profile.whatsapp = "081234567890"
    participant.profile.save()
    certificate = issue(participant)
    response = client.get(reverse("certificates:verify", args=[certificate.display_code]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Sah" in html
    assert "Siti Aminah, S.Pd." in html and certificate.subject_title in html and certificate.number in html
    assert "12 November 2025" in html and certificate.issuer_name in html
    assert participant.email not in html and "081234567890" not in html
    assert participant.profile.institution.name not in html


def test_typed_codes_lead_to_the_canonical_page(client, participant, issue):
    certificate = issue(participant)
    typed = certificate.display_code.lower().replace("-", " ")
    response = client.get(reverse("certificates:verify_form"), {"kode": typed})
    assert response.status_code == 302
    assert response["Location"] == reverse("certificates:verify", args=[certificate.display_code])
    response = client.get(reverse("certificates:verify", args=[certificate.code.lower()]))
    assert response.status_code == 302


def test_revoked_and_replaced_certificates_say_so(
    client, participant, officer, issue, django_capture_on_commit_callbacks
):
    certificate = issue(participant)
    with django_capture_on_commit_callbacks(execute=True):
        new = reissue_certificate(certificate=certificate, by=officer, reason="Nama dikoreksi")
    html = client.get(reverse("certificates:verify", args=[certificate.display_code])).content.decode()
    assert "Diganti" in html
    assert reverse("certificates:verify", args=[new.display_code]) in html
    revoke_certificate(certificate=new, by=officer, reason="Tidak lulus")
    html = client.get(reverse("certificates:verify", args=[new.display_code])).content.decode()
    assert "Dicabut" in html
    assert "Tidak lulus" not in html  # the reason is for the participant, not for everyone


def test_unknown_codes_are_not_found(client):
    response = client.get(reverse("certificates:verify", args=["7KQ2-M9XD-R4TB-HW3N"]))
    assert response.status_code == 404
    assert "Tidak ditemukan" in response.content.decode()
    response = client.get(reverse("certificates:verify_form"), {"kode": "12345"})
    assert response.status_code == 200 and "16 huruf" in response.content.decode()


@override_settings(CERTIFICATES_VERIFY_MAX_MISSES=5)
def test_guessing_is_rate_limited_per_address(client, participant, issue):
    certificate = issue(participant)
    for attempt in range(5):
        response = client.get(reverse("certificates:verify", args=[f"7KQ2-M9XD-R4TB-HW3{attempt}"]))
        assert response.status_code == 404
    response = client.get(reverse("certificates:verify", args=[certificate.display_code]))
    assert response.status_code == 429
    assert "15 menit" in response.content.decode()
    assert client.get(reverse("certificates:verify_form"), {"kode": "x"}).status_code == 429
    other = client.get(
        reverse("certificates:verify", args=[certificate.display_code]), REMOTE_ADDR="10.0.0.9"
    )
    assert other.status_code == 200


def test_genuine_lookups_never_use_up_the_budget(client, participant, issue):
    certificate = issue(participant)
    with override_settings(CERTIFICATES_VERIFY_MAX_MISSES=3):
        for _ in range(10):
            assert (
                client.get(reverse("certificates:verify", args=[certificate.display_code])).status_code == 200
            )
