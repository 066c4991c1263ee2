"""Certificates hear about completions from the lower apps; nothing below imports this app."""

import logging

from django.dispatch import receiver

from courses.signals import course_completed
from people.signals import account_erasing, personal_data_requested
from sinergi.signals import rescue_tasks_requested
from workshops.signals import participation_completed

from . import personal_data
from .rescue import rescue_late_renders
from .services import CertificateError, issue_certificate
from .subjects import course_subject, workshop_subject

logger = logging.getLogger(__name__)


@receiver(course_completed, dispatch_uid="certificates_issue_for_completed_course")
def issue_for_completed_course(sender, user, course, completion, **kwargs):
    """The course's own completion rule (which may require passing its quizzes) decided; we only issue."""
    subject = course_subject(course, completed_at=getattr(completion, "completed_at", None))
    try:
        issue_certificate(user=user, subject=subject, template=getattr(course, "certificate_template", None))
    except CertificateError as error:
        # No template or no printable name: officers can issue by hand once it is fixed.
        logger.warning("No certificate for %s in course %s: %s", user.pk, course.pk, error)


@receiver(participation_completed, dispatch_uid="certificates_issue_for_workshop_participation")
def issue_for_workshop_participation(
    sender, user, workshop, participation, date_start, date_end, hours, **kwargs
):
    """The workshop's attendance (and post-test) rule decided; the certificate prints its dates and hours."""
    subject = workshop_subject(workshop, date_start=date_start, date_end=date_end, hours=hours)
    try:
        issue_certificate(
            user=user, subject=subject, template=getattr(workshop, "certificate_template", None)
        )
    except CertificateError as error:
        logger.warning("No certificate for %s at workshop %s: %s", user.pk, workshop.pk, error)


@receiver(personal_data_requested, dispatch_uid="certificates_personal_data")
def export_personal_data(sender, user, **kwargs):
    return "certificates", personal_data.export(user)


@receiver(account_erasing, dispatch_uid="certificates_erase_account")
def erase_account(sender, user, pseudonym, **kwargs):
    personal_data.erase(user, pseudonym=pseudonym)


@receiver(rescue_tasks_requested, dispatch_uid="certificates_rescue_late_renders")
def rescue_renders(sender, now, **kwargs):
    """`manage.py rescue_tasks`: renders left by a dead worker, and certificates whose render never came."""
    return rescue_late_renders(now=now)
