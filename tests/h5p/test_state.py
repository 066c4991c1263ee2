"""Resuming: the state the player reports is kept per participant and activity, capped in size, and given
back to the player page."""

import json

import pytest

from courses import services as course_services
from h5p import tokens
from h5p.models import H5PUserData
from tests.conftest import make_user
from tests.courses.conftest import make_course, make_module


@pytest.fixture
def player(client, participant, activity):
    course = make_course()
    make_module(course, body=[{"type": "h5p", "value": {"activity": activity.pk, "requirement": "none"}}])
    course_services.enrol(user=participant, course=course)
    client.force_login(participant)
    return client


def save(client, activity, state):
    return client.post(
        f"/h5p/aktivitas/{activity.pk}/keadaan/",
        json.dumps({"state": state}),
        content_type="application/json",
    )


def test_the_state_is_saved_and_given_back_to_the_player(player, participant, activity):
    assert save(player, activity, '{"done": true}').status_code == 200
    assert save(player, activity, '{"done": true, "page": 2}').status_code == 200
    assert H5PUserData.objects.get(user=participant, activity=activity).state == '{"done": true, "page": 2}'
    token = tokens.issue(user_id=participant.pk, activity_id=activity.pk)
    page = player.get(f"/h5p/main/{token}/").content.decode()
    config = json.loads(page.split('id="h5p-config" type="application/json">', 1)[1].split("</script>", 1)[0])
    assert config["contentUserData"][0]["state"] == '{"done": true, "page": 2}'


def test_another_participants_player_gets_nothing_of_it(player, participant, activity, client):
    save(player, activity, '{"done": true}')
    other = make_user()
    token = tokens.issue(user_id=other.pk, activity_id=activity.pk)
    assert "contentUserData" not in client.get(f"/h5p/main/{token}/").content.decode()


def test_an_empty_state_resets(player, participant, activity):
    save(player, activity, '{"done": true}')
    assert save(player, activity, "").status_code == 200
    assert not H5PUserData.objects.exists()


def test_a_state_over_the_cap_is_refused(player, activity, settings):
    settings.H5P_USER_DATA_MAX_BYTES = 100
    response = save(player, activity, json.dumps({"x": "y" * 200}))
    assert response.status_code == 400
    assert response.json()["code"] == "state_too_large"
    assert not H5PUserData.objects.exists()


@pytest.mark.parametrize("state", ["{not json", 5, None])
def test_unreadable_states_are_refused(player, activity, state):
    assert save(player, activity, state).status_code == 400
    assert not H5PUserData.objects.exists()


def test_only_participants_who_may_play_save_state(client, activity):
    client.force_login(make_user())
    assert save(client, activity, "{}").status_code == 403
    client.logout()
    assert save(client, activity, "{}").status_code == 403
    assert not H5PUserData.objects.exists()
