"""Background work of meetings: invitations, reminders and cancellations by e-mail."""

from __future__ import annotations

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task
from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from sinergi.core.mail import send_or_retry

MESSAGES = {"invitation", "reminder", "cancelled"}


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
