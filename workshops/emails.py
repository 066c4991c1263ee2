from django.core.mail import send_mail
from django.utils.translation import gettext as _

from .queries import absolute_url


def send_promoted(*, workshop, user) -> None:
    """A seat became free and the participant moved up from the waiting list."""
    send_mail(
        subject=_("[Sinergi] You have a seat at %(title)s") % {"title": workshop.title},
        message=_(
            "Good news: a seat became free and you are now registered for “%(title)s”.\n\n"
            "Details and the calendar file: %(url)s\n\n"
            "If you cannot come, please cancel on that page so the next person gets the seat."
        )
        % {"title": workshop.title, "url": absolute_url(workshop.url)},
        from_email=None,
        recipient_list=[user.email],
    )
