from django.db import models
from django.utils.translation import gettext_lazy as _


class PackageState(models.TextChoices):
    CHECKING = "checking", _("Checking")
    READY = "ready", _("Ready")
    REJECTED = "rejected", _("Rejected")
