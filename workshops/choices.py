from django.db import models
from django.utils.translation import gettext_lazy as _


class RegistrationStatus(models.TextChoices):
    REGISTERED = "registered", _("Registered")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class AttendanceRule(models.TextChoices):
    ALL_SESSIONS = "all", _("Every session")
    AT_LEAST = "at_least", _("At least a number of sessions")


class CheckInMethod(models.TextChoices):
    ROSTER = "roster", _("Marked on the roster")
    SELF = "self", _("Self check-in (QR code)")
