"""Every background task in the codebase is rescued when a dead worker leaves it RUNNING: a new task
without an app's answer to `rescue_tasks_requested` fails here."""

import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks.base import Task
from django_tasks_db.models import DBTaskResult

from sinergi.signals import rescue_tasks_requested
from sinergi.task_rescue import WORKER_LOST, rescue_lost_tasks
from tests.background import DB_BACKEND, LONG_AGO, at_the_same_moment, rescue
from workshops.list_import import send_invitation

pytestmark = pytest.mark.django_db


def our_tasks() -> dict[str, Task]:
    found = {}
    for config in apps.get_app_configs():
        if Path(config.path).parent != settings.BASE_DIR:  # our apps are top-level folders
            continue
        modules = [config.module.__name__]
        if hasattr(config.module, "__path__"):
            prefix = f"{config.module.__name__}."
            modules += [info.name for info in pkgutil.walk_packages(config.module.__path__, prefix)]
        for name in modules:
            if ".migrations" in name or ".settings" in name:
                continue
            for value in vars(importlib.import_module(name)).values():
                if isinstance(value, Task):
                    found[value.module_path] = value
    return found


def plausible_kwargs(task: Task) -> dict:
    """Arguments naming objects that do not exist (the rescue must close the row whatever they name)."""
    values = {int: 987654, str: "hilang"}
    return {
        name: values.get(parameter.annotation, 987654)
        for name, parameter in inspect.signature(task.func).parameters.items()
    }


def test_the_codebase_has_the_tasks_this_test_knows_of():
    assert set(our_tasks()) >= {
        "certificates.tasks.render_certificate",
        "h5p.tasks.check_package",
        "workshops.list_import.send_invitation",
        "reports.tasks.rebuild_report_summary",
    }


def test_every_task_left_running_by_a_dead_worker_is_closed(settings):
    settings.TASKS = DB_BACKEND
    rows = {}
    for path, task in our_tasks().items():
        task.enqueue(**plausible_kwargs(task))
        rows[path] = DBTaskResult.objects.get(task_path=path)
    DBTaskResult.objects.update(status=TaskResultStatus.RUNNING, started_at=timezone.now() - LONG_AGO)
    rescue()
    left = DBTaskResult.objects.filter(pk__in=[row.pk for row in rows.values()])
    closed = dict(left.values_list("task_path", "exception_class_path"))
    assert closed == dict.fromkeys(rows, WORKER_LOST)


def test_every_app_answers_with_a_report():
    responses = rescue_tasks_requested.send(sender=None, now=timezone.now())
    assert {type(report).__name__ for _receiver, report in responses} == {"RescueReport"}
    assert len(responses) == 4


@pytest.mark.django_db(transaction=True)
def test_two_rescues_at_the_same_moment_queue_a_lost_task_once(settings):
    settings.TASKS = DB_BACKEND
    send_invitation.enqueue(user_id=1, workshop_id=1)
    DBTaskResult.objects.update(status=TaskResultStatus.RUNNING, started_at=timezone.now() - LONG_AGO)
    reports = at_the_same_moment(
        lambda: rescue_lost_tasks(send_invitation, noun="x", still_needed=lambda **kw: True, give_up=print)
    )
    assert sum(report.requeued for report in reports) == 1
    assert DBTaskResult.objects.filter(status=TaskResultStatus.READY).count() == 1
