"""An uploaded package whose check never finished: the worker checking it was killed, or the check was never
queued. Production's task rows and real `db_worker` (tests/background.py)."""

from unittest import mock

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone
from django_tasks import TaskResultStatus

from h5p import validation
from h5p.choices import PackageState
from h5p.models import H5PActivity
from h5p.tasks import check_package
from sinergi.task_rescue import WORKER_LOST, task_rows
from tests.background import DB_BACKEND, LONG_AGO, kill_worker_mid_task, rescue, run_worker

from .conftest import make_activity
from .packages import build

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def db_tasks(settings):
    settings.TASKS = DB_BACKEND
    settings.TASK_STALE_AFTER = 600


@pytest.fixture
def checks():
    """Counts packages actually opened and checked."""
    with mock.patch.object(validation, "unpack_package", wraps=validation.unpack_package) as spy:
        yield spy


@pytest.fixture
def upload(django_capture_on_commit_callbacks):
    """A trainer saves an upload; its check is queued once the save commits."""

    def _upload():
        with django_capture_on_commit_callbacks(execute=True):
            return make_activity()

    return _upload


def check_rows(activity):
    return task_rows(check_package, activity_id=activity.pk, package_name=activity.package.name)


def kill_worker_mid_check(activity):
    row = kill_worker_mid_task(check_rows(activity).get(status=TaskResultStatus.READY))
    H5PActivity.objects.filter(pk=activity.pk).update(updated_at=timezone.now() - LONG_AGO)
    return row


def test_a_check_left_running_by_a_killed_worker_runs_again_once(upload, checks):
    activity = upload()
    dead = kill_worker_mid_check(activity)
    run_worker()  # a new worker leaves a RUNNING task alone: without the rescue, "Checking" for ever
    activity.refresh_from_db()
    assert activity.state == PackageState.CHECKING and checks.call_count == 0

    assert "1 H5P package check(s) queued again, 1 task(s) of dead workers closed" in rescue()
    dead.refresh_from_db()
    assert dead.status == TaskResultStatus.FAILED and dead.exception_class_path == WORKER_LOST
    assert "0 H5P package check(s) queued again, 0 task(s)" in rescue()  # a second run adds nothing
    assert check_rows(activity).filter(status=TaskResultStatus.READY).count() == 1

    run_worker()
    activity.refresh_from_db()
    assert activity.state == PackageState.READY and activity.is_playable
    assert checks.call_count == 1
    rescue()
    run_worker()
    assert checks.call_count == 1


def test_a_package_replaced_since_is_not_checked_again(upload, checks, django_capture_on_commit_callbacks):
    activity = upload()
    dead = kill_worker_mid_check(activity)
    with django_capture_on_commit_callbacks(execute=True):
        replaced = H5PActivity.objects.get(pk=activity.pk)
        replaced.package.save("versi-baru.h5p", ContentFile(build()), save=False)
        replaced.save()
    assert "0 H5P package check(s) queued again, 1 task(s) of dead workers closed" in rescue()
    dead.refresh_from_db()
    assert dead.status == TaskResultStatus.FAILED
    run_worker()
    replaced.refresh_from_db()
    assert replaced.state == PackageState.READY and checks.call_count == 1


def test_a_check_never_queued_is_queued_by_the_rescue(checks):
    # The web process stopped between saving the upload and queuing its check: no task exists.
    activity = make_activity()
    assert not check_rows(activity).exists()
    assert "0 H5P package check(s) queued again" in rescue()  # recent: left alone
    H5PActivity.objects.filter(pk=activity.pk).update(updated_at=timezone.now() - LONG_AGO)
    assert "1 H5P package check(s) queued again" in rescue()
    assert "0 H5P package check(s) queued again" in rescue()
    run_worker()
    activity.refresh_from_db()
    assert activity.state == PackageState.READY and checks.call_count == 1


def test_with_no_worker_running_the_rescue_says_so(upload):
    activity = upload()
    check_rows(activity).update(enqueued_at=timezone.now() - LONG_AGO)
    H5PActivity.objects.filter(pk=activity.pk).update(updated_at=timezone.now() - LONG_AGO)
    output = rescue()
    assert "1 H5P package check(s) queued for more than 600 s and not taken by any worker" in output
    assert check_rows(activity).count() == 1


def test_a_package_that_kills_its_worker_every_time_is_refused_with_a_reason(
    settings, upload, officer, client
):
    settings.TASK_MAX_RESCUES = 1
    activity = upload()
    kill_worker_mid_check(activity)
    assert "1 H5P package check(s) queued again" in rescue()
    kill_worker_mid_check(activity)
    assert "0 H5P package check(s) queued again, 1 task(s) of dead workers closed, 1 given up" in rescue()
    activity.refresh_from_db()
    assert activity.state == PackageState.REJECTED
    assert "2 kali" in activity.rejection_reason  # stored in Indonesian, for the trainer and officers
    assert not check_rows(activity).filter(status__in=["READY", "RUNNING"]).exists()
    client.force_login(officer)
    listing = client.get(reverse("wagtailsnippets_h5p_h5pactivity:list")).content.decode()
    assert "berhenti 2 kali" in listing
