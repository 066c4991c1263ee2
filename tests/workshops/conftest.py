"""Workshop fixtures: list page → workshop with sessions → registrations, built with make_* helpers."""

import datetime
import itertools

import pytest
from django.utils import timezone

from workshops.models import WorkshopIndexPage, WorkshopPage, WorkshopSession, venue_timezone

_counter = itertools.count(1)


def local_now() -> datetime.datetime:
    return timezone.now().astimezone(venue_timezone())


def make_workshop(*, sessions=None, live: bool = True, **fields) -> WorkshopPage:
    """`sessions` are (date, start time, end time); by default one session running right now."""
    index = WorkshopIndexPage.objects.get()
    number = next(_counter)
    fields.setdefault("title", f"Lokakarya Pencegahan TPPO {number}")
    fields.setdefault("slug", f"lokakarya-{number}")
    fields.setdefault("description", "<p>Pelatihan tatap muka untuk guru.</p>")
    fields.setdefault("venue", "Hotel Smart, Kota Lubuklinggau")
    fields.setdefault("capacity", 30)
    fields.setdefault("hours_jp", 8)
    if sessions is None:
        now = local_now()
        start = (now - datetime.timedelta(hours=1)).replace(second=0, microsecond=0)
        end = start + datetime.timedelta(hours=3)
        if end.date() != start.date():  # keep the session inside one day near midnight
            start = start.replace(hour=0, minute=0)
            end = start.replace(hour=23, minute=59)
        sessions = [(start.date(), start.time(), end.time())]
    workshop = WorkshopPage(live=live, **fields)
    workshop.sessions = [
        WorkshopSession(date=day, start_time=start, end_time=end, sort_order=order)
        for order, (day, start, end) in enumerate(sessions)
    ]
    index.add_child(instance=workshop)
    return workshop


def days_from_now(days: int, start="09:00", end="12:00"):
    day = local_now().date() + datetime.timedelta(days=days)
    return (day, datetime.time.fromisoformat(start), datetime.time.fromisoformat(end))


@pytest.fixture
def workshop(db):
    return make_workshop(title="Lokakarya Pencegahan Kekerasan terhadap Anak")


@pytest.fixture
def session(workshop):
    return workshop.sessions.get()
