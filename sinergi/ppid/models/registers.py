"""The registers every PPID keeps: the list of public information (DIP) and of exempt information (DIK)."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sinergi.core import limits
from sinergi.core.classification import BerkalaItem, ExemptionGround, KipClass
from sinergi.releases.models import Release


class Availability(models.TextChoices):
    SOFTCOPY = "softcopy", _("Softcopy")
    HARDCOPY = "hardcopy", _("Hardcopy")
    BOTH = "keduanya", _("Softcopy and hardcopy")


class DipEntryQuerySet(models.QuerySet):
    def with_release_visibility(self):
        """Each entry with `release_is_public`: whether its release may be linked publicly right now.

        A release withdrawn, made exempt or never published keeps its row in the DIP, but a link
        would show its title in the address; the public list then shows the summary alone.
        """

        return self.annotate(release_is_public=Exists(Release.objects.public().filter(pk=OuterRef("release_id"))))


class DipEntry(models.Model):
    """One row of the Daftar Informasi Publik: the seven columns plus its class (jenis informasi)."""

    agency = models.ForeignKey("forum.Agency", on_delete=models.PROTECT, related_name="dip_entries",
                               verbose_name=_("agency"))  # fmt: skip
    summary = models.TextField(_("summary of the information"), max_length=limits.REASON)
    held_by = models.CharField(_("unit or official holding it"), max_length=200)
    responsible = models.CharField(_("responsible for producing it"), max_length=200)
    made = models.CharField(_("when and where it was made"), max_length=200)
    available_as = models.CharField(_("available as"), max_length=10, choices=Availability.choices,
                                    default=Availability.SOFTCOPY)  # fmt: skip
    retention = models.CharField(_("retention period"), max_length=120)
    kip_class = models.CharField(_("information class"), max_length=20, default=KipClass.SETIAP_SAAT,
                                 choices=[c for c in KipClass.choices if c[0] != KipClass.DIKECUALIKAN])  # fmt: skip
    berkala_item = models.CharField(_("periodic item"), max_length=1, choices=BerkalaItem.choices, blank=True)
    release = models.ForeignKey("releases.Release", null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="+", verbose_name=_("published release"))  # fmt: skip
    url = models.URLField(_("address of the information or dataset"), blank=True)
    updated_on = models.DateField(_("last updated"), default=timezone.localdate)

    objects = DipEntryQuerySet.as_manager()

    class Meta:
        ordering = ["agency__name", "pk"]
        verbose_name = _("DIP entry")
        verbose_name_plural = _("DIP entries")

    def __str__(self) -> str:
        return self.summary[:80]

    @property
    def audit_forum_id(self) -> int | None:
        return self.agency.forum_id

    @property
    def is_stale(self) -> bool:
        """Periodic information must be refreshed at least every six months (Pasal 9)."""
        limit = timezone.localdate() - dt.timedelta(days=settings.PPID_BERKALA_STALE_DAYS)
        return self.kip_class == KipClass.BERKALA and self.updated_on < limit


class DikEntry(models.Model):
    """One exemption with its consequence test (uji konsekuensi, Pasal 19; Perki 1/2021 Pasal 49)."""

    agency = models.ForeignKey("forum.Agency", on_delete=models.PROTECT, related_name="dik_entries",
                               verbose_name=_("agency"))  # fmt: skip
    information = models.TextField(_("the information"), max_length=limits.REASON)
    ground = models.CharField(_("exemption ground (Pasal 17)"), max_length=1, choices=ExemptionGround.choices)
    legal_basis = models.TextField(_("legal basis"), max_length=limits.REASON)
    consequence = models.TextField(_("consequence if opened"), max_length=limits.LONG_TEXT)
    public_interest = models.TextField(_("public-interest consideration"), max_length=limits.LONG_TEXT)
    ends_on = models.DateField(_("exemption ends on"), null=True, blank=True)
    decree_number = models.CharField(_("decree (SK) number"), max_length=120)
    decree_date = models.DateField(_("decree date"))

    class Meta:
        ordering = ["agency__name", "pk"]
        verbose_name = _("DIK entry")
        verbose_name_plural = _("DIK entries")

    def __str__(self) -> str:
        return f"{self.get_ground_display()}: {self.information[:60]}"

    @property
    def audit_forum_id(self) -> int | None:
        return self.agency.forum_id

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        if self.ground and ExemptionGround(self.ground).is_temporary and not self.ends_on:
            raise ValidationError({"ends_on": _("Exemptions under letters a-f must have an end date (Pasal 20).")})
