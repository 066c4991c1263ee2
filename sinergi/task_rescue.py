"""Background tasks left RUNNING by a `db_worker` that died (out of memory, `kill -9`, a reboot).

django-tasks-db (0.13) has no recovery of its own: the dead worker's task row stays RUNNING for ever and no
other worker takes it up (django-tasks issue #46). `manage.py rescue_tasks`, run every few minutes, sends
`sinergi.signals.rescue_tasks_requested`; each app that queues tasks answers with a `RescueReport` for its own
kind, because only the app knows what "run it again" means for its objects. The shared part lives here:

- `close_lost` closes rows RUNNING since before a cutoff as FAILED (`WorkerLost`) with a conditional UPDATE,
  so of two rescues at once only one closes each row;
- `rescue_lost_tasks` is the whole rescue for a task whose run can simply be repeated: each lost row is
  closed and, in the same transaction, queued once more with the same arguments if the app still needs it,
  or handed to the app's `give_up` after `max_rescues` lost runs (a task that kills its worker every time).

This module is floor 0: it names no app of ours; the apps pass their task and their hooks in.
"""

from __future__ import annotations

import datetime
import inspect
import logging
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)


class WorkerLost(Exception):
    """The failure recorded on a task whose worker stopped while running it."""


WORKER_LOST = f"{WorkerLost.__module__}.{WorkerLost.__qualname__}"


@dataclass
class RescueReport:
    """What one app's rescue did, for the command's output. `noun` names what was rescued, in the plural."""

    noun: str
    stale_after: int
    requeued: int = 0
    lost_tasks: int = 0
    gave_up: int = 0
    waiting: int = 0  # queued longer than `stale_after` and not taken: no worker runs


def stale_cutoff(stale_after: int, now: datetime.datetime | None = None) -> datetime.datetime:
    return (now or timezone.now()) - datetime.timedelta(seconds=stale_after)


def task_rows(task, **kwargs):
    """The database rows of `task` queued with these keyword arguments (none with the immediate backend)."""
    filters = {f"args_kwargs__kwargs__{name}": value for name, value in kwargs.items()}
    return DBTaskResult.objects.filter(task_path=task.module_path, **filters)


def close_lost(tasks, *, cutoff: datetime.datetime) -> int:
    """Mark the rows of `tasks` RUNNING since before `cutoff` as failed: their worker is gone."""
    return tasks.filter(status=TaskResultStatus.RUNNING, started_at__lt=cutoff).update(
        status=TaskResultStatus.FAILED,
        finished_at=timezone.now(),
        exception_class_path=WORKER_LOST,
        traceback=f"The worker stopped while running this task (still RUNNING since {cutoff:%Y-%m-%d %H:%M} "
        "UTC or before); closed by rescue_tasks.",
    )


def lost_runs(tasks) -> int:
    return tasks.filter(status=TaskResultStatus.FAILED, exception_class_path=WORKER_LOST).count()


def rescue_lost_tasks(
    task,
    *,
    noun: str,
    still_needed: Callable[..., bool],
    give_up: Callable[..., None],
    stale_after: int | None = None,
    max_rescues: int | None = None,
    now: datetime.datetime | None = None,
) -> RescueReport:
    """Close `task`'s rows left by dead workers and queue each one again, once.

    `still_needed(**kwargs)` says whether the lost run still has work to do (the app's objects may have moved
    on); `give_up(**kwargs)` tells people when the run was lost more than `max_rescues` times. Both run in the
    transaction that closed the row, so a crash in between leaves the row RUNNING for the next rescue.
    """
    stale_after = settings.TASK_STALE_AFTER if stale_after is None else stale_after
    max_rescues = settings.TASK_MAX_RESCUES if max_rescues is None else max_rescues
    cutoff = stale_cutoff(stale_after, now)
    report = RescueReport(noun=noun, stale_after=stale_after)
    rows = task_rows(task)
    for row in rows.filter(status=TaskResultStatus.RUNNING, started_at__lt=cutoff).only("pk", "args_kwargs"):
        kwargs = _arguments(task, row.args_kwargs or {})
        with transaction.atomic():
            if not close_lost(rows.filter(pk=row.pk), cutoff=cutoff):
                continue  # another rescue closed it
            report.lost_tasks += 1
            logger.warning("Closed %s%r left RUNNING by a dead worker", task.module_path, kwargs)
            if kwargs is None or not still_needed(**kwargs):
                continue
            same = task_rows(task, **kwargs)
            if same.filter(status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING]).exists():
                continue  # queued again already (an upload, an officer): one run is enough
            if lost_runs(same) > max_rescues:
                give_up(**kwargs)
                report.gave_up += 1
                logger.error("Gave up %s%r after %d lost runs", task.module_path, kwargs, max_rescues + 1)
                continue
            task.enqueue(**kwargs)
            report.requeued += 1
    report.waiting = rows.filter(status=TaskResultStatus.READY, enqueued_at__lt=cutoff).count()
    return report


def _arguments(task, args_kwargs: dict) -> dict | None:
    """The row's arguments by name, whether it was queued with positional or keyword arguments."""
    try:
        args, kwargs = args_kwargs.get("args", []), args_kwargs.get("kwargs", {})
        bound = inspect.signature(task.func).bind(*args, **kwargs)
    except TypeError:
        logger.error("Task row of %s has arguments it does not take: %r", task.module_path, args_kwargs)
        return None
    return dict(bound.arguments)
