"""Telling people about meetings: invitations, the reminder the day before, cancellations."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone

from sinergi.forum.models import Forum
from sinergi.meetings.invitations import invitees, reached_by
from sinergi.meetings.models import Invitation, Meeting, MeetingStatus, RsvpAnswer


def invite(meeting: Meeting, invitation: Invitation) -> int:
    """E-mail the people one new invitation reaches, after commit. Returns how many."""
    from sinergi.meetings.tasks import send_meeting_mail

    people = list(reached_by(invitation).values_list("pk", flat=True))
    if people and not meeting.is_cancelled:
        send_meeting_mail.enqueue(meeting.pk, "invitation", people)
        Invitation.objects.filter(pk=invitation.pk).update(sent_at=timezone.now())
    return len(people)


def tell_cancelled(meeting: Meeting) -> int:
    from sinergi.meetings.tasks import send_meeting_mail

    people = list(invitees(meeting).values_list("pk", flat=True))
    if people:
        send_meeting_mail.enqueue(meeting.pk, "cancelled", people)
    return len(people)


def remind_tomorrows_meetings(now: dt.datetime | None = None) -> int:
    """The day before, everyone invited who has not declined hears of the meeting, once."""
    from sinergi.meetings.tasks import send_meeting_mail

    now = now or timezone.now()
    due = Meeting.objects.none()
    for forum in Forum.objects.all():  # "tomorrow" is each forum's own (WIB, WITA, WIT)
        zone = ZoneInfo(forum.time_zone)
        start = dt.datetime.combine(now.astimezone(zone).date() + dt.timedelta(days=1), dt.time.min, tzinfo=zone)
        due |= Meeting.objects.filter(forum=forum, status=MeetingStatus.SCHEDULED, reminded_at__isnull=True,
                                      start__gte=start, start__lt=start + dt.timedelta(days=1))  # fmt: skip
    reminded = 0
    for meeting in due:
        with transaction.atomic():
            # A conditional update, so two runs of the task remind once.
            if not Meeting.objects.filter(pk=meeting.pk, reminded_at__isnull=True).update(reminded_at=now):
                continue
            declined = meeting.rsvps.filter(answer=RsvpAnswer.NO).values("member")
            people = list(invitees(meeting).exclude(pk__in=declined).values_list("pk", flat=True))
            if people:
                send_meeting_mail.enqueue(meeting.pk, "reminder", people)
                reminded += 1
    return reminded
