from time import perf_counter

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from certificates.demo import seed_certificate_template, seed_course_certificate_template
from courses.models import CoursePage
from demo.curriculum import DemoError, load_curriculum
from demo.ledger import Report
from demo.workshops import load_workshops
from people.demo import DEMO_PASSWORD, DEMO_TRAINER_EMAIL, seed_accounts, seed_institutions
from people.models import User
from workshops.models import WorkshopPage


class Command(BaseCommand):
    help = (
        "Load the demo content: institutions, one login per role, the certificate template, the starter "
        "course with its quizzes, and two workshops (one past, with attendees and certificates). Creates "
        "only what is missing; never changes what exists. Refuses to run when DEBUG is off, unless told that "
        "this is a throwaway site (`make stack`)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-without-debug",
            action="store_true",
            help="Run with DEBUG off: for a throwaway copy of production (`make stack`), never a real site.",
        )

    def handle(self, *args, verbosity=1, allow_without_debug=False, **options):
        if not settings.DEBUG and not allow_without_debug:
            raise CommandError(
                "seed_demo creates accounts with a known password: it only runs with DEBUG on "
                "(or --allow-without-debug on a throwaway site such as `make stack`)."
            )
        started = perf_counter()
        report = Report()
        try:
            # One transaction: a failure anywhere leaves the database as it was before the run.
            with transaction.atomic():
                institutions = seed_institutions()
                logins = seed_accounts()
                template = seed_certificate_template()
                load_curriculum(certificate_template=seed_course_certificate_template(), report=report)
                workshop_report = Report()
                load_workshops(certificate_template=template, report=workshop_report)
                give_demo_pages_to_the_trainer()
        except DemoError as error:
            raise CommandError(str(error)) from error
        if verbosity >= 2:
            for line in report.lines + workshop_report.lines:
                self.stdout.write(f"  {line}")
        self.stdout.write(f"Demo institutions added: {institutions}")
        self.stdout.write(f"Certificate template: {template.name}")
        self.stdout.write(f"Starter course: {report.summary()}")
        self.stdout.write(f"Workshops: {workshop_report.summary()}")
        self.stdout.write(f"Demo content loaded in {perf_counter() - started:.1f} s")
        self.stdout.write(self.style.SUCCESS(f"Demo logins (password for all: {DEMO_PASSWORD})"))
        for email, role in logins:
            self.stdout.write(f"  {role:<18} {email}")


def give_demo_pages_to_the_trainer():
    """The demo trainer authored the starter course and the workshops: trainers see results only for their
    own courses and workshops (courses.access), so without this the demo trainer's reports would be empty.
    Only pages nobody owns yet (created by this command) are given; an owner set by hand is kept."""
    trainer = User.objects.filter(email=DEMO_TRAINER_EMAIL).first()
    if trainer is None:
        return
    for model in (CoursePage, WorkshopPage):
        model.objects.filter(owner__isnull=True).update(owner=trainer)
