from django.db import models
from django.utils.translation import gettext_lazy as _


class PageSize(models.TextChoices):
    A4 = "A4", "A4 (210 × 297 mm)"
    F4 = "F4", "F4 (215 × 330 mm)"
    LETTER = "LETTER", "Letter (216 × 279 mm)"


class Orientation(models.TextChoices):
    LANDSCAPE = "landscape", _("Landscape")
    PORTRAIT = "portrait", _("Portrait")


class FontFamily(models.TextChoices):
    """Fonts that cover Indonesian names (Latin with accents and apostrophes); see certificates/fonts.py."""

    SERIF = "serif", _("Serif (DejaVu Serif)")
    SANS = "sans", _("Sans-serif (DejaVu Sans)")
    CONDENSED = "condensed", _("Narrow sans-serif (DejaVu Sans Condensed)")


class QrPosition(models.TextChoices):
    BOTTOM_RIGHT = "bottom_right", _("Bottom right")
    BOTTOM_LEFT = "bottom_left", _("Bottom left")
    BOTTOM_CENTER = "bottom_center", _("Bottom centre")
    TOP_RIGHT = "top_right", _("Top right")
    TOP_LEFT = "top_left", _("Top left")


class FrameStyle(models.TextChoices):
    """A frame drawn by the renderer itself, on top of the background image if there is one."""

    NONE = "none", _("No frame")
    SIMPLE = "simple", _("Simple line")
    DOUBLE = "double", _("Double line with corners")


class SubjectKind(models.TextChoices):
    COURSE = "course", _("Online course")
    WORKSHOP = "workshop", _("Workshop")


class CertificateStatus(models.TextChoices):
    PENDING = "pending", _("Being prepared")
    VALID = "valid", _("Valid")
    FAILED = "failed", _("Could not be made")
    REVOKED = "revoked", _("Revoked")
    REPLACED = "replaced", _("Replaced")


# A participant holds at most one certificate in these states per subject.
LIVE_STATUSES = (CertificateStatus.PENDING, CertificateStatus.VALID, CertificateStatus.FAILED)
