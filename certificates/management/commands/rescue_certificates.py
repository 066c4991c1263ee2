"""Queue again the certificates whose PDF never came (run every few minutes from a timer, like
close_expired_attempts). Safe to run twice or in two processes at once: see certificates/rescue.py."""

from django.conf import settings
from django.core.management.base import BaseCommand

from certificates.rescue import rescue_late_renders


class Command(BaseCommand):
    help = (
        "Close certificate render tasks left RUNNING by a dead worker and queue again every certificate "
        "pending longer than CERTIFICATE_RENDER_STALE_AFTER seconds."
    )

    def handle(self, *args, **options):
        report = rescue_late_renders()
        self.stdout.write(
            f"{report.requeued} certificate(s) queued again, {report.lost_tasks} task(s) of dead workers "
            f"closed, {report.gave_up} marked as not made."
        )
        if report.waiting:
            # stderr reaches the journal (or cron's mail): the tasks are queued but no worker takes them.
            limit = settings.CERTIFICATE_RENDER_STALE_AFTER
            self.stderr.write(
                f"{report.waiting} certificate(s) queued for more than {limit} s and not taken by any "
                "worker: is `manage.py db_worker` running?"
            )
