"""Background work shared by every app."""

from __future__ import annotations

from django_tasks import task
from huey import crontab
from huey.contrib.djhuey import db_periodic_task


@task()
def deliver_email(message_id: int) -> str:
    """A retry of an e-mail whose earlier attempt failed (see `sinergi.core.mail`); only its id is queued."""
    from sinergi.core.mail import retry

    return retry(message_id)


@db_periodic_task(crontab(hour="20", minute="17"))  # 03.17 WIB
def forget_old_emails() -> None:
    from sinergi.core.mail import forget_old_failures

    forget_old_failures()
