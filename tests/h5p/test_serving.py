"""Unpacked packages are served only with a play token, never as pages of the site's own origin."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from freezegun import freeze_time

from h5p import tokens

from .packages import LIBRARY_FOLDER


def file_url(token, path):
    return f"/h5p/berkas/{token}/{path}"


@pytest.fixture
def token(activity, participant):
    return tokens.issue(user_id=participant.pk, activity_id=activity.pk)


def test_package_files_are_streamed_with_protective_headers(client, token):
    response = client.get(file_url(token, "h5p.json"))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"{")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert "default-src 'none'" in response["Content-Security-Policy"]
    assert response["Content-Type"].startswith("application/json")
    script = client.get(file_url(token, f"{LIBRARY_FOLDER}/check.js"))
    assert script.status_code == 200
    assert "javascript" in script["Content-Type"]


@pytest.mark.parametrize("name", ["evil.html", "icon.svg", "data.xml"])
def test_html_and_svg_are_only_ever_downloads(client, activity, token, name):
    default_storage.save(
        f"{activity.content_prefix}/{LIBRARY_FOLDER}/{name}", ContentFile(b"<svg onload=alert(1)>")
    )
    response = client.get(file_url(token, f"{LIBRARY_FOLDER}/{name}"))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert "sandbox" in response["Content-Security-Policy"]


@pytest.mark.parametrize(
    "path", ["../h5p.json", "content/../../x", "/etc/passwd", "content/./content.json", "nope.json"]
)
def test_paths_outside_the_package_or_missing_are_not_found(client, token, path):
    assert client.get(file_url(token, path)).status_code == 404


def test_a_forged_or_foreign_token_is_refused(client, activity, participant, token):
    assert client.get(file_url(token + "x", "h5p.json")).status_code == 404
    other = tokens.issue(user_id=participant.pk, activity_id=activity.pk + 1)
    assert client.get(file_url(other, "h5p.json")).status_code == 404
    assert client.get(file_url("not-a-token", "h5p.json")).status_code == 404


def test_a_token_expires(client, activity, participant, settings):
    with freeze_time("2026-11-30 08:00"):
        token = tokens.issue(user_id=participant.pk, activity_id=activity.pk)
    with freeze_time("2026-11-30 08:00") as frozen:
        assert client.get(file_url(token, "h5p.json")).status_code == 200
        frozen.tick(settings.H5P_TOKEN_MAX_AGE + 1)
        assert client.get(file_url(token, "h5p.json")).status_code == 404


def test_the_player_page_runs_in_a_sandbox_without_the_sites_origin(client, token):
    response = client.get(f"/h5p/main/{token}/")
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "sandbox allow-scripts" in csp
    assert "allow-same-origin" not in csp
    assert "frame-ancestors 'self'" in csp
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "Kenali tanda lowongan kerja palsu" in response.content.decode()


def test_the_player_page_escapes_the_title(client, participant, django_capture_on_commit_callbacks):
    from .conftest import make_activity
    from .packages import build

    with django_capture_on_commit_callbacks(execute=True):
        activity = make_activity(build(title="</title><script>alert(1)</script>"))
    token = tokens.issue(user_id=participant.pk, activity_id=activity.pk)
    page = client.get(f"/h5p/main/{token}/").content.decode()
    assert "<script>alert(1)</script>" not in page


def test_a_package_still_being_checked_is_not_served(client, participant, db):
    from .conftest import make_activity

    activity = make_activity()  # the check has not run
    token = tokens.issue(user_id=participant.pk, activity_id=activity.pk)
    assert client.get(f"/h5p/main/{token}/").status_code == 404
