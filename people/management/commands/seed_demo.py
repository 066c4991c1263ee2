from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from people.demo import DEMO_PASSWORD, seed_accounts, seed_institutions


class Command(BaseCommand):
    help = "Load the demo institutions and one login per role. Refuses to run when DEBUG is off."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "seed_demo creates accounts with a known password: it only runs with DEBUG on."
            )
        created = seed_institutions()
        logins = seed_accounts()
        self.stdout.write(f"Demo institutions added: {created}")
        self.stdout.write(self.style.SUCCESS(f"Demo logins (password for all: {DEMO_PASSWORD})"))
        for email, role in logins:
            self.stdout.write(f"  {role:<18} {email}")
