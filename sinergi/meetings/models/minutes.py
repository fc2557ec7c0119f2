"""The minutes (notulen) of a meeting: written by the secretariat, approved by the chair,
published to members and, when the chair chooses, to the public portal."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sinergi.core import limits


class MinutesStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Waiting for the chair")
    APPROVED = "approved", _("Approved and published to members")


class Minutes(models.Model):
    meeting = models.OneToOneField("meetings.Meeting", on_delete=models.CASCADE, related_name="minutes", verbose_name=_("meeting"))
    summary = models.TextField(_("summary"), blank=True, max_length=limits.DOCUMENT)
    outputs = models.TextField(_("outputs"), blank=True, max_length=limits.LONG_TEXT, help_text=_("What the meeting produced besides decisions."))
    status = models.CharField(_("status"), max_length=10, choices=MinutesStatus.choices, default=MinutesStatus.DRAFT)
    is_public = models.BooleanField(_("published on the portal"), default=False)
    written_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("written by"))
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+", verbose_name=_("approved by"))  # fmt: skip
    approved_at = models.DateTimeField(null=True, blank=True, verbose_name=_("approved at"))
    chair_comment = models.TextField(_("the chair's comment"), blank=True, max_length=limits.REASON)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("minutes")
        verbose_name_plural = _("minutes")

    def __str__(self) -> str:
        return str(self.meeting)

    @property
    def audit_forum_id(self) -> int | None:
        return self.meeting.forum_id


class Decision(models.Model):
    """One decision (kesepakatan) of a meeting; each can raise follow-up actions."""

    meeting = models.ForeignKey("meetings.Meeting", on_delete=models.CASCADE, related_name="decisions", verbose_name=_("meeting"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    text = models.TextField(_("decision"), max_length=limits.REASON)

    class Meta:
        ordering = ["order", "id"]
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def audit_forum_id(self) -> int | None:
        return self.meeting.forum_id
