"""The maklumat pelayanan: the forum's public promise on information service (Perki 1/2021 Pasal 47-48)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from sinergi.core import limits


class ServiceCharter(models.Model):
    forum = models.OneToOneField(
        "forum.Forum", on_delete=models.CASCADE, related_name="service_charter", verbose_name=_("forum")
    )
    legal_basis = models.TextField(_("legal basis"), max_length=limits.LONG_TEXT)
    procedure = models.TextField(_("procedure"), max_length=limits.LONG_TEXT)
    time_frame = models.TextField(_("time frame"), max_length=limits.LONG_TEXT)
    fee = models.TextField(_("fee"), max_length=limits.LONG_TEXT)
    guarantee = models.TextField(_("service guarantee"), max_length=limits.LONG_TEXT)
    evaluation = models.TextField(_("performance evaluation"), max_length=limits.LONG_TEXT)
    updated_at = models.DateTimeField(auto_now=True)

    ELEMENTS = ("legal_basis", "procedure", "time_frame", "fee", "guarantee", "evaluation")

    class Meta:
        verbose_name = _("service charter")
        verbose_name_plural = _("service charters")

    def __str__(self) -> str:
        return str(self.forum)

    @property
    def audit_forum_id(self) -> int | None:
        return self.forum_id

    def elements(self) -> list[tuple[str, str]]:
        """(heading, text) of the six required elements, in order."""
        return [(self._meta.get_field(name).verbose_name, getattr(self, name)) for name in self.ELEMENTS]
