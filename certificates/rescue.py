"""Certificates whose PDF never came: the worker died mid-render, or no task was ever queued for them.

django-tasks-db (0.13) has no recovery of its own: a `db_worker` killed while running a task leaves the
task's row RUNNING for ever, and nothing takes it up again (django-tasks issue #46). So this app watches its
own render tasks. `manage.py rescue_tasks` (every few minutes, from a timer) asks every app through
`sinergi.signals.rescue_tasks_requested`; this app answers with `rescue_late_renders`, which

- closes render tasks RUNNING for longer than `CERTIFICATE_RENDER_STALE_AFTER` as failed ("worker lost",
  with the shared `sinergi.task_rescue.close_lost`),
- queues one new render for each certificate that is pending longer than that and has no task left that could
  still make it, and logs it in the certificate's history,
- leaves a certificate whose task is still queued alone (no worker runs: queuing more would not help) and
  counts it, so the command can say so,
- after `CERTIFICATE_RENDER_MAX_RESCUES` rescues in a row marks the certificate "could not be made", so an
  officer sees it instead of a worker dying on it for ever.

Each certificate is handled in its own transaction with its row locked, so two rescues (or a rescue and an
officer's retry) never queue two renders; the render itself only draws a pending or failed certificate, under
the same lock, so a duplicate task could not make a second PDF or send a second e-mail anyway.
"""

import enum
import logging

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from sinergi.task_rescue import RescueReport, close_lost

from .choices import CertificateStatus
from .models import Certificate, late_cutoff

logger = logging.getLogger(__name__)

RENDER_TASK_PATH = "certificates.tasks.render_certificate"
REQUEUED_ACTION = "certificates.render_requeued"


class Outcome(enum.Enum):
    NOTHING = "nothing"
    REQUEUED = "requeued"
    WAITING = "waiting"
    BUSY = "busy"
    GAVE_UP = "gave_up"


def render_tasks(certificate_id: int):
    """The database task rows that render this certificate (none with the immediate backend)."""
    return DBTaskResult.objects.filter(
        task_path=RENDER_TASK_PATH, args_kwargs__kwargs__certificate_id=certificate_id
    )


def enqueue_render(certificate: Certificate) -> None:
    from .tasks import render_certificate

    render_certificate.enqueue(certificate_id=certificate.pk)


def rescue_late_renders(*, now=None) -> RescueReport:
    cutoff = late_cutoff(now)
    running = DBTaskResult.objects.filter(
        task_path=RENDER_TASK_PATH, status=TaskResultStatus.RUNNING, started_at__lt=cutoff
    )
    lost = {_certificate_id(row) for row in running.only("args_kwargs")} - {None}
    late = set(Certificate.objects.late(now).values_list("pk", flat=True))
    report = RescueReport(noun="certificate(s)", stale_after=settings.CERTIFICATE_RENDER_STALE_AFTER)
    for certificate_id in sorted(lost | late):
        outcome, closed = _rescue_one(certificate_id, cutoff=cutoff)
        report.lost_tasks += closed
        if outcome is Outcome.REQUEUED:
            report.requeued += 1
        elif outcome is Outcome.WAITING:
            report.waiting += 1
        elif outcome is Outcome.GAVE_UP:
            report.gave_up += 1
    return report


def _certificate_id(row: DBTaskResult) -> int | None:
    kwargs = (row.args_kwargs or {}).get("kwargs") or {}
    value = kwargs.get("certificate_id")
    return value if isinstance(value, int) else None


@transaction.atomic
def _rescue_one(certificate_id: int, *, cutoff) -> tuple[Outcome, int]:
    certificate = Certificate.objects.select_for_update().filter(pk=certificate_id).first()
    tasks = render_tasks(certificate_id)
    closed = close_lost(tasks, cutoff=cutoff)
    if closed:
        logger.warning(
            "Closed %d render task(s) of certificate %s left by a dead worker", closed, certificate_id
        )
    if certificate is None or certificate.status != CertificateStatus.PENDING:
        return Outcome.NOTHING, closed
    if tasks.filter(status=TaskResultStatus.READY).exists():
        return Outcome.WAITING, closed
    if tasks.filter(status=TaskResultStatus.RUNNING).exists():
        return Outcome.BUSY, closed  # a live worker started it recently
    if not closed and certificate.issued_at >= cutoff:
        return Outcome.NOTHING, closed
    if rescues_since_retry(certificate) >= settings.CERTIFICATE_RENDER_MAX_RESCUES:
        _give_up(certificate)
        return Outcome.GAVE_UP, closed
    log(instance=certificate, action=REQUEUED_ACTION, data={"lost_worker": bool(closed)})
    enqueue_render(certificate)
    return Outcome.REQUEUED, closed


def rescues_since_retry(certificate: Certificate) -> int:
    """Rescues in a row: an officer's retry starts the count again."""
    entries = ModelLogEntry.objects.for_instance(certificate)
    last_retry = (
        entries.filter(action="certificates.retry").order_by("-timestamp").values_list("timestamp", flat=True)
    ).first()
    rescues = entries.filter(action=REQUEUED_ACTION)
    if last_retry is not None:
        rescues = rescues.filter(timestamp__gt=last_retry)
    return rescues.count()


def _give_up(certificate: Certificate) -> None:
    with translation.override(settings.LANGUAGE_CODE):
        error = _(
            "The PDF was started again %(count)d times and never finished (the background worker stopped "
            "each time). Check the template's images and the worker's log, then try again."
        ) % {"count": settings.CERTIFICATE_RENDER_MAX_RESCUES}
    certificate.status = CertificateStatus.FAILED
    certificate.render_error = error
    certificate.save(update_fields=["status", "render_error"])
    log(instance=certificate, action="certificates.render_failed", data={"error": error})
    logger.error(
        "Certificate %s not made after %d rescues",
        certificate.number,
        settings.CERTIFICATE_RENDER_MAX_RESCUES,
    )
