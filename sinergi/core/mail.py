"""E-mail that survives a mail server being away: a failed sending is retried by the task queue.

The first attempt is made at once. When the server cannot be reached, drops the connection or
answers with a temporary (4xx) error, the message is kept as an `OutgoingEmail` row and its id
queued again after each delay in `EMAIL_RETRY_DELAYS` (seconds, with some jitter so that a
batch does not return all at once); after the last it is marked failed, logged, and left for
an administrator to see. A permanent refusal (5xx: no such mailbox, bad login) is not retried.
A requester's registration number never depends on this: it is on screen first.

A message sent `about` a record (`"ppid.notice:12"`) reports how it ended to the listener
registered for that kind of record (`reports_to`): "sent", "retrying" or "failed" with the
server's reason, so that a screen shows what happened to the letter, not what was hoped for.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import re
import smtplib
from collections.abc import Callable

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from sinergi.core import notifications
from sinergi.core.models import Delivery, OutgoingEmail

log = logging.getLogger(__name__)


def _transient(error: Exception) -> bool:
    """Whether trying again later may help: the server away or busy, not a refusal of the message."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(400 <= code < 500 for code, _message in error.recipients.values())
    if isinstance(error, smtplib.SMTPResponseException):
        return 400 <= error.smtp_code < 500
    return isinstance(error, (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError, OSError))


def _masked(recipients: list[str]) -> str:
    """For the log: enough to tell messages apart, not the address."""
    return ", ".join(f"{address[:2]}…@{address.rpartition('@')[2]}" for address in recipients)


def _send(subject: str, body: str, recipients: list[str], headers: dict | None) -> None:
    EmailMessage(subject, body, None, recipients, headers=headers or None).send()


_ADDRESS = re.compile(r"[^\s<>@]+@[^\s<>@]+")

# "ppid.notice" -> the function told (record id, outcome, reason) when a message about one ends.
_listeners: dict[str, Callable[[int, str, str], None]] = {}


def reports_to(kind: str):
    """Register the function told how each message `about` a `kind:<id>` record ended."""

    def register(listener):
        _listeners[kind] = listener
        return listener

    return register


def _report(about: str, outcome: str, reason: str = "") -> None:
    kind, _sep, object_id = about.rpartition(":")
    listener = _listeners.get(kind)
    if listener is not None and object_id.isdigit():
        listener(int(object_id), outcome, reason[:500])


def _reason(error: Exception) -> str:
    """The server's answer without the addresses it may quote: it is shown and logged."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = sorted({code for code, _message in error.recipients.values()})
        return f"SMTP {', '.join(map(str, codes))}: recipient refused"
    if isinstance(error, smtplib.SMTPResponseException):
        text = error.smtp_error.decode(errors="replace") if isinstance(error.smtp_error, bytes) else str(error.smtp_error)
        return f"SMTP {error.smtp_code}: {_ADDRESS.sub('…', text)}"
    return _ADDRESS.sub("…", f"{type(error).__name__}: {error}")


def send_or_retry(subject: str, body: str, recipients: list[str], headers: dict | None = None,
                  about: str = "") -> str:  # fmt: skip
    """Send now; on a temporary failure keep the message and queue a retry. "sent", "retrying" or "failed"."""
    subject = " ".join(subject.split())  # a line break in a subject is refused by every mail library
    try:
        _send(subject, body, recipients, headers)
    except (smtplib.SMTPException, OSError) as error:
        reason = _reason(error)
        if not _transient(error):
            log.error("E-mail %r to %s refused for good: %s", subject, _masked(recipients), reason)
            if about:
                _report(about, "failed", reason)
            return "failed"
        with transaction.atomic():
            message = OutgoingEmail.objects.create(subject=subject, body=body, to=recipients, headers=headers or {},
                                                   last_error=reason, about=about)  # fmt: skip
            _queue(message)
            if about:
                _report(about, "retrying", reason)
        return "retrying"
    if about:
        _report(about, "sent")
    return "sent"


def _queue(message) -> None:
    # Here, not at the top: core.tasks' deliver_email calls `retry` of this module (an import loop).
    from sinergi.core.tasks import deliver_email, enqueue_or_defer

    delays = settings.EMAIL_RETRY_DELAYS
    wait = delays[min(message.attempts, len(delays)) - 1] * random.uniform(1.0, 1.2)
    when = timezone.now() + dt.timedelta(seconds=wait)
    log.warning("E-mail %r to %s failed (%s); retrying at %s", message.subject, _masked(message.to),
                message.last_error, when)  # fmt: skip
    enqueue_or_defer(deliver_email, message.pk, run_after=when)


def retry(message_id: int) -> str:
    """One more attempt at a kept message; deleted once sent, marked failed after the last attempt."""
    message = OutgoingEmail.objects.filter(pk=message_id, failed_at__isnull=True).first()
    if message is None:
        return "skipped"  # sent or given up by another run
    try:
        _send(message.subject, message.body, message.to, message.headers)
    except (smtplib.SMTPException, OSError) as error:
        message.attempts += 1
        message.last_error = _reason(error)
        if not _transient(error) or message.attempts > len(settings.EMAIL_RETRY_DELAYS):
            message.failed_at = timezone.now()
            message.save(update_fields=["attempts", "last_error", "failed_at"])
            log.error("E-mail %r to %s failed after %d attempts: %s", message.subject, _masked(message.to),
                      message.attempts, message.last_error)  # fmt: skip
            if message.about:
                _report(message.about, "failed", message.last_error)
            return "failed"
        with transaction.atomic():
            message.save(update_fields=["attempts", "last_error"])
            _queue(message)
        return "retrying"
    OutgoingEmail.objects.filter(pk=message.pk).delete()
    if message.about:
        _report(message.about, "sent")
    return "sent"


def forget_old_failures() -> int:
    """Given-up messages are kept for an administrator to see, then deleted with what they held."""
    limit = timezone.now() - dt.timedelta(days=settings.OUTGOING_EMAIL_KEEP_DAYS)
    return OutgoingEmail.objects.filter(failed_at__lt=limit).delete()[0]


def send_templated(prefix: str, context: dict, to, *, forum=None, kind: str | None = None,
                   headers: dict | None = None, about: str = "") -> str:  # fmt: skip
    """The one way Sinergi sends a message: render `<prefix>_subject.txt` and `<prefix>.txt`, then send or retry.

    Rendered in the forum's language and time zone (Indonesian and the installation's zone when
    no forum is given), so that dates in every message read as the forum reads them. `to` is an
    address, a member (anything with an `email`), or a list of either; each gets their own copy,
    with `person` in the context when it is a member. `kind` names the kind of message
    (`sinergi.core.notifications`), and a member's copy follows their setting for it: "held" when
    its subject and link (`url` in the context) wait for their daily summary, "inbox" when they
    read such messages only in Sinergi. None is a message that always goes (the law requires it,
    or it is to a requester). Returns "sent", "retrying", "failed", "held", "inbox" or "skipped"
    (nobody to send to); for several recipients, the outcome of the last, and `sent_count`
    counts the copies that went out. `about` names the record whose listener hears the outcome.
    """
    outcome = "skipped"
    for recipient in to if isinstance(to, (list, tuple)) else [to]:
        address = recipient if isinstance(recipient, str) else getattr(recipient, "email", "")
        if not address:
            continue
        person = None if isinstance(recipient, str) else recipient
        delivery = notifications.delivery_for(person, kind)
        if delivery == Delivery.INBOX:
            outcome = "inbox"
            continue
        language = getattr(forum, "language", None) or settings.LANGUAGE_CODE
        zone = getattr(forum, "time_zone", None) or settings.TIME_ZONE
        with translation.override(language), timezone.override(zone):
            copy = {"forum": forum, **context, **({"person": person} if person else {})}
            subject = render_to_string(f"{prefix}_subject.txt", copy).strip()
            if delivery == Delivery.DAILY:
                notifications.hold(person, kind, subject, copy.get("url", ""), zone)
                outcome = "held"
                continue
            body = render_to_string(f"{prefix}.txt", copy)
        outcome = send_or_retry(subject, body, [address], headers, about)
    return outcome


def sent_count(prefix: str, context: dict, to, **kwargs) -> int:
    """`send_templated` to each recipient in turn; how many copies went out at once (not held, not inbox only)."""
    return sum(send_templated(prefix, context, recipient, **kwargs) == "sent" for recipient in to)
