"""E-mail that survives a mail server being away: a failed sending is retried by the task queue.

The first attempt is made at once; when the server refuses or cannot be reached, the same
message is queued again after each delay in `EMAIL_RETRY_DELAYS` (seconds), then given up
and logged. A requester's registration number never depends on this: it is on screen first.
"""

from __future__ import annotations

import datetime as dt
import logging
import smtplib

from django.conf import settings
from django.core.mail import send_mail
from django.utils import timezone

log = logging.getLogger(__name__)

# What a mail server that is down, slow or refusing raises; a bug in our code is not retried.
TRANSIENT = (smtplib.SMTPException, OSError)


def send_or_retry(subject: str, body: str, recipients: list[str], attempt: int = 0) -> str:
    """Send now; on a transient failure queue a retry. Returns "sent", "retrying" or "failed"."""
    try:
        send_mail(subject, body, None, recipients)
    except TRANSIENT as error:
        delays = settings.EMAIL_RETRY_DELAYS
        if attempt >= len(delays):
            log.error("E-mail %r to %s failed after %d attempts: %s", subject, recipients, attempt + 1, error)
            return "failed"
        from sinergi.core.tasks import deliver_email

        when = timezone.now() + dt.timedelta(seconds=delays[attempt])
        log.warning("E-mail %r to %s failed (%s); retrying at %s", subject, recipients, error, when)
        deliver_email.using(run_after=when).enqueue(subject, body, recipients, attempt + 1)
        return "retrying"
    return "sent"
