from django.db import models
from django.utils.translation import gettext_lazy as _


class PackageState(models.TextChoices):
    CHECKING = "checking", _("Checking")
    READY = "ready", _("Ready")
    REJECTED = "rejected", _("Rejected")


class H5PRequirement(models.TextChoices):
    """What a module asks of an activity in its lesson."""

    NONE = "none", _("Nothing: practice only")
    COMPLETED = "completed", _("Complete the activity")
    PASSED = "passed", _("Pass the activity with at least the given score")
