"""The participant profile: what a teacher fills in once, before enrolling in anything."""

import re

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse

from people.decorators import profile_required
from people.models import ConsentRecord, Institution, Kecamatan, Profile
from people.services import is_profile_complete
from tests.conftest import make_institution, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def newcomer(client):
    user = make_user()
    client.force_login(user)
    return user


@pytest.fixture
def school():
    return make_institution(name="SMP Negeri 7 Lubuklinggau")


def form_data(school, **overrides):
    data = {
        "full_name": "  Siti   Aminah, S.Pd. ",
        "occupation": "guru",
        "whatsapp": "0812-3456-7890",
        "kecamatan": school.kecamatan_id,
        "institution": school.pk,
        "new_institution_name": "",
        "new_institution_kind": "sekolah",
        "consent": "on",
    }
    data.update(overrides)
    return data


def test_a_complete_profile_is_saved_with_consent_and_a_normalised_number(client, newcomer, school):
    response = client.post(reverse("people:profile"), form_data(school))
    assert response.status_code == 302
    profile = Profile.objects.get(user=newcomer)
    assert profile.full_name == "Siti Aminah, S.Pd."
    assert profile.whatsapp == "+6281234567890"
    assert profile.institution == school
    consent = ConsentRecord.objects.get(user=newcomer)
    assert consent.policy_version == settings.PRIVACY_POLICY_VERSION
    assert consent.given_at is not None
    assert is_profile_complete(newcomer)


def test_without_consent_nothing_is_saved_and_the_form_says_why(client, newcomer, school):
    data = form_data(school)
    del data["consent"]
    response = client.post(reverse("people:profile"), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Belum ada yang disimpan" in html
    assert "Mohon setujui kebijakan privasi" in html
    assert not Profile.objects.filter(user=newcomer).exists()
    assert not ConsentRecord.objects.filter(user=newcomer).exists()
    # What was typed stays in the form.
    assert "Siti" in html


def test_a_wrong_whatsapp_number_is_explained_and_nothing_saved(client, newcomer, school):
    response = client.post(reverse("people:profile"), form_data(school, whatsapp="12345"))
    assert response.status_code == 200
    assert "Masukkan nomor ponsel Indonesia" in response.content.decode()
    assert not Profile.objects.filter(user=newcomer).exists()


def test_consent_is_asked_once_per_policy_version(client, newcomer, school, settings):
    client.post(reverse("people:profile"), form_data(school))
    page = client.get(reverse("people:profile")).content.decode()
    assert 'name="consent"' not in page
    response = client.post(reverse("people:profile"), form_data(school, full_name="Siti Aminah", consent=""))
    assert response.status_code == 302
    assert Profile.objects.get(user=newcomer).full_name == "Siti Aminah"

    settings.PRIVACY_POLICY_VERSION = "2026-12"
    assert not is_profile_complete(newcomer)
    assert 'name="consent"' in client.get(reverse("people:profile")).content.decode()
    client.post(reverse("people:profile"), form_data(school))
    assert set(ConsentRecord.objects.filter(user=newcomer).values_list("policy_version", flat=True)) == {
        "2025-11",
        "2026-12",
    }


def test_a_missing_institution_can_be_named_and_waits_for_an_officer(client, newcomer, school):
    kecamatan = Kecamatan.objects.get(name="Lubuklinggau Utara II")
    data = form_data(school, institution="", kecamatan=kecamatan.pk, new_institution_name="MI Nurul Huda")
    response = client.post(reverse("people:profile"), data)
    assert response.status_code == 302
    proposed = Institution.objects.get(name="MI Nurul Huda")
    assert not proposed.is_verified
    assert proposed.kecamatan == kecamatan
    assert proposed.proposed_by == newcomer
    assert Profile.objects.get(user=newcomer).institution == proposed
    # Not offered to others until an officer checks it.
    page = client.get(reverse("people:profile")).content.decode()
    institution_select = re.search(r'<select name="institution".*?</select>', page, re.S).group(0)
    assert "SMP Negeri 7 Lubuklinggau" in institution_select
    assert "MI Nurul Huda" not in institution_select


def test_two_participants_naming_the_same_new_institution_share_one_entry(client, school):
    kecamatan = Kecamatan.objects.get(name="Lubuklinggau Barat II")
    for _ in range(2):
        client.force_login(make_user())
        data = form_data(school, institution="", kecamatan=kecamatan.pk, new_institution_name="SD IT Harapan")
        client.post(reverse("people:profile"), data)
    assert Institution.objects.filter(name="SD IT Harapan").count() == 1
    assert Profile.objects.filter(institution__name="SD IT Harapan").count() == 2


def test_choosing_and_naming_an_institution_at_once_is_refused(client, newcomer, school):
    response = client.post(reverse("people:profile"), form_data(school, new_institution_name="SD Lain"))
    assert response.status_code == 200
    assert "jangan keduanya" in response.content.decode()
    assert not Institution.objects.filter(name="SD Lain").exists()


def test_no_institution_at_all_is_refused(client, newcomer, school):
    response = client.post(reverse("people:profile"), form_data(school, institution=""))
    assert response.status_code == 200
    assert "Pilih lembaga Anda" in response.content.decode()


def test_after_saving_the_participant_goes_back_where_they_were(client, newcomer, school):
    data = form_data(school, next="/kursus/pencegahan/")
    assert client.post(reverse("people:profile"), data).url == "/kursus/pencegahan/"
    data = form_data(school, next="https://jahat.example/")
    # A foreign address is ignored: the participant goes on to learning instead.
    assert client.post(reverse("people:profile"), data).url == reverse("courses:onward")


def test_profile_page_needs_login(client):
    response = client.get(reverse("people:profile"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_profile_required_sends_an_incomplete_participant_to_the_profile_and_back():
    @profile_required
    def enrol(request):
        return HttpResponse("enrolled")

    factory = RequestFactory()
    request = factory.post("/kursus/a/daftar/")
    request.user = make_user()
    request.session = {}
    request._messages = type("M", (), {"add": lambda *a, **k: None})()
    response = enrol(request)
    assert response.status_code == 302
    assert response.url == "/profil/?next=%2Fkursus%2Fa%2Fdaftar%2F"


def test_profile_required_lets_a_complete_participant_through(participant):
    @profile_required
    def enrol(request):
        return HttpResponse("enrolled")

    request = RequestFactory().post("/kursus/a/daftar/")
    request.user = participant
    assert enrol(request).content == b"enrolled"
