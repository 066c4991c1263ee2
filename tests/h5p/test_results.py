"""What the player reports: only meaningful statements from enrolled participants are stored, every one of
them, and a result completes the module as its lesson block requires."""

import json

import pytest
from django.test import Client

import h5p.wagtail_hooks  # noqa: F401 - registered as in production, where the admin's hooks are always loaded
from courses import services as course_services
from courses.models import ModuleH5P, ModuleProgress
from h5p.models import H5PResult
from h5p.queries import best_results
from tests.conftest import make_user
from tests.courses.conftest import make_course, make_module

VERB = "http://adlnet.gov/expapi/verbs/"


def statement(verb="completed", raw=3, top=3, parent=False, **result):
    data = {
        "actor": {"account": {"name": "x"}, "objectType": "Agent"},
        "verb": {"id": VERB + verb},
        "object": {"id": "http://testserver/h5p/aktivitas/1/"},
        "result": {"score": {"min": 0, "raw": raw, "max": top, "scaled": raw / top if top else 0}, **result},
    }
    if parent:
        data["context"] = {"contextActivities": {"parent": [{"id": "http://testserver/h5p/aktivitas/1/"}]}}
    return data


def h5p_block(activity, requirement="completed", pass_percent=None) -> dict:
    return {
        "type": "h5p",
        "value": {"activity": activity.pk, "requirement": requirement, "pass_percent": pass_percent},
    }


def post(client, activity, data):
    return client.post(
        f"/h5p/aktivitas/{activity.pk}/hasil/",
        json.dumps({"statement": data}),
        content_type="application/json",
    )


@pytest.fixture
def course(db):
    # Modules are completed by their activity alone: the course asks for a quiz, and there is none.
    return make_course(require_read=False, require_quiz=True)


@pytest.fixture
def module(course, activity):
    return make_module(course, body=[h5p_block(activity)])


@pytest.fixture
def player(client, participant, course, module):
    course_services.enrol(user=participant, course=course)
    client.force_login(participant)
    return client


def completed(user, module) -> bool:
    return ModuleProgress.objects.filter(
        enrollment__user=user, module=module, completed_at__isnull=False
    ).exists()


def test_a_completed_statement_is_stored_and_completes_the_module(
    player, participant, activity, module, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(player, activity, statement("completed", 2, 3))
    assert response.status_code == 200
    assert "2" in response.json()["message"]
    result = H5PResult.objects.get()
    assert (result.user, result.score, result.max_score, result.completed) == (participant, 2, 3, True)
    assert completed(participant, module)


@pytest.mark.django_db(transaction=True)
def test_the_answer_says_when_the_module_is_complete(client, participant, tmp_path, settings):
    # Committed for real, as in production: the signal goes out before the answer is sent.
    from tests.h5p.conftest import make_activity

    activity = make_activity()
    activity.refresh_from_db()
    course = make_course(require_read=False, require_quiz=True)
    make_module(course, body=[h5p_block(activity, "passed", 70)])
    course_services.enrol(user=participant, course=course)
    client.force_login(participant)
    assert post(client, activity, statement("completed", 2, 3)).json()["module_completed"] is False
    assert post(client, activity, statement("completed", 3, 3)).json()["module_completed"] is True


def test_every_result_is_kept_and_the_best_one_counts(player, participant, activity):
    for raw in (1, 3, 2):
        assert post(player, activity, statement("completed", raw, 3)).status_code == 200
    assert H5PResult.objects.filter(user=participant).count() == 3
    assert best_results(user=participant) == {activity.pk: {"percent": 100, "completed": True}}


def test_passing_needs_the_blocks_score(
    client, participant, course, activity, django_capture_on_commit_callbacks
):
    module = make_module(course, body=[h5p_block(activity, "passed", 70)])
    course_services.enrol(user=participant, course=course)
    client.force_login(participant)
    with django_capture_on_commit_callbacks(execute=True):
        post(client, activity, statement("completed", 2, 3))
    assert not completed(participant, module)
    with django_capture_on_commit_callbacks(execute=True):
        post(client, activity, statement("passed", 3, 3))
    assert completed(participant, module)


def test_a_course_that_asks_for_reading_still_needs_the_confirmation(
    client, participant, activity, django_capture_on_commit_callbacks
):
    course = make_course(require_read=True)
    module = make_module(course, body=[h5p_block(activity)])
    course_services.enrol(user=participant, course=course)
    client.force_login(participant)
    with django_capture_on_commit_callbacks(execute=True):
        post(client, activity, statement())
    assert not completed(participant, module)
    course_services.complete_module(user=participant, module=module, confirm_read=True)
    assert completed(participant, module)


def test_reading_alone_does_not_complete_a_module_whose_activity_is_required(participant, activity):
    course = make_course(require_read=True)
    module = make_module(course, body=[h5p_block(activity)])
    course_services.enrol(user=participant, course=course)
    record = course_services.complete_module(user=participant, module=module, confirm_read=True)
    assert record.read_at is not None and record.completed_at is None


def test_a_practice_activity_changes_nothing_in_completion(participant, activity):
    course = make_course(require_read=True)
    module = make_module(course, body=[h5p_block(activity, "none")])
    course_services.enrol(user=participant, course=course)
    assert course_services.complete_module(user=participant, module=module, confirm_read=True).completed_at


@pytest.mark.parametrize("verb", ["experienced", "attempted", "interacted", "progressed", "initialized"])
def test_statements_without_meaning_for_results_are_refused(player, activity, verb):
    response = post(player, activity, statement(verb))
    assert response.status_code == 400
    assert response.json()["code"] == "verb"
    assert not H5PResult.objects.exists()


def test_answers_inside_an_activity_are_not_results_but_the_top_level_answer_is(player, activity):
    assert post(player, activity, statement("answered", parent=True)).json()["code"] == "not_top_level"
    assert post(player, activity, statement("answered", 1, 3)).status_code == 200
    assert H5PResult.objects.get().completed is False


@pytest.mark.parametrize(
    ("raw", "top"), [(4, 3), (-1, 3), (1.5, 3), (True, 3), ("3", 3), (3, None), (float("nan"), 3)]
)
def test_scores_outside_zero_to_max_are_refused(player, activity, raw, top):
    data = statement(raw=1, top=3)
    data["result"]["score"].update(raw=raw, max=top)
    response = player.post(
        f"/h5p/aktivitas/{activity.pk}/hasil/",
        json.dumps({"statement": data}).replace("NaN", '"NaN"'),
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json()["code"] == "score_range"
    assert not H5PResult.objects.exists()


def test_the_maximum_must_match_the_package_when_known(player, activity):
    activity.max_score = 3
    activity.save()
    assert post(player, activity, statement(raw=10, top=10)).json()["code"] == "max_mismatch"
    assert post(player, activity, statement(raw=3, top=3)).status_code == 200


@pytest.mark.parametrize("body", [b"not json", b"[]", b'{"statement": 5}', b"{" + b" " * 70_000 + b"}"])
def test_unreadable_posts_are_refused(player, activity, body):
    response = player.post(f"/h5p/aktivitas/{activity.pk}/hasil/", body, content_type="application/json")
    assert response.status_code == 400
    assert not H5PResult.objects.exists()


def test_participants_not_enrolled_cannot_record(client, activity, module):
    client.force_login(make_user())
    response = post(client, activity, statement())
    assert response.status_code == 403
    assert response.json()["code"] == "not_allowed"
    assert not H5PResult.objects.exists()


def test_anonymous_visitors_cannot_record(client, activity, module):
    assert post(client, activity, statement()).status_code == 403
    assert not H5PResult.objects.exists()


def test_trainers_previewing_do_not_record(client, trainer, activity, module):
    client.force_login(trainer)
    assert post(client, activity, statement()).status_code == 403


def test_an_unpublished_module_does_not_let_results_in(player, activity, module):
    module.unpublish()
    assert not ModuleH5P.objects.filter(module=module).exists()
    assert post(player, activity, statement()).status_code == 403


def test_a_draft_revision_does_not_change_which_activity_counts(
    player, participant, course, activity, module
):
    from tests.h5p.conftest import make_activity

    other = make_activity()
    module.body = [h5p_block(other)]
    module.save_revision()  # a draft: the live lesson still uses the first activity
    assert list(ModuleH5P.objects.filter(module=module).values_list("activity_id", flat=True)) == [
        activity.pk
    ]
    assert post(player, activity, statement()).status_code == 200


def test_the_endpoint_is_csrf_protected(participant, course, module, activity):
    course_services.enrol(user=participant, course=course)
    client = Client(enforce_csrf_checks=True)
    client.force_login(participant)
    assert post(client, activity, statement()).status_code == 403
    lesson = client.get(module.url)
    token = lesson.content.decode().split('data-csrf="', 1)[1].split('"', 1)[0]
    response = client.post(
        f"/h5p/aktivitas/{activity.pk}/hasil/",
        json.dumps({"statement": statement()}),
        content_type="application/json",
        HTTP_X_CSRFTOKEN=token,
    )
    assert response.status_code == 200


def test_recording_costs_the_same_few_queries_however_many_courses(
    client, participant, activity, django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    modules = []
    for _ in range(6):
        course = make_course(require_read=False, require_quiz=True, sequential=False)
        modules += [make_module(course, body=[h5p_block(activity)]) for _ in range(4)]
        course_services.enrol(user=participant, course=course)
    client.force_login(participant)
    # Counted with what courses does on the signal: a result that completes nothing new costs no cascade.
    with django_assert_max_num_queries(8), django_capture_on_commit_callbacks(execute=True):
        assert post(client, activity, statement("answered", 1, 3)).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        assert post(client, activity, statement()).status_code == 200  # completes all 24 modules, once
    assert all(completed(participant, module) for module in modules)
    with django_assert_max_num_queries(8), django_capture_on_commit_callbacks(execute=True):
        assert post(client, activity, statement()).status_code == 200
