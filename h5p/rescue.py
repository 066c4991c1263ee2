"""Package checks that never finished: `manage.py rescue_tasks` asks, this app answers (see
sinergi/task_rescue.py). An upload stays "Checking" until its check task runs to the end, so a check whose
worker died, or that was never queued because the web process stopped right after saving, would leave the
package "Checking" for ever and the lesson without its activity.
"""

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from sinergi.task_rescue import RescueReport, rescue_lost_tasks, stale_cutoff, task_rows

from .choices import PackageState
from .models import H5PActivity
from .tasks import check_package


def rescue_checks(*, now=None) -> RescueReport:
    report = rescue_lost_tasks(
        check_package,
        noun="H5P package check(s)",
        still_needed=_still_checking,
        give_up=_give_up,
        now=now,
    )
    cutoff = stale_cutoff(settings.TASK_STALE_AFTER, now)
    late = H5PActivity.objects.filter(state=PackageState.CHECKING, updated_at__lt=cutoff)
    for activity_id, package_name in late.values_list("pk", "package"):
        report.requeued += _queue_if_never_queued(activity_id, package_name)
    return report


def _still_checking(*, activity_id: int, package_name: str) -> bool:
    """A package replaced by a newer upload since is not checked again: the newer one has its own check."""
    return H5PActivity.objects.filter(
        pk=activity_id, package=package_name, state=PackageState.CHECKING
    ).exists()


@transaction.atomic
def _queue_if_never_queued(activity_id: int, package_name: str) -> int:
    # Under the activity's row lock, so two rescues at once queue one check.
    locked = H5PActivity.objects.select_for_update().filter(
        pk=activity_id, package=package_name, state=PackageState.CHECKING
    )
    queued = task_rows(check_package, activity_id=activity_id, package_name=package_name)
    if locked.first() is None or queued.exists():
        return 0
    check_package.enqueue(activity_id=activity_id, package_name=package_name)
    return 1


def _give_up(*, activity_id: int, package_name: str) -> None:
    """A package whose check stops its worker every time (most likely too big for the server's memory)."""
    with translation.override(settings.LANGUAGE_CODE):
        reason = _(
            "The check stopped %(count)d times before it finished (the server's background worker stopped "
            "each time). Upload the package again; if it happens again, the package is probably too large "
            "for the server."
        ) % {"count": settings.TASK_MAX_RESCUES + 1}
    H5PActivity.objects.filter(pk=activity_id, package=package_name, state=PackageState.CHECKING).update(
        state=PackageState.REJECTED, rejection_code="worker_lost", rejection_reason=reason
    )
