from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sinergi.core import limits
from sinergi.forum.validators import validate_region_code, validate_time_zone


class ForumQuerySet(models.QuerySet):
    def default(self) -> Forum | None:
        """The forum an installation shows when a request names none."""
        return self.filter(slug=settings.DEFAULT_FORUM_SLUG).first() or self.order_by("pk").first()


class Forum(models.Model):
    """A forum kehumasan: one regency's (or city's, or province's) PR network."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("short name in addresses"), max_length=60, unique=True)
    region_code = models.CharField(
        _("region code"), max_length=13, validators=[validate_region_code], help_text=_("Kemendagri code, e.g. 14.10")
    )
    region_name = models.CharField(_("region"), max_length=200)
    time_zone = models.CharField(_("time zone"), max_length=64, default="Asia/Jakarta", validators=[validate_time_zone])
    logo = models.ImageField(_("logo"), upload_to="forum/logo/", blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    address = models.TextField(_("address"), blank=True, max_length=limits.SHORT_TEXT)
    website = models.URLField(_("website"), blank=True)
    settings = models.JSONField(_("settings"), default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))

    objects = ForumQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("forum")
        verbose_name_plural = _("forums")

    def __str__(self) -> str:
        return self.name

    @property
    def audit_forum_id(self) -> int | None:
        return self.pk

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    def date_of(self, moment: dt.datetime) -> dt.date:
        """The calendar day `moment` falls on where the forum is: 00.30 WIT is already tomorrow in WIT."""
        return timezone.localtime(moment, self.zone).date()

    def today(self) -> dt.date:
        """Today where the forum is, whatever the server's zone or the zone active for this request."""
        return timezone.localdate(timezone=self.zone)
