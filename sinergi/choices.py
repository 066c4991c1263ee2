from django.db import models
from django.utils.translation import gettext_lazy as _


class CalloutKind(models.TextChoices):
    WARNING_SIGNS = "warning_signs", _("Warning signs")
    LEGAL_BASIS = "legal_basis", _("Legal basis")
    TIPS = "tips", _("Tips")


class ReferralService(models.TextChoices):
    """The services of the cross-sector referral map; their contacts live in HelpSettings."""

    UPTD_PPA = "uptd_ppa", _("UPTD PPA (women and child protection unit)")
    UNIT_PPA = "unit_ppa", _("Unit PPA of the police (Polres)")
    DINSOS = "dinsos", _("Social services office and social workers")
    BAPAS = "bapas", _("Correctional centre (Bapas)")
    DISDIK = "disdik", _("Education office")
    KEMENAG = "kemenag", _("Ministry of Religious Affairs office and KUA")
    DISDUKCAPIL = "disdukcapil", _("Population and civil registration office")
    DISNAKER = "disnaker", _("Manpower office")
    PUSKESMAS = "puskesmas", _("Community health centre (Puskesmas)")
    PATBM = "patbm", _("Community child protection (PATBM) and DRPPA")
