"""What meetings put in a member's inbox: minutes to approve or to rework, invitations to answer, actions due."""

from __future__ import annotations

import datetime as dt

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from sinergi.core.contributions import InboxItem
from sinergi.core.permissions import allowed
from sinergi.forum.models import ForumRoleKind
from sinergi.meetings.actions import answered_for_by
from sinergi.meetings.invitations import meetings_for
from sinergi.meetings.models import Minutes, MinutesStatus

# Actions show in the inbox this many days before they are due (and every day once late).
ACTIONS_DUE_WITHIN_DAYS = 7
# Invitations wait for an answer in the inbox from this many days before the meeting (a year of a
# monthly series would otherwise bury everything else).
RSVP_WITHIN_DAYS = 30


def minutes_to_approve(member, forum):
    """The chair's: minutes the secretariat submitted for approval."""
    kind = _("Minutes")
    waiting = Minutes.objects.filter(meeting__forum=forum, meeting__chair=member, status=MinutesStatus.SUBMITTED)
    for minutes in waiting.select_related("meeting").order_by("updated_at"):
        yield InboxItem(minutes.meeting.title, _url(minutes), kind, _("Approve or send back the minutes"),
                        since=minutes.updated_at)  # fmt: skip


def minutes_sent_back(member, forum):
    """The secretariat's and the writer's: minutes the chair sent back with a comment."""
    sent_back = Minutes.objects.filter(meeting__forum=forum, status=MinutesStatus.DRAFT).exclude(chair_comment="")
    if not member.has_forum_role(forum, ForumRoleKind.MODERATOR):
        sent_back = sent_back.filter(written_by=member)
    kind = _("Minutes")
    for minutes in sent_back.select_related("meeting").order_by("updated_at"):
        yield InboxItem(minutes.meeting.title, _url(minutes), kind, _("Rework the minutes the chair sent back"),
                        since=minutes.updated_at)  # fmt: skip


def meetings_to_answer(member, forum):
    """Meetings of the coming weeks the member is invited to and has not answered (the chair needs no answer)."""
    if not allowed("meetings.view", member, forum):
        return
    today = timezone.localdate()
    upcoming = meetings_for(member, forum).upcoming().exclude(chair=member).exclude(rsvps__member=member)
    upcoming = upcoming.filter(start__lt=timezone.now() + dt.timedelta(days=RSVP_WITHIN_DAYS))
    kind = _("Meeting")
    for meeting in upcoming[:20]:
        day = timezone.localdate(meeting.start)
        yield InboxItem(meeting.title, meeting.get_absolute_url(), kind, _("Say whether you will attend"),
                        due_on=day, days_left=(day - today).days, in_working_days=False)  # fmt: skip


def actions_due(member, forum):
    """Follow-up actions the member answers for, due within a week or late."""
    today = timezone.localdate()
    horizon = today + dt.timedelta(days=ACTIONS_DUE_WITHIN_DAYS)
    due = answered_for_by(member, forum).unfinished().filter(due_on__lte=horizon).select_related("agency")
    kind = _("Follow-up action")
    for action in due.order_by("due_on")[:50]:
        yield InboxItem(action.title, action.get_absolute_url(), kind,
                        _("Late: report progress or finish it") if action.due_on < today else _("Due soon"),
                        due_on=action.due_on, days_left=(action.due_on - today).days, in_working_days=False,
                        agency=action.agency.short_name or action.agency.name)  # fmt: skip


def _url(minutes: Minutes) -> str:
    return reverse("meetings:minutes", args=[minutes.meeting_id])
