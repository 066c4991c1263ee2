from django.db import models
from django.utils.translation import gettext_lazy as _


class Requirement(models.TextChoices):
    """What a participant must do to complete a module; the course says which ones apply.

    H5P activities are required by their lesson block, not by the course: a module with a required activity
    asks for it whatever the course's other rules are.
    """

    READ = "read", _("Read to the end and confirm")
    QUIZ = "quiz", _("Pass the module's quiz")
    H5P = "h5p", _("Complete the module's interactive activities")


class ModuleState(models.TextChoices):
    """How a module looks to one participant, in the course outline."""

    LOCKED = "locked", _("Locked")
    OPEN = "open", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", _("Completed")
