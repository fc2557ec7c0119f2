"""Who came: checked in by scanning the meeting's QR code, or by the secretariat by hand.

Name, agency and position are copied at check-in, so the daftar hadir stays true to the day
even when someone later changes position or agency.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class CheckInMethod(models.TextChoices):
    QR = "qr", _("QR code")
    MANUAL = "manual", _("By the secretariat")


class Attendance(models.Model):
    meeting = models.ForeignKey(
        "meetings.Meeting", on_delete=models.CASCADE, related_name="attendances", verbose_name=_("meeting")
    )
    member = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="attendances", verbose_name=_("member"))  # fmt: skip
    agency = models.ForeignKey("forum.Agency", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
                               verbose_name=_("agency"))  # fmt: skip
    name = models.CharField(_("name"), max_length=200)
    organisation = models.CharField(_("agency or organisation"), max_length=200, blank=True)
    position = models.CharField(_("position"), max_length=200, blank=True)
    method = models.CharField(_("checked in by"), max_length=6, choices=CheckInMethod.choices)
    checked_in_at = models.DateTimeField(_("checked in at"), auto_now_add=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+", verbose_name=_("recorded by"))  # fmt: skip

    class Meta:
        ordering = ["organisation", "name"]
        verbose_name = _("attendance")
        verbose_name_plural = _("attendances")
        constraints = [
            # Checking in twice records one attendance.
            models.UniqueConstraint("meeting", "member", name="attendance_once_per_member"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.organisation})"

    @property
    def audit_forum_id(self) -> int | None:
        return self.meeting.forum_id
