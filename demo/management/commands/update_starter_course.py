from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from demo.update import EDITED, UPDATED, update_starter_course


class Command(BaseCommand):
    help = (
        "Take the starter course's new edition: every starter page and quiz nobody edited since it was "
        "seeded gets the new text as a new revision, submitted to the course review workflow (nothing is "
        "published). Pages an officer edited are listed with the fields that changed, and left alone."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only say what would change.")
        parser.add_argument(
            "--user", metavar="EMAIL", help="The officer the revisions and the review request are made for."
        )

    def handle(self, *args, dry_run=False, user=None, **options):
        requester = None
        if user:
            requester = get_user_model().objects.filter(email__iexact=user).first()
            if requester is None:
                raise CommandError(f"No user with e-mail {user}.")
        report = update_starter_course(user=requester, apply=not dry_run)
        for line in report.lines():
            self.stdout.write(f"  {line}")
        updated, edited = len(report.with_status(UPDATED)), len(report.with_status(EDITED))
        verb = "would be submitted" if dry_run else "submitted for review"
        self.stdout.write(
            self.style.SUCCESS(f"Edition {report.edition}: {updated} {verb}, {edited} edited and left alone.")
        )
