"""Login and sign-up limits behind the proxy: they count per client (the address nginx reports), so one
guesser never locks out the officers, and a classroom signing up from one school network is not refused."""

import pytest
from allauth.core.internal.ratelimit import parse_rates
from django.conf import settings
from django.test import override_settings
from django.urls import reverse

from tests.conftest import PASSWORD, make_user

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("behind_nginx")]

GUESSER = "203.0.113.7"
OFFICE = "203.0.113.50"
SCHOOL = "198.51.100.20"


@pytest.fixture
def behind_nginx():
    """Production's set-up: one proxy in front, every request arrives from its address."""
    with override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1):
        yield


def via_nginx(client_address: str, claimed: str = "") -> dict:
    # nginx appends the address it saw to whatever X-Forwarded-For the client sent.
    forwarded = f"{claimed}, {client_address}" if claimed else client_address
    return {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": forwarded}


def ip_limit(action: str) -> int:
    return next(rate.amount for rate in parse_rates(settings.ACCOUNT_RATE_LIMITS[action]) if rate.per == "ip")


def test_failed_logins_with_invented_addresses_lock_out_only_that_client(client):
    officer = make_user(email="petugas@contoh.id")
    guesses = ip_limit("login_failed")
    for attempt in range(guesses):
        response = client.post(
            reverse("account_login"),
            {"login": f"tebakan{attempt}@contoh.id", "password": "salah"},
            **via_nginx(GUESSER, claimed=f"10.9.8.{attempt}"),
        )
        assert response.status_code == 200
    # The guesser's own next try is refused, whatever address it claims, even with a right password...
    make_user(email="milik.penebak@contoh.id")
    refused = client.post(
        reverse("account_login"),
        {"login": "milik.penebak@contoh.id", "password": PASSWORD},
        **via_nginx(GUESSER, claimed="10.200.0.1"),
    )
    assert "_auth_user_id" not in client.session
    assert refused.status_code in {200, 429}
    # ...while the officer, from the office's own address behind the same proxy, logs in.
    response = client.post(
        reverse("account_login"), {"login": officer.email, "password": PASSWORD}, **via_nginx(OFFICE)
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(officer.pk)


def signup(client, email: str, address: str):
    return client.post(
        reverse("account_signup"),
        {"email": email, "password1": PASSWORD, "password2": PASSWORD},
        **via_nginx(address),
    )


def test_a_classroom_of_21_teachers_signs_up_from_one_school_network(client):
    for teacher in range(21):
        response = signup(client, f"guru{teacher}@sekolah.contoh.id", SCHOOL)
        assert response.status_code == 302, teacher
        client.logout()


def test_a_mass_sign_up_from_one_address_is_still_refused_in_indonesian(client):
    allowed = ip_limit("signup")
    for number in range(allowed):
        assert signup(client, f"akun{number}@contoh.id", GUESSER).status_code == 302
        client.logout()
    refused = signup(client, "satu.lagi@contoh.id", GUESSER)
    assert refused.status_code == 429
    assert "Terlalu banyak" in refused.content.decode()
    assert signup(client, "guru@sekolah.contoh.id", SCHOOL).status_code == 302
