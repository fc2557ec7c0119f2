"""The roles a member can hold: per agency, and across the forum (DOMAIN.md section 1)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AgencyRoleKind(models.TextChoices):
    PEJABAT_HUMAS = "pejabat_humas", _("Pejabat struktural kehumasan")
    ADMIN_MEDSOS = "admin_medsos", _("Admin media sosial")
    PRANATA_HUMAS = "pranata_humas", _("Pranata humas")
    PPID_PELAKSANA = "ppid_pelaksana", _("PPID pelaksana")
    PRODUSEN_DATA = "produsen_data", _("Produsen data (operator)")


class ForumRoleKind(models.TextChoices):
    MODERATOR = "moderator", _("Moderator")
    PPID_UTAMA = "ppid_utama", _("PPID utama")
    ATASAN_PPID = "atasan_ppid", _("Atasan PPID")
    WALIDATA = "walidata", _("Walidata")
    PEMBINA_DATA = "pembina_data", _("Pembina data")
