"""Sign-up, e-mail confirmation, login and password reset, as a participant goes through them."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from people.models import User
from tests.conftest import PASSWORD, make_user

pytestmark = pytest.mark.django_db


def signup(client, email="guru.baru@contoh.id", password=PASSWORD, password2=None):
    return client.post(
        reverse("account_signup"),
        {"email": email, "password1": password, "password2": password2 or password},
    )


def confirmation_link(message) -> str:
    return re.search(r"https?://[^/\s]+(/akun/confirm-email/[^\s]+/)", message.body).group(1)


def test_signup_creates_a_participant_and_sends_an_indonesian_confirmation(client):
    response = signup(client)
    assert response.status_code == 302
    user = User.objects.get(email="guru.baru@contoh.id")
    assert list(user.groups.values_list("name", flat=True)) == ["Peserta"]
    assert not user.is_staff
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["guru.baru@contoh.id"]
    assert "Konfirmasi" in mail.outbox[0].subject or "konfirmasi" in mail.outbox[0].body.lower()


def test_login_is_refused_until_the_email_is_confirmed(client):
    signup(client)
    client.logout()
    response = client.post(reverse("account_login"), {"login": "guru.baru@contoh.id", "password": PASSWORD})
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session


def test_confirming_the_email_logs_in_and_asks_for_the_profile(client):
    signup(client)
    link = confirmation_link(mail.outbox[0])
    page = client.get(link)
    assert page.status_code == 200
    response = client.post(link)
    assert response.status_code == 302
    assert response.url == reverse("people:profile")
    assert client.get(reverse("people:profile")).status_code == 200


def test_confirming_on_another_device_then_logging_in_works(client, django_user_model):
    signup(client)
    link = confirmation_link(mail.outbox[0])
    other_device = type(client)()
    response = other_device.post(link)
    assert response.status_code == 302
    assert response.url == reverse("account_login")
    response = other_device.post(
        reverse("account_login"), {"login": "guru.baru@contoh.id", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response.url == reverse("people:profile")


def test_an_email_already_used_gets_a_clear_message_and_no_second_account(client):
    make_user(email="siti@contoh.id")
    response = signup(client, email="Siti@Contoh.id")
    assert response.status_code == 200
    assert "sudah terdaftar" in response.content.decode() or "sudah digunakan" in response.content.decode()
    assert User.objects.filter(email__iexact="siti@contoh.id").count() == 1


def test_mistyped_password_confirmation_is_explained_in_indonesian(client):
    response = signup(client, password2="rahasia-yang-lain-456")
    assert response.status_code == 200
    assert "sama" in response.content.decode()  # "Anda harus mengetikkan kata sandi yang sama setiap kali."
    assert not User.objects.filter(email="guru.baru@contoh.id").exists()


def test_a_weak_password_is_refused(client):
    response = signup(client, password="12345678")
    assert response.status_code == 200
    assert not User.objects.exists()


def test_signup_form_asks_for_no_username(client):
    html = client.get(reverse("account_signup")).content.decode()
    assert 'name="email"' in html
    assert 'name="username"' not in html


def test_password_reset_sends_a_link_that_sets_a_new_password(client):
    user = make_user(email="lupa@contoh.id")
    client.post(reverse("account_reset_password"), {"email": "lupa@contoh.id"})
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/\s]+(/akun/password/reset/key/[^\s]+/)", mail.outbox[0].body).group(1)
    form_page = client.get(link, follow=True)
    action = form_page.redirect_chain[-1][0] if form_page.redirect_chain else link
    response = client.post(action, {"password1": "kata-sandi-baru-789", "password2": "kata-sandi-baru-789"})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("kata-sandi-baru-789")


def test_repeated_failed_logins_are_rate_limited(client):
    make_user(email="target@contoh.id")
    statuses = [
        client.post(reverse("account_login"), {"login": "target@contoh.id", "password": "salah"}).status_code
        for _ in range(12)
    ]
    assert statuses[0] == 200
    html = client.post(reverse("account_login"), {"login": "target@contoh.id", "password": PASSWORD})
    assert html.status_code in {200, 429}
    assert "_auth_user_id" not in client.session


def test_google_login_is_absent_without_keys(client):
    html = client.get(reverse("account_login")).content.decode()
    assert "Google" not in html


def test_google_login_is_offered_when_keys_are_configured(client, settings):
    settings.SOCIALACCOUNT_PROVIDERS = {"google": {"APP": {"client_id": "id-123", "secret": "s-456"}}}
    html = client.get(reverse("account_login")).content.decode()
    assert "Google" in html


def test_staff_land_in_the_admin_and_participants_on_their_learning(client, trainer, participant):
    response = client.post(reverse("account_login"), {"login": trainer.email, "password": PASSWORD})
    assert response.url == reverse("wagtailadmin_home")
    client.logout()
    response = client.post(reverse("account_login"), {"login": participant.email, "password": PASSWORD})
    assert response.url != reverse("people:profile")
    assert client.get(response.url).status_code == 200


def test_google_sign_in_addresses_are_not_found_without_keys(client):
    assert client.get(reverse("google_login")).status_code == 404
    assert client.get(reverse("google_callback")).status_code == 404
