"""The read side: workshop lists, one workshop for a participant, "Workshop saya", the roster. No writes."""

import datetime
from dataclasses import dataclass, field
from urllib.parse import quote

from django.conf import settings
from django.db.models import Count, Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from quizzes import services as quiz_services

from .choices import RegistrationStatus
from .models import Attendance, Participation, Registration, WorkshopPage, WorkshopSession


def absolute_url(path: str) -> str:
    if path.startswith("http"):
        return path
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


@dataclass
class WorkshopCard:
    page: WorkshopPage
    sessions: list[WorkshopSession]
    seats_taken: int = 0
    my_status: str = ""
    next_session: WorkshopSession | None = None
    attended: set = field(default_factory=set)

    @property
    def first(self) -> WorkshopSession | None:
        return self.sessions[0] if self.sessions else None

    @property
    def last(self) -> WorkshopSession | None:
        return self.sessions[-1] if self.sessions else None

    @property
    def seats_left(self) -> int:
        return max(self.page.capacity - self.seats_taken, 0)

    @property
    def starts_at(self):
        return self.first.starts_at if self.first else None

    @property
    def ends_at(self):
        return self.last.ends_at if self.last else None


def _sessions_prefetch():
    return Prefetch("sessions", queryset=WorkshopSession.objects.order_by("date", "start_time"))


def _cards(pages, user) -> list[WorkshopCard]:
    pages = list(pages)
    ids = [page.pk for page in pages]
    taken = dict(
        Registration.objects.filter(workshop_id__in=ids, status=RegistrationStatus.REGISTERED)
        .values_list("workshop_id")
        .annotate(n=Count("pk"))
    )
    mine = {}
    if getattr(user, "is_authenticated", False):
        mine = dict(
            Registration.objects.filter(workshop_id__in=ids, user=user)
            .exclude(status=RegistrationStatus.CANCELLED)
            .values_list("workshop_id", "status")
        )
    return [
        WorkshopCard(
            page=page,
            sessions=list(page.sessions.all()),
            seats_taken=taken.get(page.pk, 0),
            my_status=mine.get(page.pk, ""),
        )
        for page in pages
    ]


def workshop_lists(*, index, user, now=None) -> dict:
    """Upcoming workshops (soonest first) and past ones (latest first), with seats and my status."""
    now = now or timezone.now()
    pages = WorkshopPage.objects.live().public().descendant_of(index).prefetch_related(_sessions_prefetch())
    cards = [card for card in _cards(pages, user) if card.sessions]
    upcoming = sorted((c for c in cards if c.ends_at >= now), key=lambda c: c.starts_at)
    past = sorted((c for c in cards if c.ends_at < now), key=lambda c: c.starts_at, reverse=True)
    return {"upcoming": upcoming, "past": past}


def workshop_detail(*, workshop: WorkshopPage, user, now=None) -> dict:
    """What the workshop page shows: sessions, seats, the visitor's own registration, attendance and tests."""
    from . import services

    now = now or timezone.now()
    sessions = list(workshop.sessions.order_by("date", "start_time"))
    taken = Registration.objects.filter(workshop=workshop, status=RegistrationStatus.REGISTERED).count()
    context = {
        "sessions": sessions,
        "seats_taken": taken,
        "seats_left": max(workshop.capacity - taken, 0),
        "has_ended": bool(sessions) and sessions[-1].ends_at < now,
        "registration": None,
        "share_url": whatsapp_share_url(workshop),
        "can_manage": getattr(user, "is_authenticated", False)
        and user.has_perm("workshops.manage_attendance"),
    }
    if not getattr(user, "is_authenticated", False):
        return context
    registration = (
        Registration.objects.filter(workshop=workshop, user=user)
        .exclude(status=RegistrationStatus.CANCELLED)
        .first()
    )
    context["registration"] = registration
    if registration is None:
        return context
    if registration.status == RegistrationStatus.WAITLISTED:
        context["waiting_ahead"] = Registration.objects.filter(
            workshop=workshop, status=RegistrationStatus.WAITLISTED, position__lt=registration.position
        ).count()
    context["attended_ids"] = set(
        Attendance.objects.filter(workshop=workshop, user=user).values_list("session_id", flat=True)
    )
    context["participation"] = Participation.objects.filter(workshop=workshop, user=user).first()
    next_url = workshop.url
    tests = []
    for which, quiz in (("pre", workshop.pre_test), ("post", workshop.post_test)):
        if quiz is None:
            continue
        ctx = services.test_context(workshop, which)
        tests.append(
            {
                "which": which,
                "quiz": quiz,
                "url": quiz_services.quiz_url(quiz=quiz, context=ctx, next_url=next_url),
                "result": quiz_services.result_for(user=user, quiz=quiz, context=ctx),
            }
        )
    context["tests"] = tests
    return context


def whatsapp_share_url(workshop: WorkshopPage) -> str:
    text = f"{workshop.title}\n{absolute_url(workshop.url or '')}"
    return f"https://wa.me/?text={quote(text)}"


def my_workshops(*, user, now=None) -> dict:
    """The participant's workshops: those to come, the soonest session first; then the past ones."""
    now = now or timezone.now()
    registrations = (
        Registration.objects.filter(user=user, workshop__live=True)
        .exclude(status=RegistrationStatus.CANCELLED)
        .select_related("workshop")
        .prefetch_related(
            Prefetch("workshop__sessions", queryset=WorkshopSession.objects.order_by("date", "start_time"))
        )
    )
    attended = set(Attendance.objects.filter(user=user).values_list("session_id", flat=True))
    completed = set(Participation.objects.filter(user=user).values_list("workshop_id", flat=True))
    upcoming, past = [], []
    for registration in registrations:
        sessions = list(registration.workshop.sessions.all())
        if not sessions:
            continue
        card = WorkshopCard(
            page=registration.workshop, sessions=sessions, my_status=registration.status, attended=attended
        )
        card.next_session = next((s for s in sessions if s.ends_at >= now), None)
        card.completed = registration.workshop_id in completed
        (upcoming if card.next_session else past).append(card)
    upcoming.sort(key=lambda c: c.next_session.starts_at)
    past.sort(key=lambda c: c.ends_at, reverse=True)
    return {"upcoming": upcoming, "past": past}


@dataclass
class RosterRow:
    user_id: int
    name: str
    email: str
    institution: str
    status: str
    present: bool
    method: str = ""


def _contact(user, with_contact: bool) -> str:
    return user.email if with_contact else _("(no profile yet)")


def roster(*, session: WorkshopSession, search: str = "", with_contact: bool = True) -> list[RosterRow]:
    """Everyone registered or waitlisted (and anyone marked present), by name, with this session's marks.
    Without `with_contact` (a trainer) no e-mail address is shown or searched."""
    marks = dict(Attendance.objects.filter(session=session).values_list("user_id", "method"))
    registrations = (
        Registration.objects.filter(workshop_id=session.page_id)
        .filter(
            Q(status__in=[RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED])
            | Q(user_id__in=marks)
        )
        .select_related("user__profile__institution")
    )
    if search:
        matches = Q(user__profile__full_name__icontains=search) | Q(
            user__profile__institution__name__icontains=search
        )
        if with_contact:
            matches |= Q(user__email__icontains=search)
        registrations = registrations.filter(matches)
    rows = []
    for registration in registrations:
        profile = getattr(registration.user, "profile", None)
        rows.append(
            RosterRow(
                user_id=registration.user_id,
                name=profile.full_name if profile else _contact(registration.user, with_contact),
                email=registration.user.email if with_contact else "",
                institution=profile.institution.name if profile and profile.institution_id else "",
                status=registration.status,
                present=registration.user_id in marks,
                method=marks.get(registration.user_id, ""),
            )
        )
    return sorted(rows, key=lambda row: row.name.lower())


def current_session(workshop: WorkshopPage, now=None) -> WorkshopSession | None:
    """The session running now, else the next one, else the last one."""
    now = now or timezone.now()
    sessions = list(workshop.sessions.order_by("date", "start_time"))
    for session in sessions:
        if session.ends_at + datetime.timedelta(minutes=30) >= now:
            return session
    return sessions[-1] if sessions else None


def test_access(*, user, quiz, context: str) -> "bool | quiz_services.Refusal | None":
    """May `user` take `quiz` as the workshop test that `context` names? True for a participant registered
    (or waiting) at the published workshop, and for staff checking it; None when the context is not a
    workshop's or the quiz is not that workshop's test."""
    prefix, _sep, rest = (context or "").partition(":")
    workshop_id, _sep, which = rest.partition(":")
    if prefix != "workshop" or which not in {"pre", "post"} or not workshop_id.isdigit():
        return None
    workshop = WorkshopPage.objects.live().filter(pk=int(workshop_id), **{f"{which}_test": quiz}).first()
    if workshop is None:
        return None
    if quiz_services.is_staff(user):
        return True
    registered = Registration.objects.filter(workshop=workshop, user=user).exclude(
        status=RegistrationStatus.CANCELLED
    )
    if registered.exists():
        return True
    return quiz_services.Refusal(_("Register for the workshop first to take its test."), workshop.url)
