"""Failed sign-ins, counted to slow down password guessing. Neither the e-mail nor the address is
stored: both are keyed hashes."""

from __future__ import annotations

from django.db import models
from django.utils import timezone


class SignInFailure(models.Model):
    account = models.CharField(max_length=64, db_index=True)  # keyed hash of the e-mail typed
    client = models.CharField(max_length=64, db_index=True)  # keyed hash of the address
    at = models.DateTimeField(default=timezone.now, db_index=True)

    audit_trail_exempt = True  # a counter, not a record anyone changes

    def __str__(self) -> str:
        return f"{self.account[:8]} {self.at:%Y-%m-%d %H:%M}"
