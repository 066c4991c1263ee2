"""Code guessing on /verifikasi/ behind the proxy: misses count per client (the address nginx reports), so a
guesser is stopped while everybody else's genuine codes verify; a site-wide wave of misses only tightens each
client's budget."""

import pytest
from django.test import override_settings
from django.urls import reverse

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("behind_nginx")]

GUESSER = "203.0.113.7"
EMPLOYER = "198.51.100.30"


@pytest.fixture
def behind_nginx():
    with override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1, CERTIFICATES_VERIFY_MAX_MISSES=5):
        yield


def via_nginx(client_address: str, claimed: str = "") -> dict:
    forwarded = f"{claimed}, {client_address}" if claimed else client_address
    return {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": forwarded}


def look_up(client, code: str, address: str, claimed: str = ""):
    return client.get(reverse("certificates:verify", args=[code]), **via_nginx(address, claimed))


def test_a_guesser_is_throttled_while_another_clients_genuine_code_verifies(client, participant, issue):
    certificate = issue(participant)
    for attempt in range(5):
        # Each guess claims a new address of its own invention; only nginx's entry counts.
        assert (
            look_up(client, f"7KQ2-M9XD-R4TB-HW3{attempt}", GUESSER, claimed=f"10.0.0.{attempt}").status_code
            == 404
        )
    assert look_up(client, "7KQ2-M9XD-R4TB-HW3Z", GUESSER, claimed="10.0.0.99").status_code == 429
    typed = client.get(reverse("certificates:verify_form"), {"kode": "x"}, **via_nginx(GUESSER))
    assert typed.status_code == 429
    employer = look_up(client, certificate.display_code, EMPLOYER)
    assert employer.status_code == 200
    assert certificate.number in employer.content.decode()


def test_a_blocked_client_gets_no_answer_even_for_a_real_code(client, participant, issue):
    """Otherwise 200 against 429 would tell the guesser which guess was right."""
    certificate = issue(participant)
    for attempt in range(5):
        look_up(client, f"7KQ2-M9XD-R4TB-HW3{attempt}", GUESSER)
    assert look_up(client, certificate.display_code, GUESSER).status_code == 429


def test_an_ipv6_client_is_its_whole_network(client):
    for attempt in range(5):
        look_up(client, f"7KQ2-M9XD-R4TB-HW3{attempt}", f"2001:db8:1:2::{attempt + 1}")
    assert look_up(client, "7KQ2-M9XD-R4TB-HW3Z", "2001:db8:1:2:ffff::9").status_code == 429
    assert look_up(client, "7KQ2-M9XD-R4TB-HW3Z", "2001:db8:1:3::1").status_code == 404


@override_settings(CERTIFICATES_VERIFY_SITE_MISSES=12, CERTIFICATES_VERIFY_MAX_MISSES_UNDER_ATTACK=3)
def test_a_wave_of_misses_from_many_addresses_only_slows(client, participant, issue):
    certificate = issue(participant)
    for bot in range(6):
        for attempt in range(2):
            assert look_up(client, f"7KQ2-M9XD-R4TB-HW{bot}{attempt}", f"192.0.2.{bot}").status_code == 404
    # Now every client gets three misses instead of five: the next bot is stopped sooner...
    for attempt in range(3):
        assert look_up(client, f"7KQ2-M9XD-R4TB-HX0{attempt}", "192.0.2.200").status_code == 404
    assert look_up(client, certificate.display_code, "192.0.2.200").status_code == 429
    # ...while a visitor who mistyped once, and one who did not mistype, both verify.
    assert look_up(client, "7KQ2-M9XD-R4TB-HX10", EMPLOYER).status_code == 404
    assert look_up(client, certificate.display_code, EMPLOYER).status_code == 200
    assert look_up(client, certificate.display_code, "198.51.100.31").status_code == 200
