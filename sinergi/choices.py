from django.db import models
from django.utils.translation import gettext_lazy as _


class CalloutKind(models.TextChoices):
    WARNING_SIGNS = "warning_signs", _("Warning signs")
    LEGAL_BASIS = "legal_basis", _("Legal basis")
    TIPS = "tips", _("Tips")
