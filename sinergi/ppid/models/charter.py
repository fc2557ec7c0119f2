"""The maklumat pelayanan: a public body's public promise on information service (Perki 1/2021 Pasal 47-48).

Each Badan Publik publishes its own; the forum's main body's is the one shown by default."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from sinergi.core import limits
from sinergi.ppid.models.public_body import PublicBody


class ServiceCharter(models.Model):
    forum = models.ForeignKey(
        "forum.Forum", on_delete=models.CASCADE, related_name="service_charters", verbose_name=_("forum")
    )
    body = models.OneToOneField("ppid.PublicBody", on_delete=models.CASCADE, related_name="service_charter",
                                verbose_name=_("public body"))  # fmt: skip
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
        return str(self.body)

    def save(self, *args, **kwargs):
        if self.body_id is None:
            self.body = PublicBody.objects.main(self.forum)
        super().save(*args, **kwargs)

    @property
    def audit_forum_id(self) -> int | None:
        return self.forum_id

    def elements(self) -> list[tuple[str, str]]:
        """(heading, text) of the six required elements, in order."""
        return [(self._meta.get_field(name).verbose_name, getattr(self, name)) for name in self.ELEMENTS]
