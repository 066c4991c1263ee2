"""A summary rebuild whose worker died is run again by `manage.py rescue_tasks`, once, and fixes the rows."""

import pytest
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from reports.models import EnrollmentSummary
from reports.tasks import rebuild_report_summary
from tests.background import DB_BACKEND, kill_worker_mid_task, rescue, run_worker

from .test_summary import snapshot


@pytest.fixture
def db_tasks(settings):
    settings.TASKS = DB_BACKEND


def test_a_rebuild_lost_with_its_worker_runs_again_once_and_mends_the_rows(city, db_tasks):
    right = snapshot()
    # Rows damaged outside the apps (a restore), and the nightly rebuild's worker killed mid-run.
    EnrollmentSummary.objects.update(completed_at=None)
    lost = kill_worker_mid_task(rebuild_report_summary.enqueue().db_result)

    rescue()
    rescue()  # a second rescue, as the next timer tick: nothing more is queued

    lost.refresh_from_db()
    assert lost.status == TaskResultStatus.FAILED
    queued = DBTaskResult.objects.filter(task_path=rebuild_report_summary.module_path, status="READY")
    assert queued.count() == 1
    run_worker()
    assert snapshot() == right
