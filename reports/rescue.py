"""A summary rebuild that never finished: `manage.py rescue_tasks` asks, this app answers (see
sinergi/task_rescue.py). The rebuild is idempotent (it recomputes every row from the apps' own tables), so a
run lost with its worker is simply run again; one lost every time is logged for the operator, and the apps'
own saves keep the summary right meanwhile.
"""

import logging

from sinergi.task_rescue import RescueReport, rescue_lost_tasks

from .tasks import rebuild_report_summary

logger = logging.getLogger(__name__)


def rescue_rebuilds(*, now=None) -> RescueReport:
    return rescue_lost_tasks(
        rebuild_report_summary,
        noun="report summary rebuild(s)",
        still_needed=lambda: True,
        give_up=_give_up,
        now=now,
    )


def _give_up() -> None:
    logger.error(
        "The report summary rebuild stopped its worker every time; run `manage.py rebuild_report_summary` "
        "by hand and look at the worker's memory."
    )
