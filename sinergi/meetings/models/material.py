"""Speakers' slides and documents: attached to a meeting, kept in the forum's library by topic."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sinergi.core import limits


def material_path(instance: Material, filename: str) -> str:
    # Never served from the media folder: a view checks that the reader is a member.
    return f"meetings/materials/{instance.storage_key[:2]}/{instance.storage_key}"


class Material(models.Model):
    forum = models.ForeignKey("forum.Forum", on_delete=models.CASCADE, related_name="+", verbose_name=_("forum"))
    meeting = models.ForeignKey("meetings.Meeting", null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="materials", verbose_name=_("meeting"))  # fmt: skip
    speaker = models.ForeignKey("meetings.Speaker", null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="materials", verbose_name=_("speaker"))  # fmt: skip
    title = models.CharField(_("title"), max_length=300)
    topic = models.CharField(_("topic"), max_length=200, help_text=_("E.g. media relations, Satu Data, KIP."))
    description = models.TextField(_("description"), blank=True, max_length=limits.LONG_TEXT)
    file = models.FileField(_("file"), upload_to=material_path, max_length=200)
    file_name = models.CharField(max_length=200, editable=False, verbose_name=_("file name"))
    content_type = models.CharField(max_length=100, editable=False, verbose_name=_("file type"))
    size = models.PositiveIntegerField(default=0, editable=False, verbose_name=_("size"))
    text = models.TextField(
        blank=True,
        editable=False,
        help_text="Extracted text, for the library search.",
        verbose_name=_("extracted text"),
    )
    storage_key = models.CharField(
        max_length=43, default=secrets.token_urlsafe, unique=True, editable=False, verbose_name=_("storage name")
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("uploaded by")
    )
    uploaded_at = models.DateTimeField(auto_now_add=True, verbose_name=_("uploaded at"))

    # The audit trail notes that the extracted text changed, without copying pages of it.
    audit_masked_fields = ("text",)

    class Meta:
        ordering = ["-uploaded_at"]
        verbose_name = _("material")
        verbose_name_plural = _("materials")

    def __str__(self) -> str:
        return self.title

    @property
    def audit_forum_id(self) -> int | None:
        return self.forum_id
