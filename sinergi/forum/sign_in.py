"""Signing in with a limit on guessing: after `SIGN_IN_FAILURES_PER_ACCOUNT` wrong passwords (or
wrong two-step codes) for one e-mail from one address, or `SIGN_IN_FAILURES_PER_CLIENT` failures
and reset requests from one address in all, within `SIGN_IN_LOCK_MINUTES`, sign-in from that
address is refused for the rest of that time, even with the right password, with a clear message.
The count is per address so that a stranger cannot lock an officer out of their own account;
resetting the password clears it.

Every way in shares this one count: the sign-in form and its code step, the admin (which sends
people to the form), `POST /api/token/`, and the authentication backend itself (forum/auth.py),
which refuses while locked and counts every wrong password whoever asked. Password-reset e-mails
are limited too: `PASSWORD_RESETS_PER_ACCOUNT` per e-mail, and they count toward the address's limit.

Counted in the database, so every web worker on every host sees the same count.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math

from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm, SetPasswordForm
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from sinergi.core.clients import client_fingerprint
from sinergi.forum.models import SignInFailure


def _key(purpose: str, email: str) -> str:
    return hashlib.sha256(f"{settings.SECRET_KEY}:{purpose}:{email.strip().lower()}".encode()).hexdigest()


def account_key(email: str) -> str:
    return _key("sign-in", email)


def reset_key(email: str) -> str:
    """Reset requests are rows of the same table under another key: a sign-in never clears them."""
    return _key("password-reset", email)


def client_of(request) -> str:
    """The keyed address of whoever sent `request`; empty when there is no request (a test's `login()`)."""
    return client_fingerprint(request) if request is not None else ""


def _lock_ends(rows: QuerySet, limit: int, now: dt.datetime) -> dt.datetime | None:
    """When the oldest of the last `limit` rows leaves the window, if there are that many."""
    times = list(rows.order_by("-at").values_list("at", flat=True)[:limit])
    if len(times) >= limit:
        return times[-1] + dt.timedelta(minutes=settings.SIGN_IN_LOCK_MINUTES)
    return None


def _minutes_left(ends: list[dt.datetime | None], now: dt.datetime) -> int:
    ends = [end for end in ends if end is not None]
    return math.ceil((max(ends) - now).total_seconds() / 60) if ends else 0


def _recent(now: dt.datetime) -> QuerySet:
    return SignInFailure.objects.filter(at__gt=now - dt.timedelta(minutes=settings.SIGN_IN_LOCK_MINUTES))


def minutes_locked(email: str, client: str, now: dt.datetime | None = None) -> int:
    """How many minutes sign-in stays refused for this e-mail from this address; 0 when it is not."""
    now = now or timezone.now()
    recent = _recent(now)
    return _minutes_left([
        _lock_ends(recent.filter(account=account_key(email), client=client),
                             settings.SIGN_IN_FAILURES_PER_ACCOUNT, now),
        _lock_ends(recent.filter(client=client), settings.SIGN_IN_FAILURES_PER_CLIENT, now),
    ], now)  # fmt: skip


def record_failure(email: str, client: str) -> None:
    now = timezone.now()
    SignInFailure.objects.create(account=account_key(email), client=client, at=now)
    # Old failures count for nothing; a day's grace keeps the table small without a task.
    SignInFailure.objects.filter(at__lt=now - dt.timedelta(days=1)).delete()


def forget_failures(email: str) -> None:
    SignInFailure.objects.filter(account=account_key(email)).delete()


def locked_message(minutes: int) -> str:
    return ngettext(
        "Too many wrong passwords. Try again in %(minutes)d minute, or reset your password.",
        "Too many wrong passwords. Try again in %(minutes)d minutes, or reset your password.",
        minutes) % {"minutes": minutes}  # fmt: skip


class SignInLocked(PermissionDenied):
    """Raised by the backend while an account or address is locked: Django's `authenticate()`
    then stops asking any backend and answers None."""

    def __init__(self, minutes: int):
        super().__init__(locked_message(minutes))
        self.minutes = minutes


def refuse_if_locked(email: str, client: str) -> None:
    minutes = minutes_locked(email, client)
    if minutes:
        raise SignInLocked(minutes)


# --- Password-reset requests -------------------------------------------------------------


def minutes_until_reset_allowed(email: str, client: str, now: dt.datetime | None = None) -> int:
    now = now or timezone.now()
    recent = _recent(now)
    return _minutes_left([
        _lock_ends(recent.filter(account=reset_key(email)), settings.PASSWORD_RESETS_PER_ACCOUNT, now),
        _lock_ends(recent.filter(client=client), settings.SIGN_IN_FAILURES_PER_CLIENT, now),
    ], now)  # fmt: skip


def record_reset_request(email: str, client: str) -> None:
    SignInFailure.objects.create(account=reset_key(email), client=client)


# --- Forms -------------------------------------------------------------------------------


class SignInForm(AuthenticationForm):
    """Django's sign-in form, refusing while an account or address is locked out.

    The backend counts a wrong password; the lock is checked here first only to say why."""

    def clean(self):
        email = self.cleaned_data.get("username") or ""
        minutes = minutes_locked(email, client_of(self.request))
        if minutes:
            raise ValidationError(locked_message(minutes), code="locked")
        return super().clean()


class ResetRequestForm(PasswordResetForm):
    """Asking for a reset link, a few times per e-mail and within the address's sign-in limit.

    Counted for any address typed, known or not, so the answer reveals no account."""

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request

    def clean(self):
        cleaned = super().clean()
        email = cleaned.get("email")
        if email:
            client = client_of(self.request)
            minutes = minutes_until_reset_allowed(email, client)
            if minutes:
                raise ValidationError(ngettext(
                    "Too many reset requests. Check your inbox (and spam folder) or try again in %(minutes)d minute.",
                    "Too many reset requests. Check your inbox (and spam folder) or try again in %(minutes)d minutes.",
                    minutes) % {"minutes": minutes}, code="throttled")  # fmt: skip
            record_reset_request(email, client)
        return cleaned


class NewPasswordForm(SetPasswordForm):
    """Setting a new password from the reset link ends any lock on the account."""

    def save(self, commit: bool = True):
        user = super().save(commit)
        forget_failures(user.email)
        return user


class CodeForm(forms.Form):
    """The second step: the app's six-digit code, or a recovery code."""

    code = forms.CharField(
        label=_("Code"), max_length=20, strip=True,
        help_text=_("The six digits your authenticator app shows now, or one of your recovery codes."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autocapitalize": "off",
                                      "spellcheck": "false"}),
    )  # fmt: skip
