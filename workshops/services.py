"""What the workshops app does: register and cancel (with a waiting list), take attendance, decide completion.

Every function is atomic and raises WorkshopError(message, code=...) for a refused action.
"""

import datetime
import logging

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from quizzes import services as quiz_services
from sinergi.errors import AppError

from . import checkin, rules
from .choices import CheckInMethod, RegistrationStatus
from .models import Attendance, Participation, Registration, WorkshopPage, WorkshopSession
from .signals import participation_completed

logger = logging.getLogger(__name__)

ACTIVE = (RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED)


class WorkshopError(AppError):
    pass


def test_context(workshop: WorkshopPage, which: str) -> str:
    """The quizzes app's opaque context for this workshop's "pre" or "post" test: its attempts count apart."""
    return f"workshop:{workshop.pk}:{which}"


def check_in_grace() -> datetime.timedelta:
    """Self check-in opens this long before a session starts and closes this long after it ends."""
    return datetime.timedelta(minutes=int(getattr(settings, "WORKSHOPS_CHECKIN_GRACE_MINUTES", 30)))


def date_range(workshop: WorkshopPage) -> tuple[datetime.date | None, datetime.date | None]:
    dates = sorted(workshop.sessions.values_list("date", flat=True))
    return (dates[0], dates[-1]) if dates else (None, None)


def has_ended(workshop: WorkshopPage, now: datetime.datetime | None = None) -> bool:
    now = now or timezone.now()
    sessions = list(workshop.sessions.all())
    return bool(sessions) and max(s.ends_at for s in sessions) < now


def _lock(workshop: WorkshopPage) -> WorkshopPage:
    """Lock the workshop's own row: registrations and cancellations of one workshop queue up behind it, so
    two people never take the last seat together (SQLite serialises writers anyway)."""
    return WorkshopPage.objects.select_for_update(of=("self",)).get(pk=workshop.pk)


# --- Registration ------------------------------------------------------------------------------------


def register(*, workshop: WorkshopPage, user, by=None, over_capacity: bool = False) -> Registration:
    """A seat if one is free, else a place at the end of the waiting list.

    `by` is the officer registering someone else (they may register after registration closed);
    `over_capacity` gives a seat even when full (a person present on the day)."""
    now = timezone.now()
    try:
        with transaction.atomic():
            workshop = _lock(workshop)
            if by is None and (not workshop.registration_open or has_ended(workshop, now)):
                raise WorkshopError(_("Registration for this workshop is closed."), code="closed")
            registration = Registration.objects.filter(workshop=workshop, user=user).first()
            if registration is not None and registration.status in ACTIVE:
                raise WorkshopError(
                    _("You are already registered for this workshop."), code="already_registered"
                )
            registration = registration or Registration(workshop=workshop, user=user)
            taken = Registration.objects.filter(
                workshop=workshop, status=RegistrationStatus.REGISTERED
            ).count()
            if taken < workshop.capacity or over_capacity:
                registration.status, registration.position = RegistrationStatus.REGISTERED, None
            else:
                registration.status = RegistrationStatus.WAITLISTED
                registration.position = _last_position(workshop) + 1
            registration.registered_by = by
            registration.save()
            return registration
    except IntegrityError as error:
        # Without row locks (SQLite) a double tap can still reach the insert twice; the constraint decides.
        raise WorkshopError(
            _("You are already registered for this workshop."), code="already_registered"
        ) from error


def _last_position(workshop: WorkshopPage) -> int:
    return (
        Registration.objects.filter(workshop=workshop, status=RegistrationStatus.WAITLISTED).aggregate(
            n=Max("position")
        )["n"]
        or 0
    )


def cancel(*, workshop: WorkshopPage, user, by=None) -> list[Registration]:
    """Give up a seat (or a place on the waiting list). Returns the registrations moved up to a seat."""
    with transaction.atomic():
        workshop = _lock(workshop)
        registration = (
            Registration.objects.select_for_update()
            .filter(workshop=workshop, user=user, status__in=ACTIVE)
            .first()
        )
        if registration is None:
            raise WorkshopError(_("You are not registered for this workshop."), code="not_registered")
        if by is None and has_ended(workshop):
            raise WorkshopError(
                _("This workshop is over; the registration can no longer change."), code="ended"
            )
        if Attendance.objects.filter(workshop=workshop, user=user).exists():
            raise WorkshopError(
                _("Your attendance is already recorded, so the registration cannot be cancelled."),
                code="attended",
            )
        registration.status, registration.position = RegistrationStatus.CANCELLED, None
        registration.save(update_fields=["status", "position", "updated_at"])
        return fill_from_waiting_list(workshop=workshop)


def fill_from_waiting_list(*, workshop: WorkshopPage) -> list[Registration]:
    """Move people up from the waiting list, earliest first, while seats are free (capacity may grow)."""
    with transaction.atomic():
        workshop = _lock(workshop)
        taken = Registration.objects.filter(workshop=workshop, status=RegistrationStatus.REGISTERED).count()
        free = max(workshop.capacity - taken, 0)
        if not free:
            return []
        promoted = list(
            Registration.objects.select_for_update()
            .filter(workshop=workshop, status=RegistrationStatus.WAITLISTED)
            .order_by("position", "registered_at")[:free]
        )
        for registration in promoted:
            registration.status, registration.position = RegistrationStatus.REGISTERED, None
            registration.save(update_fields=["status", "position", "updated_at"])
        if promoted:
            transaction.on_commit(lambda: _tell_promoted(workshop, promoted))
        return promoted


def _tell_promoted(workshop: WorkshopPage, registrations: list[Registration]) -> None:
    from .emails import send_promoted

    for registration in registrations:
        try:
            send_promoted(workshop=workshop, user=registration.user)
        except Exception:  # a mail server hiccup must not undo the seat; the error is logged
            logger.exception(
                "Could not tell %s about a seat at workshop %s", registration.user_id, workshop.pk
            )


# --- Attendance --------------------------------------------------------------------------------------


def mark_present(
    *, session: WorkshopSession, user, by, method: str = CheckInMethod.ROSTER, now=None
) -> tuple[Attendance, bool]:
    """An organiser marks a participant present. Someone present but not registered gets a seat on the spot.

    Returns (attendance, created): marking twice changes nothing."""
    now = now or timezone.now()
    workshop = session.page
    with transaction.atomic():
        registration = Registration.objects.filter(workshop=workshop, user=user).first()
        if registration is None or registration.status != RegistrationStatus.REGISTERED:
            if registration is not None and registration.status == RegistrationStatus.WAITLISTED:
                # Present on the day: the waiting list no longer matters for them.
                with transaction.atomic():
                    _lock(workshop)
                    registration.status, registration.position = RegistrationStatus.REGISTERED, None
                    registration.registered_by = by
                    registration.save(update_fields=["status", "position", "registered_by", "updated_at"])
            else:
                register(workshop=workshop, user=user, by=by, over_capacity=True)
        return _record_attendance(session=session, user=user, by=by, method=method, now=now)


def _record_attendance(*, session, user, by, method, now) -> tuple[Attendance, bool]:
    try:
        with transaction.atomic():
            attendance = Attendance.objects.create(
                session=session,
                workshop_id=session.page_id,
                user=user,
                method=method,
                marked_by=by,
                marked_at=now,
            )
    except IntegrityError:
        return Attendance.objects.get(session=session, user=user), False
    evaluate(workshop=session.page, user=user, now=now)
    return attendance, True


def unmark(*, session: WorkshopSession, user, by) -> bool:
    """Undo a mark made by mistake. A certificate already issued stays (officers revoke it by hand)."""
    return bool(Attendance.objects.filter(session=session, user=user).delete()[0])


def check_in_window_state(session: WorkshopSession, now=None) -> str:
    """ "early", "late" or "" (open): what the organiser's QR screen warns about."""
    now = now or timezone.now()
    if now < session.starts_at - check_in_grace():
        return "early"
    if now > session.ends_at + check_in_grace():
        return "late"
    return ""


def self_check_in(*, session: WorkshopSession, user, code: str, now=None, pending_window: int | None = None):
    """A participant scanned the organiser's QR code. Returns (attendance, created).

    `pending_window` is the window of a code that was valid when the participant first opened it but had to
    log in first (kept in their session for a few minutes by the view)."""
    now = now or timezone.now()
    workshop = session.page
    siblings = list(workshop.sessions.values_list("pk", flat=True))
    verdict = checkin.check_code(code, session_id=session.pk, sibling_ids=siblings, now=now.timestamp())
    if verdict.problem == "stale" and pending_window is not None and verdict.window == pending_window:
        verdict = checkin.CodeCheck("", verdict.window)
    if verdict.problem:
        raise WorkshopError(CODE_MESSAGES[verdict.problem](), code=verdict.problem)
    window = check_in_window_state(session, now)
    if window == "early":
        raise WorkshopError(_("Check-in for this session has not opened yet."), code="too_early")
    if window == "late":
        raise WorkshopError(_("Check-in for this session has closed."), code="too_late")
    status = (
        Registration.objects.filter(workshop=workshop, user=user).values_list("status", flat=True).first()
    )
    if status == RegistrationStatus.WAITLISTED:
        raise WorkshopError(
            _("You are on the waiting list. Please ask the organiser to mark you present."), code="waitlisted"
        )
    if status != RegistrationStatus.REGISTERED:
        raise WorkshopError(
            _("You are not registered for this workshop. Please ask the organiser to add you."),
            code="not_registered",
        )
    with transaction.atomic():
        return _record_attendance(session=session, user=user, by=None, method=CheckInMethod.SELF, now=now)


CODE_MESSAGES = {
    "forged": lambda: _(
        "This check-in code is not valid. Please scan the code on the organiser's screen again."
    ),
    "other_session": lambda: _(
        "This code belongs to another session of the workshop. Please scan the code shown for this session."
    ),
    "stale": lambda: _(
        "This check-in code has expired (it changes every minute). Please scan the code on the screen again."
    ),
}


# --- Completion --------------------------------------------------------------------------------------


def evaluate(*, workshop: WorkshopPage, user, now=None) -> Participation | None:
    """Record the completion when the rules are met, once; the signal follows the commit.

    Two check-ins of one participant at the same moment both get here; the unique row lets only one win."""
    with transaction.atomic():
        # One evaluation at a time per participant: the second of two simultaneous check-ins waits here and
        # then counts the first one's attendance too (a plain count would miss it under READ COMMITTED).
        Registration.objects.select_for_update().filter(workshop=workshop, user=user).first()
        return _evaluate_locked(workshop=workshop, user=user, now=now)


def _evaluate_locked(*, workshop, user, now) -> Participation | None:
    if Participation.objects.filter(workshop=workshop, user=user).exists():
        return None
    workshop = WorkshopPage.objects.get(pk=workshop.pk)
    total = workshop.sessions.count()
    attended = Attendance.objects.filter(workshop=workshop, user=user, session__page=workshop).count()
    passed = bool(workshop.post_test_id) and quiz_services.has_passed(
        user=user, quiz=workshop.post_test, context=test_context(workshop, "post")
    )
    met = rules.rule_met(
        rule=workshop.attendance_rule,
        attended=attended,
        total=total,
        minimum=workshop.min_sessions,
        post_test_required=workshop.require_post_test_pass and bool(workshop.post_test_id),
        post_test_passed=passed,
    )
    if not met:
        return None
    try:
        with transaction.atomic():
            participation = Participation.objects.create(
                workshop=workshop, user=user, sessions_attended=attended, completed_at=now or timezone.now()
            )
    except IntegrityError:
        return None
    transaction.on_commit(lambda: _announce(workshop, participation))
    return participation


def _announce(workshop: WorkshopPage, participation: Participation) -> None:
    start, end = date_range(workshop)
    participation_completed.send(
        sender=WorkshopPage,
        user=participation.user,
        workshop=workshop,
        participation=participation,
        date_start=start,
        date_end=end if end != start else None,
        hours=workshop.hours_jp,
    )
