"""Setting a password from an e-mailed link proves the address, when the account has only that one."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from tests.conftest import make_user

pytestmark = pytest.mark.django_db
NEW_PASSWORD = "Kata-sandi-baru-2025"


def reset_password(client, email: str):
    client.post(reverse("account_reset_password"), {"email": email})
    link = re.search(r"https?://[^/\s]+(/akun/password/reset/key/[^\s]+/)", mail.outbox[-1].body).group(1)
    form = client.get(link, follow=True)
    client.post(form.redirect_chain[-1][0], {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})


def test_a_reset_by_link_confirms_the_only_address_so_the_login_needs_no_second_email(client):
    user = make_user(email="belum@contoh.id", verified=False)

    reset_password(client, "belum@contoh.id")

    assert EmailAddress.objects.get(user=user).verified
    response = client.post(reverse("account_login"), {"login": "belum@contoh.id", "password": NEW_PASSWORD})
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == user.pk


def test_with_several_addresses_none_is_confirmed_by_a_reset(client):
    user = make_user(email="utama@contoh.id", verified=False)
    EmailAddress.objects.create(user=user, email="kedua@contoh.id", verified=False, primary=False)

    reset_password(client, "utama@contoh.id")

    assert not EmailAddress.objects.filter(user=user, verified=True).exists()
