from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class DirectoryImport(models.Model):
    """An uploaded spreadsheet waiting for a moderator to confirm its preview."""

    class Kind(models.TextChoices):
        AGENCIES = "agencies", _("Agencies")
        MEMBERS = "members", _("Members")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        APPLIED = "applied", _("Imported")
        CANCELLED = "cancelled", _("Cancelled")

    forum = models.ForeignKey("forum.Forum", on_delete=models.CASCADE, related_name="+", verbose_name=_("forum"))
    kind = models.CharField(_("what"), max_length=10, choices=Kind.choices)
    file_name = models.CharField(_("file"), max_length=200)
    data = models.BinaryField(verbose_name=_("imported data"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("created by")
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    applied_at = models.DateTimeField(null=True, blank=True, verbose_name=_("applied at"))
    summary = models.JSONField(default=dict, blank=True, verbose_name=_("import summary"))

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("directory import")
        verbose_name_plural = _("directory imports")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.file_name}"

    @property
    def audit_forum_id(self) -> int | None:
        return self.forum_id
