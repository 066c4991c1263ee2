"""What the charts draw, as plain data for Chart.js (passed with json_script). Each chart's figures are also
in the HTML table beside it, which screen readers read instead of the canvas."""

from django.utils import formats
from django.utils.translation import gettext as _

from .queries import Dashboard

PURPLE, TEAL, AMBER = "#6d28d9", "#0f766e", "#b45309"


def _bar(labels, datasets, *, horizontal=False, max_value=None):
    return {
        "type": "bar",
        "labels": labels,
        "datasets": datasets,
        "horizontal": horizontal,
        "max": max_value,
    }


def dashboard_charts(board: Dashboard) -> dict:
    return {
        "kecamatan": _bar(
            [row.label for row in board.kecamatan],
            [
                {
                    "label": _("Completion rate (%)"),
                    "data": [row.rate or 0 for row in board.kecamatan],
                    "color": PURPLE,
                }
            ],
            horizontal=True,
            max_value=100,
        ),
        "courses": _bar(
            [row.label for row in board.courses],
            [
                {"label": _("Enrolments"), "data": [row.enrolled for row in board.courses], "color": PURPLE},
                {"label": _("Completed"), "data": [row.completed for row in board.courses], "color": TEAL},
            ],
        ),
        "topics": _bar(
            [row.tag for row in board.topics],
            [
                {
                    "label": _("Workshop pre-test (%)"),
                    "data": [row.pre for row in board.topics],
                    "color": AMBER,
                },
                {
                    "label": _("Workshop post-test (%)"),
                    "data": [row.post for row in board.topics],
                    "color": TEAL,
                },
                {
                    "label": _("Quiz mean score (%)"),
                    "data": [row.mean_score for row in board.topics],
                    "color": PURPLE,
                },
            ],
            max_value=100,
        ),
        "months": {
            "type": "line",
            "labels": [formats.date_format(row.month, "M Y") for row in board.months],
            "datasets": [
                {
                    "label": _("Enrolments"),
                    "data": [row.enrollments for row in board.months],
                    "color": PURPLE,
                },
                {"label": _("Completions"), "data": [row.completions for row in board.months], "color": TEAL},
                {
                    "label": _("Certificates"),
                    "data": [row.certificates for row in board.months],
                    "color": AMBER,
                },
            ],
        },
    }
