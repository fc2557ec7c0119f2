"""Background work of publishing: scheduled publication, the safety sweep, notifications."""

from __future__ import annotations

import logging

from django.conf import settings
from django.utils import timezone
from django_tasks import task
from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from sinergi.core.mail import sent_count
from sinergi.releases.models import PublishBlocked, Release, ReleaseEvent, Status, TransitionError

log = logging.getLogger(__name__)


@task()
def publish_scheduled(release_id: int) -> str:
    """Publish a scheduled release if it is due. Safe twice: the second run finds it published."""
    release = Release.objects.select_related("agency").filter(pk=release_id).first()
    if release is None or release.status != Status.SCHEDULED or release.publish_at > timezone.now():
        return "skipped"
    try:
        release.publish(by=None)
    except PublishBlocked:
        return "blocked"
    except TransitionError:  # another worker won the race
        return "skipped"
    return "published"


def publish_due() -> int:
    """Publish every scheduled release whose time has come; the queue's safety net."""
    due = Release.objects.filter(status=Status.SCHEDULED, publish_at__lte=timezone.now(), publish_error="")
    return sum(publish_scheduled.call(pk) == "published" for pk in due.values_list("pk", flat=True))


@db_periodic_task(crontab(minute="*"))
def sweep_scheduled_releases() -> None:
    count = publish_due()
    if count:
        log.info("The sweep published %d scheduled release(s)", count)


@task()
def notify_event(event_id: int) -> int:
    """E-mail the people a workflow step concerns, as each chose. Returns how many were e-mailed at once."""
    from sinergi.releases.effects import recipients  # a cycle: effects enqueues these tasks

    event = ReleaseEvent.objects.select_related("release__agency__forum", "actor").filter(pk=event_id).first()
    if event is None:
        return 0
    context = {"event": event, "release": event.release,
               "url": settings.SITE_URL + event.release.get_workspace_url()}  # fmt: skip
    return sent_count("releases/email/event", context, recipients(event), forum=event.release.agency.forum,
                      kind="releases.event")  # fmt: skip
