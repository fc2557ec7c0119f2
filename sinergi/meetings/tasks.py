"""Background work of meetings: invitations, reminders and cancellations by e-mail."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django_tasks import task
from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from sinergi.core.mail import sent_count
from sinergi.forum.models import Forum, Member
from sinergi.meetings import actions, notifications, series
from sinergi.meetings.models import Action, Meeting, MeetingSeries, Minutes

MESSAGES = {"invitation", "reminder", "changed", "cancelled"}
# A change or a cancellation is news of the invitation, so it follows the same setting.
MEETING_KINDS = {"invitation": "meetings.invitation", "changed": "meetings.invitation",
                 "cancelled": "meetings.invitation", "reminder": "meetings.reminder"}  # fmt: skip


@task()
def send_meeting_mail(meeting_id: int, message: str, member_ids: list[int]) -> int:
    """One e-mail per person, with the meeting's link. Returns how many were sent at once."""
    meeting = Meeting.objects.select_related("forum").filter(pk=meeting_id).first()
    if meeting is None or message not in MESSAGES:
        return 0
    context = {"meeting": meeting, "url": settings.SITE_URL + meeting.get_absolute_url(), "message": message}
    people = Member.objects.filter(pk__in=member_ids, is_active=True)
    return sent_count("meetings/email/meeting", context, people, forum=meeting.forum, kind=MEETING_KINDS[message])


@db_periodic_task(crontab(minute="7"))
def remind_meetings() -> None:
    """Every hour: the day-before reminders not yet sent."""
    notifications.remind_tomorrows_meetings()


# --- Minutes and follow-up actions ----------------------------------------------------------

MINUTES_MESSAGES = {"submitted", "approved", "sent_back"}
ACTION_MESSAGES = {"assigned", "due_soon", "overdue"}


@task()
def send_minutes_mail(meeting_id: int, message: str, member_ids: list[int]) -> int:
    """Minutes waiting for the chair, approved for the invited, or sent back to the writer. Returns how many sent."""
    meeting = Meeting.objects.select_related("forum", "chair").filter(pk=meeting_id).first()
    minutes = Minutes.objects.filter(meeting_id=meeting_id).first()
    if meeting is None or minutes is None or message not in MINUTES_MESSAGES:
        return 0
    context = {"meeting": meeting, "minutes": minutes, "message": message,
               "decisions": list(meeting.decisions.all()) if message == "approved" else [],
               "url": settings.SITE_URL + reverse("meetings:minutes", args=[meeting.pk])}  # fmt: skip
    people = Member.objects.filter(pk__in=member_ids, is_active=True)
    return sent_count("meetings/email/minutes", context, people, forum=meeting.forum, kind="meetings.minutes")


@task()
def send_action_mail(action_id: int, message: str, member_ids: list[int]) -> int:
    """A new action for its responsible people, a reminder before the due date, or news it is overdue."""
    action = Action.objects.select_related("agency", "person", "meeting").filter(pk=action_id).first()
    if action is None or message not in ACTION_MESSAGES:
        return 0
    forum = Forum.objects.get(pk=action.forum_id)
    context = {"action": action, "url": settings.SITE_URL + action.get_absolute_url(), "message": message}
    people = Member.objects.filter(pk__in=member_ids, is_active=True)
    return sent_count("meetings/email/action", context, people, forum=forum, kind="meetings.action")


# Hourly from 07.23 to 21.23 WIB (huey's crontab reads UTC): a run missed while the worker was
# down is made up the same day, and nobody is e-mailed at night. Each reminder goes once.
@db_periodic_task(crontab(minute="23", hour="0-14"))
def remind_actions() -> None:
    """Reminders of follow-up actions due soon, and news of those overdue."""
    actions.send_reminders()


@db_periodic_task(crontab(hour="19", minute="41"))  # 02.41 WIB
def plan_series() -> None:
    """Every night: keep each series planned a year ahead, so a series with no last date goes on."""
    today = timezone.now().date()
    for each in MeetingSeries.objects.exclude(ends_on__lt=today).select_related("forum"):
        series.plan(each)
