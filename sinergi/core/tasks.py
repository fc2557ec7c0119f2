"""Background work shared by every app, and the one seam through which work is queued.

Every effect of a committed step (an e-mail, a notification, a scheduled publication) is
queued with `enqueue_or_defer`. When the queue cannot be reached (Redis down, its SQLite file
locked or unwritable) the step has already committed, so the effect is kept as a
`DeferredTask` row and handed to the queue when it answers again: by the periodic
`hand_over_deferred_tasks` and at the start of every worker. The person who took the step
sees it done, because it is; only its e-mail comes later.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3

from django.db import close_old_connections, transaction
from django.utils.module_loading import import_string
from django_tasks import task
from huey import crontab
from huey.contrib.djhuey import HUEY, db_periodic_task
from redis.exceptions import RedisError

from sinergi.core import daily_summary, mail
from sinergi.core.models import DeferredTask

log = logging.getLogger(__name__)

# What a queue that is away raises: redis-py's errors, SqliteHuey's, and the sockets' own.
QUEUE_DOWN = (RedisError, sqlite3.Error, OSError)


def enqueue_or_defer(work, *args, run_after: dt.datetime | None = None) -> None:
    """Queue `work(*args)` once the current transaction commits; if the queue is down, keep it in the database."""
    transaction.on_commit(lambda: _enqueue_now(work, list(args), run_after))


def _enqueue_now(work, args: list, run_after: dt.datetime | None, since: dt.datetime | None = None) -> bool:
    """Hand the work to the queue (outside a transaction); False when it was kept in the database instead."""
    try:
        (work.using(run_after=run_after) if run_after else work).enqueue(*args)
    except QUEUE_DOWN as error:
        log.warning("The task queue is unreachable (%s); %s%r kept in the database for later", error,
                    work.module_path, tuple(args))  # fmt: skip
        kept = DeferredTask.objects.create(task_path=work.module_path, args=args, run_after=run_after,
                                           last_error=f"{type(error).__name__}: {error}"[:2000])  # fmt: skip
        if since:  # kept again: it still shows when it first waited
            DeferredTask.objects.filter(pk=kept.pk).update(created_at=since)
        return False
    return True


def hand_over_deferred(limit: int = 500) -> int:
    """Give the queue what waited for it, oldest first; how many it took.

    Runs outside a transaction (a periodic task, a worker's start). Each row is claimed by
    deleting it, so two workers never hand the same one over; a queue still down keeps it again.
    """
    handed = 0
    for item in DeferredTask.objects.all()[:limit]:
        if not DeferredTask.objects.filter(pk=item.pk).delete()[0]:
            continue  # another worker took it
        try:
            work = import_string(item.task_path)
        except ImportError:
            log.error("Deferred task %s no longer exists; dropped with args %r", item.task_path, item.args)
            continue
        if not _enqueue_now(work, item.args, item.run_after, since=item.created_at):
            break  # still down: the rest wait for the next round
        handed += 1
    if handed:
        log.info("Handed %d deferred task(s) to the queue", handed)
    return handed


@db_periodic_task(crontab(minute="*"))
def hand_over_deferred_tasks() -> None:
    hand_over_deferred()


@HUEY.on_startup()
def hand_over_deferred_at_start() -> None:
    """A worker that starts after an outage empties the waiting room before the minute's round."""
    try:
        hand_over_deferred()
    finally:
        close_old_connections()


@task()
def deliver_email(message_id: int) -> str:
    """A retry of an e-mail whose earlier attempt failed (see `sinergi.core.mail`); only its id is queued."""
    return mail.retry(message_id)


@db_periodic_task(crontab(hour="20", minute="17"))  # 03.17 WIB
def forget_old_emails() -> None:
    mail.forget_old_failures()


# Hourly: each member's summary goes once their forum's morning has come (07.00 WIB, WITA or WIT).
@db_periodic_task(crontab(minute="3"))
def send_daily_summaries() -> None:
    daily_summary.send_due()
