"""Run again the background tasks a dead `db_worker` left behind (every few minutes, from a timer, like
close_expired_attempts). Safe to run twice or in two processes at once: see sinergi/task_rescue.py."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from sinergi.signals import rescue_tasks_requested
from sinergi.task_rescue import RescueReport


class Command(BaseCommand):
    help = (
        "Close background tasks left RUNNING by a dead worker and queue each one again (certificates, H5P "
        "package checks, workshop invitations), once; say so when queued tasks are not taken by any worker."
    )

    def handle(self, *args, **options):
        responses = rescue_tasks_requested.send(sender=self.__class__, now=timezone.now())
        for _receiver, report in responses:
            if isinstance(report, RescueReport):
                self._write(report)

    def _write(self, report: RescueReport) -> None:
        self.stdout.write(
            f"{report.requeued} {report.noun} queued again, {report.lost_tasks} task(s) of dead workers "
            f"closed, {report.gave_up} given up."
        )
        if report.waiting:
            # stderr reaches the journal (or cron's mail): the tasks are queued but no worker takes them.
            self.stderr.write(
                f"{report.waiting} {report.noun} queued for more than {report.stale_after} s and not taken "
                "by any worker: is `manage.py db_worker` running?"
            )
