"""`manage.py rebuild_report_summary`: recompute the reports' summary rows from the apps' own tables."""

import time

from django.core.management.base import BaseCommand

from reports.summary import rebuild


class Command(BaseCommand):
    help = "Recompute the reports' per-enrolment summary rows (idempotent; safe to run at any time)."

    def handle(self, *args, **options):
        started = time.perf_counter()
        count = rebuild()
        self.stdout.write(f"{count} enrolment summary rows rebuilt in {time.perf_counter() - started:.1f} s.")
