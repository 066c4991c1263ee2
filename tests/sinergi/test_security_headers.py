"""Which Content-Security-Policy each part of the site gets: a strict one for the public site, a compatible
one for the Wagtail admin, and the H5P player's own sandbox left as it is."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {name: values for name, *values in (part.split() for part in policy.split(";") if part.strip())}


def test_public_pages_run_only_the_sites_own_scripts(client, participant):
    for url in ("/", reverse("certificates:verify_form"), reverse("account_login")):
        policy = directives(client.get(url))
        assert policy["script-src"] == ["'self'"], url
        assert policy["object-src"] == ["'none'"]
        assert policy["frame-ancestors"] == ["'self'"]
    client.force_login(participant)
    policy = directives(client.get(reverse("people:profile")))
    assert policy["script-src"] == ["'self'"]
    # The H5P player is a frame of our own; only a lesson with a video may frame YouTube or Vimeo
    # (tests/courses/test_data_saving.py).
    assert policy["frame-src"] == ["'self'"]


def test_the_wagtail_admin_gets_its_compatible_policy(client, officer):
    client.force_login(officer)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    policy = directives(response)
    assert {"'self'", "'unsafe-inline'", "'unsafe-eval'"} == set(policy["script-src"])
    assert policy["object-src"] == ["'none'"]
