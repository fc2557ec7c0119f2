"""The daily summary: one e-mail a morning listing the messages a member chose to read that way.

`send_templated` keeps the subject and link of such a message as a `HeldNotification`. Every
hour the task queue runs `send_due`: a member whose oldest held message came from a forum where
it is now past `HOUR` in the morning gets one summary of everything held before that morning
(later messages wait for the next day), through the same seam as every other message. Each row
is claimed by deleting it, so two runs never list a message twice.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from sinergi.core.mail import send_templated
from sinergi.core.models import HeldNotification

HOUR = 7  # the forum's morning, when the working day starts


def morning_of(moment: dt.datetime, time_zone: str) -> dt.datetime:
    """The start of the summary's morning on the day a moment falls in, in that zone."""
    zone = ZoneInfo(time_zone)
    return dt.datetime.combine(moment.astimezone(zone).date(), dt.time(HOUR), tzinfo=zone)


def send_due(now: dt.datetime | None = None) -> int:
    """Send every summary whose morning has come; how many went out at once."""
    now = now or timezone.now()
    sent = 0
    for member_id in HeldNotification.objects.order_by().values_list("member_id", flat=True).distinct():
        oldest = HeldNotification.objects.filter(member_id=member_id).select_related("member").first()
        if oldest is None:  # sent by another run meanwhile
            continue
        morning = morning_of(now, oldest.time_zone)
        if now >= morning:
            sent += send_summary(oldest.member, before=morning) == "sent"
    return sent


def send_summary(member, before: dt.datetime) -> str:
    """One e-mail listing what was held for the member before a moment; the rows go with it."""
    waiting = HeldNotification.objects.filter(member=member, held_at__lt=before)
    items = [item for item in waiting if HeldNotification.objects.filter(pk=item.pk).delete()[0]]
    if not items or not member.is_active:
        return "skipped"
    context = {"items": items, "settings_url": settings.SITE_URL + reverse("account:notifications")}
    return send_templated("core/email/daily_summary", context, member)
