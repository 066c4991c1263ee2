"""Background work: rebuild the reports' summary rows (after a bulk import, or nightly as a safety net)."""

from django_tasks import task

from . import summary


@task()
def rebuild_report_summary() -> int:
    return summary.rebuild()
