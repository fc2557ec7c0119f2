"""Telling people about meetings: invitations, the reminder the day before, cancellations."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone

from sinergi.core.tasks import enqueue_or_defer
from sinergi.forum.models import Forum
from sinergi.meetings.invitations import invitees, reached_by
from sinergi.meetings.models import Invitation, Meeting, MeetingStatus, RsvpAnswer


def invite(meeting: Meeting, invitation: Invitation) -> int:
    """E-mail the people a new invitation reaches who were not invited already, after commit."""
    from sinergi.meetings.tasks import send_meeting_mail  # a cycle: the tasks call these functions

    before = meeting.invitations.exclude(pk=invitation.pk)
    already = set(invitees(meeting, before).values_list("pk", flat=True))
    people = [pk for pk in reached_by(invitation).values_list("pk", flat=True) if pk not in already]
    if people and not meeting.is_cancelled:
        enqueue_or_defer(send_meeting_mail, meeting.pk, "invitation", people)
        Invitation.objects.filter(pk=invitation.pk).update(sent_at=timezone.now())
    return len(people)


def invite_to_series(series, invitation: Invitation) -> int:
    """A series invitation goes to every coming meeting of the series; the people hear of the next one."""
    coming = list(series.meetings.upcoming())
    copies = [meeting.invitations.create(kind=invitation.kind, agency_id=invitation.agency_id, role=invitation.role,
                                         member_id=invitation.member_id) for meeting in coming]  # fmt: skip
    return invite(coming[0], copies[0]) if coming else 0


def tell(meeting: Meeting, message: str) -> int:
    """E-mail everyone invited that the meeting was changed ("changed") or cancelled ("cancelled")."""
    from sinergi.meetings.tasks import send_meeting_mail  # a cycle: the tasks call these functions

    people = list(invitees(meeting).values_list("pk", flat=True))
    if people:
        enqueue_or_defer(send_meeting_mail, meeting.pk, message, people)
    return len(people)


def remind_tomorrows_meetings(now: dt.datetime | None = None) -> int:
    """The day before, everyone invited who has not declined hears of the meeting, once."""
    from sinergi.meetings.tasks import send_meeting_mail  # a cycle: the tasks call these functions

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
                enqueue_or_defer(send_meeting_mail, meeting.pk, "reminder", people)
                reminded += 1
    return reminded
