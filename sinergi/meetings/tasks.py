"""Background work of meetings: invitations, reminders and cancellations by e-mail."""

from __future__ import annotations

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task
from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from sinergi.core.mail import send_or_retry

MESSAGES = {"invitation", "reminder", "changed", "cancelled"}


@task()
def send_meeting_mail(meeting_id: int, message: str, member_ids: list[int]) -> int:
    """One e-mail per person, in Indonesian, with the meeting's link. Returns how many were sent."""
    from sinergi.forum.models import Member
    from sinergi.meetings.models import Meeting

    meeting = Meeting.objects.select_related("forum").filter(pk=meeting_id).first()
    if meeting is None or message not in MESSAGES:
        return 0
    url = settings.SITE_URL + meeting.get_absolute_url()
    sent = 0
    with translation.override("id"), timezone.override(meeting.forum.time_zone):
        for person in Member.objects.filter(pk__in=member_ids, is_active=True):
            context = {"meeting": meeting, "person": person, "url": url, "message": message}
            subject = render_to_string("meetings/email/subject.txt", context).strip()
            body = render_to_string("meetings/email/meeting.txt", context)
            sent += send_or_retry(subject, body, [person.email]) == "sent"
    return sent


@db_periodic_task(crontab(minute="7"))
def remind_meetings() -> None:
    """Every hour: the day-before reminders not yet sent."""
    from sinergi.meetings.notifications import remind_tomorrows_meetings

    remind_tomorrows_meetings()


# --- Minutes and follow-up actions ----------------------------------------------------------

MINUTES_MESSAGES = {"submitted", "approved", "sent_back"}
ACTION_MESSAGES = {"assigned", "due_soon", "overdue"}


@task()
def send_minutes_mail(meeting_id: int, message: str, member_ids: list[int]) -> int:
    """Minutes waiting for the chair, approved for the invited, or sent back to the writer. Returns how many sent."""
    from django.urls import reverse

    from sinergi.forum.models import Member
    from sinergi.meetings.models import Meeting, Minutes

    meeting = Meeting.objects.select_related("forum", "chair").filter(pk=meeting_id).first()
    minutes = Minutes.objects.filter(meeting_id=meeting_id).first()
    if meeting is None or minutes is None or message not in MINUTES_MESSAGES:
        return 0
    url = settings.SITE_URL + reverse("meetings:minutes", args=[meeting.pk])
    decisions = list(meeting.decisions.all()) if message == "approved" else []
    sent = 0
    with translation.override("id"), timezone.override(meeting.forum.time_zone):
        for person in Member.objects.filter(pk__in=member_ids, is_active=True):
            context = {"meeting": meeting, "minutes": minutes, "decisions": decisions, "person": person, "url": url,
                       "message": message}  # fmt: skip
            subject = render_to_string("meetings/email/minutes_subject.txt", context).strip()
            body = render_to_string("meetings/email/minutes.txt", context)
            sent += send_or_retry(subject, body, [person.email]) == "sent"
    return sent


@task()
def send_action_mail(action_id: int, message: str, member_ids: list[int]) -> int:
    """A new action for its responsible people, a reminder before the due date, or news it is overdue."""
    from sinergi.forum.models import Forum, Member
    from sinergi.meetings.models import Action

    action = Action.objects.select_related("agency", "person", "meeting").filter(pk=action_id).first()
    if action is None or message not in ACTION_MESSAGES:
        return 0
    forum = Forum.objects.get(pk=action.forum_id)
    url = settings.SITE_URL + action.get_absolute_url()
    sent = 0
    with translation.override("id"), timezone.override(forum.time_zone):
        for person in Member.objects.filter(pk__in=member_ids, is_active=True):
            context = {"action": action, "forum": forum, "person": person, "url": url, "message": message}
            subject = render_to_string("meetings/email/action_subject.txt", context).strip()
            body = render_to_string("meetings/email/action.txt", context)
            sent += send_or_retry(subject, body, [person.email]) == "sent"
    return sent


# Hourly from 07.23 to 21.23 WIB (huey's crontab reads UTC): a run missed while the worker was
# down is made up the same day, and nobody is e-mailed at night. Each reminder goes once.
@db_periodic_task(crontab(minute="23", hour="0-14"))
def remind_actions() -> None:
    """Reminders of follow-up actions due soon, and news of those overdue."""
    from sinergi.meetings.actions import send_reminders

    send_reminders()


@db_periodic_task(crontab(hour="19", minute="41"))  # 02.41 WIB
def plan_series() -> None:
    """Every night: keep each series planned a year ahead, so a series with no last date goes on."""
    from sinergi.meetings.models import MeetingSeries
    from sinergi.meetings.series import plan

    today = timezone.now().date()
    for series in MeetingSeries.objects.exclude(ends_on__lt=today).select_related("forum"):
        plan(series)
