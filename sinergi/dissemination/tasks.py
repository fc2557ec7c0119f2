"""Background work of dissemination: telling the agencies' admins, reminding them once before the due time
and once when it has passed, and keeping the clash-detection index in step with the releases."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django_tasks import task
from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from sinergi.core.mail import sent_count
from sinergi.core.tasks import enqueue_or_defer
from sinergi.dissemination import clash_index
from sinergi.dissemination.amplification import admins_of, is_done
from sinergi.dissemination.models import AmplificationRequest, AmplificationTarget
from sinergi.releases.models import Release

MESSAGES = {"asked", "reminder", "late", "withdrawn"}
REMIND_BEFORE = dt.timedelta(hours=3)
LATE_WINDOW = dt.timedelta(days=1)


@task()
def tell_agencies(request_id: int, message: str, target_ids: list[int] | None = None) -> int:
    """E-mail the admins of each agency asked (or of `target_ids`); each target keeps how many were told."""
    request = AmplificationRequest.objects.select_related("forum", "release").filter(pk=request_id).first()
    if request is None or message not in MESSAGES:
        return 0
    targets = request.targets.select_related("agency")
    if target_ids is not None:
        targets = targets.filter(pk__in=target_ids)
    total = 0
    for target in targets:
        context = {"request": request, "target": target, "message": message,
                   "url": settings.SITE_URL + reverse("dissemination:board", args=[request.pk])}  # fmt: skip
        told = sent_count("dissemination/email/amplification", context, admins_of(target.agency),
                          forum=request.forum, kind="dissemination.amplification")  # fmt: skip
        if message == "asked":
            AmplificationTarget.objects.filter(pk=target.pk).update(told=told)
        total += told
    return total


def send_reminders(now: dt.datetime | None = None) -> dict[str, int]:
    """Once per agency: a reminder when the due time is near, and news when it has passed unshared. Returns
    how many agencies' admins were reminded."""
    now = now or timezone.now()
    sent = {"reminder": 0, "late": 0}
    open_targets = AmplificationTarget.objects.filter(request__closed_at__isnull=True, declined_at__isnull=True)
    # A reminder only for a request asked well before its time (not an urgent one asked two hours ahead),
    # and news of lateness only in the day after the due time: old requests are never swept again.
    due_soon = open_targets.filter(reminded_at__isnull=True, request__due_at__gt=now,
                                   request__due_at__lte=now + REMIND_BEFORE,
                                   request__created_at__lte=now - REMIND_BEFORE / 2)  # fmt: skip
    late = open_targets.filter(late_notice_at__isnull=True, request__due_at__lte=now,
                               request__due_at__gt=now - LATE_WINDOW)  # fmt: skip
    for message, field, targets in (("reminder", "reminded_at", due_soon), ("late", "late_notice_at", late)):
        for target in targets.select_related("request", "agency").prefetch_related("reports", "agency__social_accounts"):
            if is_done(target) or not admins_of(target.agency):
                continue  # shared already, or nobody to remind (the board says so)
            # Claimed by one UPDATE, so two workers never send the same reminder.
            if AmplificationTarget.objects.filter(Q(**{f"{field}__isnull": True}), pk=target.pk).update(**{field: now}):
                enqueue_or_defer(tell_agencies, target.request_id, message, [target.pk])
                sent[message] += 1
    return sent


@db_periodic_task(crontab(minute="*/10"))
def remind_amplification() -> None:
    send_reminders()


@task()
def index_release(release_id: int) -> bool:
    """A saved release's clash keys, off the save's own path (stemming a long text takes a moment)."""
    release = Release.objects.filter(pk=release_id).only("pk", "title", "summary", "body").first()
    return clash_index.index(release) if release else False


@db_periodic_task(crontab(minute="*/10"))
def index_stale_releases() -> None:
    """Releases saved before clash detection existed, or under an older version of it, a batch at a time."""
    clash_index.index_missing()
