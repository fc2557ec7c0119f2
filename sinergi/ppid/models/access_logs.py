"""Logs kept for the requesters' sake: failed "cek status" lookups (counted so that nobody guesses their way to
another person's request) and every download of their ID scan or of a register with their identity."""

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


class PersonalDataAccess(models.Model):
    """Who downloaded a requester's ID scan or a register holding requesters' identities, and when."""

    forum = models.ForeignKey("forum.Forum", on_delete=models.CASCADE, related_name="+", verbose_name="forum")
    member = models.ForeignKey("forum.Member", null=True, on_delete=models.SET_NULL, related_name="+",
                               verbose_name="member")  # fmt: skip
    what = models.CharField("what", max_length=60)  # "identitas", "register-permohonan.xlsx", ...
    request = models.ForeignKey("ppid.InformationRequest", null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="+", verbose_name="request")  # fmt: skip
    at = models.DateTimeField("at", default=timezone.now, db_index=True)

    audit_trail_exempt = True  # itself a log

    class Meta:
        ordering = ["-at"]
        verbose_name = "personal data download"
        verbose_name_plural = "personal data downloads"

    def __str__(self) -> str:
        return f"{self.what} {self.at:%Y-%m-%d %H:%M}"
