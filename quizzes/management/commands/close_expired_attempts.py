"""Submit time-limited attempts whose time ran out and that nobody came back to (run from cron)."""

from django.core.management.base import BaseCommand

from quizzes.services import close_expired_attempts


class Command(BaseCommand):
    help = "Submit every open quiz attempt past its time limit, counting the answers saved in time."

    def handle(self, *args, **options):
        closed = close_expired_attempts()
        self.stdout.write(f"{closed} attempt(s) closed.")
