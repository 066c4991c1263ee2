from django.db import models
from django.utils.translation import gettext_lazy as _


class Occupation(models.TextChoices):
    TEACHER = "guru", _("Teacher")
    PRINCIPAL = "kepala_sekolah", _("School principal")
    SUBDISTRICT_STAFF = "staf_kecamatan", _("Kecamatan/kelurahan staff")
    AGENCY_STAFF = "staf_dinas", _("City department staff")
    OTHER = "lainnya", _("Other")


class InstitutionKind(models.TextChoices):
    SCHOOL = "sekolah", _("School")
    KECAMATAN_OFFICE = "kecamatan", _("Kecamatan office")
    KELURAHAN_OFFICE = "kelurahan", _("Kelurahan office")
    AGENCY = "dinas", _("City department (dinas)")
    OTHER = "lainnya", _("Other")


class Role(models.TextChoices):
    """The three groups; the values are the group names, created by a data migration."""

    PARTICIPANT = "Peserta", _("Participant")
    TRAINER = "Pelatih", _("Trainer")
    OFFICER = "Petugas DPPPAPM", _("DPPPAPM officer")


class DeletionStatus(models.TextChoices):
    PENDING = "pending", _("Waiting")
    CANCELLED = "cancelled", _("Cancelled by the participant")
    DONE = "done", _("Carried out")
