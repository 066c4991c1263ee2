"""What workshops holds about one participant: their copy of it, and what erasure changes (people.signals)."""

import contextlib

from . import services
from .models import Attendance, Participation, Registration


def export(user) -> dict:
    return {
        "registrations": [
            {
                "workshop": row.workshop.title,
                "status": row.get_status_display(),
                "waiting_list_position": row.position,
                "registered_at": row.registered_at,
                "registered_by_officer": row.registered_by_id is not None,
            }
            for row in Registration.objects.filter(user=user)
            .select_related("workshop")
            .order_by("registered_at")
        ],
        "attendance": [
            {
                "workshop": row.workshop.title,
                "session": str(row.session),
                "how": row.get_method_display(),
                "marked_at": row.marked_at,
            }
            for row in Attendance.objects.filter(user=user)
            .select_related("workshop", "session")
            .order_by("marked_at")
        ],
        "completed": [
            {
                "workshop": row.workshop.title,
                "sessions_attended": row.sessions_attended,
                "completed_at": row.completed_at,
            }
            for row in Participation.objects.filter(user=user)
            .select_related("workshop")
            .order_by("completed_at")
        ],
    }


def erase(user) -> None:
    """A seat at a workshop still to come goes to the next person on the waiting list; attendance and
    completions stay (reports count them) on the pseudonymous account."""
    for registration in Registration.objects.filter(user=user, status__in=services.ACTIVE).select_related(
        "workshop"
    ):
        # Over, or attended: then the registration is part of the record and stays.
        with contextlib.suppress(services.WorkshopError):
            services.cancel(workshop=registration.workshop, user=user)
