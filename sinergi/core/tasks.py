"""Background work shared by every app."""

from __future__ import annotations

from django_tasks import task


@task()
def deliver_email(subject: str, body: str, recipients: list[str], attempt: int) -> str:
    """A retry of an e-mail whose earlier attempt failed (see `sinergi.core.mail`)."""
    from sinergi.core.mail import send_or_retry

    return send_or_retry(subject, body, recipients, attempt)
