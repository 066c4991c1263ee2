"""Invitation e-mails whose worker died while sending them (see sinergi/task_rescue.py).

The import itself runs in the officer's request, in one transaction that keeps the uploaded list until it
succeeds; only the invitations go to the background. A lost one is sent again as long as the participant has
not set a password (a second copy of the same "set your password" link does no harm; no e-mail at all leaves
them without a way in). One lost again and again is recorded in the workshop's history for the officer.
"""

from django.conf import settings
from wagtail.log_actions import log

from people.models import User
from sinergi.task_rescue import RescueReport, rescue_lost_tasks

from .list_import import send_invitation
from .models import WorkshopPage

INVITATION_LOST = "workshops.invitation_lost"


def rescue_invitations(*, now=None) -> RescueReport:
    return rescue_lost_tasks(
        send_invitation,
        noun="workshop invitation(s)",
        still_needed=_still_needed,
        give_up=_give_up,
        now=now,
    )


def _still_needed(*, user_id: int, workshop_id: int) -> bool:
    user = User.objects.filter(pk=user_id).first()
    return (
        user is not None
        and not user.has_usable_password()
        and WorkshopPage.objects.filter(pk=workshop_id).exists()
    )


def _give_up(*, user_id: int, workshop_id: int) -> None:
    workshop = WorkshopPage.objects.get(pk=workshop_id)
    email = User.objects.filter(pk=user_id).values_list("email", flat=True).first()
    log(
        instance=workshop,
        action=INVITATION_LOST,
        data={"email": email, "tries": settings.TASK_MAX_RESCUES + 1},
    )
