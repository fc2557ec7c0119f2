"""Failed "cek status" lookups, counted so that nobody can guess their way to another person's request."""

from __future__ import annotations

from django.db import models
from django.utils import timezone


class StatusCheckFailure(models.Model):
    """One lookup that matched no request: who tried (a keyed hash of the address) and which number."""

    forum = models.ForeignKey("forum.Forum", on_delete=models.CASCADE, related_name="+")
    client = models.CharField(max_length=64, db_index=True)
    number = models.CharField(max_length=40, db_index=True)
    at = models.DateTimeField(default=timezone.now, db_index=True)

    audit_trail_exempt = True  # a counter of attempts, deleted after a day

    class Meta:
        verbose_name = "failed status check"
        verbose_name_plural = "failed status checks"

    def __str__(self) -> str:
        return f"{self.number} {self.at:%Y-%m-%d %H:%M}"
