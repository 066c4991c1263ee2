"""The workshop as an iCalendar file (RFC 5545): one event per session, in the venue's time zone."""

from email.utils import parseaddr

from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Calendar, Event, vCalAddress

from .queries import absolute_url


def workshop_ics(workshop, request=None) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//DPPPAPM Kota Lubuk Linggau//Sinergi//ID")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", workshop.title)
    url = absolute_url(workshop.url or "")
    location = ", ".join(part for part in (workshop.venue, workshop.venue_address) if part)
    description = "\n\n".join(part for part in (strip_tags(workshop.description).strip(), url) if part)
    sessions = list(workshop.sessions.order_by("date", "start_time"))
    sender = parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    for number, session in enumerate(sessions, start=1):
        event = Event()
        event.add("uid", f"sinergi-workshop-{workshop.pk}-session-{session.pk}")
        title = workshop.title
        if len(sessions) > 1:
            title = f"{title} ({session.title or number})"
        event.add("summary", title)
        event.add("dtstart", session.starts_at)
        event.add("dtend", session.ends_at)
        event.add("dtstamp", timezone.now())
        if location:
            event.add("location", location)
        if description:
            event.add("description", description)
        if url:
            event.add("url", url)
        if sender:
            organizer = vCalAddress(f"mailto:{sender}")
            organizer.params["cn"] = workshop.organiser
            event.add("organizer", organizer)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
