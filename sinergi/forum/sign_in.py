"""Signing in with a limit on guessing: after `SIGN_IN_FAILURES_PER_ACCOUNT` wrong passwords for one
e-mail from one address, or `SIGN_IN_FAILURES_PER_CLIENT` from one address in all, within
`SIGN_IN_LOCK_MINUTES`, sign-in from that address is refused for the rest of that time, even with
the right password, with a clear message. The count is per address so that a stranger cannot
lock an officer out of their own account; resetting the password clears it.

Counted in the database, so every web worker on every host sees the same count.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math

from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm, SetPasswordForm
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import ngettext

from sinergi.core.clients import client_fingerprint
from sinergi.forum.models import SignInFailure


def account_key(email: str) -> str:
    return hashlib.sha256(f"{settings.SECRET_KEY}:sign-in:{email.strip().lower()}".encode()).hexdigest()


def minutes_locked(email: str, client: str, now: dt.datetime | None = None) -> int:
    """How many minutes sign-in stays refused for this e-mail from this address; 0 when it is not."""
    now = now or timezone.now()
    window = dt.timedelta(minutes=settings.SIGN_IN_LOCK_MINUTES)
    recent = SignInFailure.objects.filter(at__gt=now - window)
    ends = []
    for failures, limit in ((recent.filter(account=account_key(email), client=client),
                             settings.SIGN_IN_FAILURES_PER_ACCOUNT),
                            (recent.filter(client=client), settings.SIGN_IN_FAILURES_PER_CLIENT)):  # fmt: skip
        times = list(failures.order_by("-at").values_list("at", flat=True)[:limit])
        if len(times) >= limit:
            ends.append(times[-1] + window)  # the oldest failure that counts leaves the window then
    return math.ceil((max(ends) - now).total_seconds() / 60) if ends else 0


def record_failure(email: str, client: str) -> None:
    now = timezone.now()
    SignInFailure.objects.create(account=account_key(email), client=client, at=now)
    # Old failures count for nothing; a day's grace keeps the table small without a task.
    SignInFailure.objects.filter(at__lt=now - dt.timedelta(days=1)).delete()


def forget_failures(email: str) -> None:
    SignInFailure.objects.filter(account=account_key(email)).delete()


class SignInForm(AuthenticationForm):
    """Django's sign-in form, refusing while an account or address is locked out."""

    def clean(self):
        email = self.cleaned_data.get("username") or ""
        client = client_fingerprint(self.request) if self.request else ""
        minutes = minutes_locked(email, client)
        if minutes:
            raise ValidationError(ngettext(
                "Too many wrong passwords. Try again in %(minutes)d minute, or reset your password.",
                "Too many wrong passwords. Try again in %(minutes)d minutes, or reset your password.",
                minutes) % {"minutes": minutes}, code="locked")  # fmt: skip
        try:
            cleaned = super().clean()
        except ValidationError:
            if email:
                record_failure(email, client)
            raise
        forget_failures(email)
        return cleaned


class NewPasswordForm(SetPasswordForm):
    """Setting a new password from the reset link ends any lock on the account."""

    def save(self, commit: bool = True):
        user = super().save(commit)
        forget_failures(user.email)
        return user
