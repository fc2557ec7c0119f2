from __future__ import annotations

from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sinergi.core import limits


class ThemeKind(models.TextChoices):
    NARASI_TUNGGAL = "narasi_tunggal", _("Single national narrative (narasi tunggal)")
    CAMPAIGN = "kampanye", _("Campaign")
    NATIONAL_DAY = "hari_nasional", _("National day")
    LOCAL = "lokal", _("Local agenda")


class ThemeQuerySet(models.QuerySet):
    def current(self):
        """Active themes whose period (if any) includes today."""
        today = timezone.localdate()
        return (
            self.filter(is_active=True)
            .filter(models.Q(starts_on__isnull=True) | models.Q(starts_on__lte=today))
            .filter(models.Q(ends_on__isnull=True) | models.Q(ends_on__gte=today))
        )


class Theme(models.Model):
    """An item of the forum's national and local agenda that releases can carry."""

    forum = models.ForeignKey("forum.Forum", on_delete=models.CASCADE, related_name="themes", verbose_name=_("forum"))
    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("code"), max_length=80, help_text=_("Short unique code used in addresses"))
    kind = models.CharField(_("kind"), max_length=20, choices=ThemeKind.choices, default=ThemeKind.LOCAL)
    description = models.TextField(_("description"), blank=True, max_length=limits.LONG_TEXT)
    starts_on = models.DateField(_("starts on"), null=True, blank=True)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    objects = ThemeQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        constraints = [
            models.UniqueConstraint("forum", "slug", name="theme_slug_unique_per_forum"),
            models.UniqueConstraint("forum", Lower("name"), name="theme_name_unique_per_forum"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("portal:theme", args=[self.slug])

    @property
    def audit_forum_id(self) -> int | None:
        return self.forum_id
