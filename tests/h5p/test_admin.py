"""Trainers upload packages in the admin; checking runs as a task after the upload is saved."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from h5p.choices import PackageState
from h5p.models import H5PActivity

from .conftest import make_activity
from .packages import LIBRARY_FOLDER, build

ADD = reverse("wagtailsnippets_h5p_h5pactivity:add")
LIST = reverse("wagtailsnippets_h5p_h5pactivity:list")


def upload(client, data: bytes, url=ADD, **fields):
    return client.post(url, {"package": SimpleUploadedFile("paket.h5p", data), **fields})


@pytest.mark.parametrize("role_fixture", ["trainer", "officer"])
def test_trainers_upload_a_package_and_see_it_ready(
    db, client, request, role_fixture, django_capture_on_commit_callbacks
):
    client.force_login(request.getfixturevalue(role_fixture))
    assert client.get(ADD).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client, build(), max_score="3")
    assert response.status_code == 302
    activity = H5PActivity.objects.get()
    assert activity.state == PackageState.READY
    assert activity.title == "Kenali tanda lowongan kerja palsu"
    assert activity.main_library == LIBRARY_FOLDER
    assert activity.file_count == 5
    assert activity.max_score == 3
    assert default_storage.exists(f"{activity.content_prefix}/{LIBRARY_FOLDER}/check.js")
    listing = client.get(LIST).content.decode()
    assert "Kenali tanda lowongan kerja palsu" in listing
    assert "Siap" in listing or "Ready" in listing


def test_a_hostile_upload_is_rejected_with_the_reason_and_nothing_unpacked(
    client, trainer, django_capture_on_commit_callbacks
):
    client.force_login(trainer)
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, build(extra={"content/shell.php": b"<?php"}))
    activity = H5PActivity.objects.get()
    assert activity.state == PackageState.REJECTED
    assert activity.rejection_code == "file_type"
    assert "content/shell.php" in activity.rejection_reason
    assert activity.content_prefix == ""
    assert not default_storage.exists("h5p/content")
    assert "content/shell.php" in client.get(LIST).content.decode()


def test_checking_does_not_run_inside_the_upload_request(client, trainer):
    client.force_login(trainer)
    upload(client, build())  # no commit callbacks run: the task is queued for after the commit
    assert H5PActivity.objects.get().state == PackageState.CHECKING


def test_only_h5p_files_are_accepted(client, trainer):
    client.force_login(trainer)
    response = client.post(ADD, {"package": SimpleUploadedFile("paket.zip", build())})
    assert response.status_code == 200
    assert not H5PActivity.objects.exists()


def test_titles_from_the_package_are_escaped(client, trainer, django_capture_on_commit_callbacks):
    client.force_login(trainer)
    with django_capture_on_commit_callbacks(execute=True):
        make_activity(build(title="<script>alert(1)</script>"))
    listing = client.get(LIST).content.decode()
    assert "<script>alert(1)</script>" not in listing
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in listing


def test_a_new_version_replaces_the_content_and_keeps_results(
    client, trainer, participant, activity, django_capture_on_commit_callbacks
):
    from h5p.models import H5PResult

    H5PResult.objects.create(user=participant, activity=activity, verb="completed", score=2, max_score=3)
    old_prefix = activity.content_prefix
    client.force_login(trainer)
    edit = reverse("wagtailsnippets_h5p_h5pactivity:edit", args=[activity.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client, build(title="Versi kedua"), url=edit)
    assert response.status_code == 302
    activity.refresh_from_db()
    assert activity.title == "Versi kedua"
    assert activity.content_prefix != old_prefix
    assert not default_storage.exists(f"{old_prefix}/h5p.json")
    assert activity.results.count() == 1


def test_a_rejected_new_version_keeps_the_old_content_playable(activity, django_capture_on_commit_callbacks):
    prefix = activity.content_prefix
    with django_capture_on_commit_callbacks(execute=True):
        activity.package.save("v2.h5p", ContentFile(b"nope"))
    activity.refresh_from_db()
    assert activity.state == PackageState.REJECTED
    assert activity.rejection_code == "not_zip"
    assert activity.content_prefix == prefix
    assert default_storage.exists(f"{prefix}/h5p.json")


def test_participants_do_not_reach_the_upload(client, participant):
    client.force_login(participant)
    assert client.get(ADD).status_code in {302, 403}


def test_the_admin_warns_that_scores_can_be_forged(client, trainer, activity):
    client.force_login(trainer)
    page = client.get(reverse("wagtailsnippets_h5p_h5pactivity:edit", args=[activity.pk])).content.decode()
    assert "forged" in page or "dipalsukan" in page


def test_the_usage_view_lists_the_lessons_using_an_activity(client, trainer, activity):
    from tests.courses.conftest import make_course, make_module

    module = make_module(
        make_course(),
        title="Modul Lowongan Palsu",
        body=[
            {
                "type": "h5p",
                "value": {"activity": activity.pk, "requirement": "completed", "pass_percent": None},
            }
        ],
    )
    client.force_login(trainer)
    usage = client.get(reverse("wagtailsnippets_h5p_h5pactivity:usage", args=[activity.pk]))
    assert usage.status_code == 200
    assert module.title in usage.content.decode()


def test_trainers_see_their_courses_results_by_name_and_nobody_edits_them(
    client, trainer, officer, superuser, participant, activity
):
    from courses.models import CoursePage, ModuleH5P
    from h5p.choices import H5PRequirement
    from h5p.models import H5PResult
    from tests.courses.conftest import make_course, make_module

    result = H5PResult.objects.create(
        user=participant, activity=activity, verb="completed", score=2, max_score=3
    )
    results = reverse("wagtailsnippets_h5p_h5presult:list")
    inspect = reverse("wagtailsnippets_h5p_h5presult:inspect", args=[result.pk])
    client.force_login(trainer)
    # Not in any of the trainer's courses: not theirs to see.
    assert "Siti Aminah" not in client.get(results).content.decode()
    assert client.get(inspect).status_code == 404

    course = make_course(title="Kursus Pelatih")
    CoursePage.objects.filter(pk=course.pk).update(owner=trainer)
    ModuleH5P.objects.create(
        module=make_module(course), activity=activity, requirement=H5PRequirement.COMPLETED
    )
    listing = client.get(results).content.decode()
    assert "Siti Aminah, S.Pd." in listing and participant.email not in listing
    response = client.get(inspect)
    assert response.status_code == 200 and participant.email not in response.content.decode()

    client.force_login(officer)
    assert "Siti Aminah, S.Pd." in client.get(results).content.decode()
    client.force_login(superuser)
    assert client.get(reverse("wagtailsnippets_h5p_h5presult:add")).status_code in {302, 403}
    assert client.get(reverse("wagtailsnippets_h5p_h5presult:edit", args=[result.pk])).status_code in {
        302,
        403,
    }
    assert client.post(reverse("wagtailsnippets_h5p_h5presult:delete", args=[result.pk])).status_code in {
        302,
        403,
    }
    assert H5PResult.objects.filter(pk=result.pk).exists()


def test_participants_see_no_results(client, participant, activity):
    client.force_login(participant)
    assert client.get(reverse("wagtailsnippets_h5p_h5presult:list")).status_code in {302, 403}


def test_deleting_an_activity_removes_its_files(activity, django_capture_on_commit_callbacks):
    package, prefix = activity.package.name, activity.content_prefix
    assert default_storage.exists(package) and default_storage.exists(f"{prefix}/h5p.json")
    with django_capture_on_commit_callbacks(execute=True):
        activity.delete()
    assert not default_storage.exists(package)
    assert not default_storage.exists(f"{prefix}/h5p.json")


def test_a_replaced_upload_is_removed_once_the_new_one_is_saved(activity, django_capture_on_commit_callbacks):
    old = activity.package.name
    with django_capture_on_commit_callbacks(execute=True):
        activity.package.save("v2.h5p", ContentFile(build(title="Versi kedua")))
    assert not default_storage.exists(old)
    activity.refresh_from_db()
    assert default_storage.exists(activity.package.name)
    assert activity.title == "Versi kedua"
