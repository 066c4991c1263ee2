"""Background tasks as production runs them: django-tasks-db's task rows and its real `db_worker`, and a
worker killed mid-task as such a worker leaves its row (RUNNING, started long ago, never finished)."""

import datetime
import io
from unittest import mock

from django.core.management import call_command
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

DB_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
LONG_AGO = datetime.timedelta(hours=1)


def run_worker() -> None:
    """`manage.py db_worker --batch`: run every queued task, then stop. close_old_connections would close the
    test's own connection (it sits in the test's transaction), so the worker keeps it, as it would outside."""
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command("db_worker", batch=True, startup_delay=False, reload=False, interval=0, verbosity=0)


def kill_worker_mid_task(row: DBTaskResult) -> DBTaskResult:
    """What a worker killed by the OOM killer or `kill -9` leaves behind: its task RUNNING for ever."""
    DBTaskResult.objects.filter(pk=row.pk).update(
        status=TaskResultStatus.RUNNING, started_at=timezone.now() - LONG_AGO, worker_ids=["killed-worker"]
    )
    row.refresh_from_db()
    return row


def rescue(command: str = "rescue_tasks") -> str:
    """The periodic command, with what it writes to stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    call_command(command, stdout=out, stderr=err)
    return out.getvalue() + err.getvalue()


def at_the_same_moment(func, times: int = 3) -> list:
    """Call `func` from `times` threads released together (rescues on several machines at once); return what
    each call returned. Each thread closes its own database connection; any exception fails the caller."""
    import threading

    from django.db import connection

    barrier = threading.Barrier(times)
    results, errors = [], []

    def run():
        try:
            barrier.wait()
            results.append(func())
        except Exception as error:  # noqa: BLE001
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(times)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    return results
