"""Every e-mail names the site Sinergi, whatever address the request came to, and is signed by the agency."""

import pytest
from django.core import mail
from django.urls import reverse

from tests.conftest import PASSWORD, make_user

pytestmark = pytest.mark.django_db

AGENCY = "DPPPAPM Kota Lubuklinggau"


def assert_signed_by_sinergi(message):
    assert message.body.startswith("Halo dari Sinergi!"), message.body[:80]
    assert "127.0.0.1" not in message.body.splitlines()[0]
    assert "Terima kasih telah menggunakan Sinergi!" in message.body
    assert AGENCY in message.body
    assert message.subject.startswith("[Sinergi] ")


def test_sign_up_confirmation_greets_from_sinergi(client):
    client.post(
        reverse("account_signup"),
        {"email": "guru.baru@contoh.id", "password1": PASSWORD, "password2": PASSWORD},
        HTTP_HOST="127.0.0.1:8000",
    )
    assert len(mail.outbox) == 1
    assert_signed_by_sinergi(mail.outbox[0])


def test_password_reset_greets_from_sinergi(client):
    make_user(email="lupa@contoh.id")
    client.post(reverse("account_reset_password"), {"email": "lupa@contoh.id"}, HTTP_HOST="127.0.0.1:8000")
    assert len(mail.outbox) == 1
    assert_signed_by_sinergi(mail.outbox[0])
    assert "http://127.0.0.1:8000/akun/password/reset/key/" in mail.outbox[0].body, "links keep their address"
