"""`manage.py seed_load --participants N`: a synthetic city for measuring the reports (development only)."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from reports.seeding import seed


class Command(BaseCommand):
    help = "Create a realistic synthetic city of N participants for measuring the reports (DEBUG only)."

    def add_arguments(self, parser):
        parser.add_argument("--participants", type=int, default=1000)

    def handle(self, *args, participants, **options):
        if not settings.DEBUG:
            raise CommandError("seed_load creates fake participants; it runs only with DEBUG on.")
        if participants < 1:
            raise CommandError("--participants must be at least 1.")
        started = time.perf_counter()
        created = seed(participants, stdout=self.stdout if options["verbosity"] > 1 else None)
        elapsed = time.perf_counter() - started
        self.stdout.write(f"{created} participants created ({participants} wanted) in {elapsed:.1f} s.")
