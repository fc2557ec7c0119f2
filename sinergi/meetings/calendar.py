"""iCalendar feeds of meetings and follow-up due dates, for Google Calendar, Outlook and the like.

Four feeds: a member's own (the meetings they are invited to or chair, and the due dates of the
actions they answer for), an agency's (meetings it organises or is invited to, its actions'
due dates), the whole forum's meetings, and the public agenda (`Meeting.objects.public()` only).

Calendar apps cannot sign in, so a member's feed addresses carry a token (see `feed_token`).
Events keep the meeting's UID across edits and moves and carry a SEQUENCE that grows with each
save, so subscribed calendars update the event in place; cancelled meetings stay in the feed
with STATUS:CANCELLED so calendars mark them instead of silently keeping the old time.
"""

from __future__ import annotations

import datetime as dt
import secrets
import zoneinfo
from collections.abc import Iterable
from urllib.parse import urlsplit

import icalendar
from django.conf import settings
from django.core import signing
from django.db.models import Q
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _

from sinergi.forum.models import Member
from sinergi.meetings.actions import answered_for_by
from sinergi.meetings.invitations import meetings_for
from sinergi.meetings.models import Action, ActionStatus, InviteeKind, Meeting

SALT = "sinergi.meetings.calendar"
# Subscribed calendars mirror the feed, so what leaves the feed leaves the calendar: a year of
# history keeps last year's meetings visible while the feed stays small enough to fetch hourly.
HISTORY = dt.timedelta(days=365)
REFRESH = dt.timedelta(hours=1)
PRODID = "-//Sinergi//Forum kehumasan//ID"


# --- Feed tokens -------------------------------------------------------------------------------
#
# A token is "<member pk>.<key>" signed with SECRET_KEY (django.core.signing, salt SALT). The key
# is an HMAC of the member's pk and their `calendar_secret`, a random value made on first use.
# "New addresses" on the calendar page draws a new secret, and every old address stops working
# (404); nothing else (a password change, a re-hash after an upgrade) breaks a subscription.


def member_key(member: Member) -> str:
    if not member.calendar_secret:
        renew_secret(member, only_if_empty=True)
    return salted_hmac(f"{SALT}.key", f"{member.pk}:{member.calendar_secret}").hexdigest()[:20]


def renew_secret(member: Member, only_if_empty: bool = False) -> None:
    """Draw a new secret; with `only_if_empty`, two first uses at once agree on one."""
    secret = secrets.token_hex(16)
    members = Member.objects.filter(pk=member.pk)
    if only_if_empty:
        members.filter(calendar_secret="").update(calendar_secret=secret)
        member.calendar_secret = Member.objects.values_list("calendar_secret", flat=True).get(pk=member.pk)
    else:
        member.calendar_secret = secret
        member.save(update_fields=["calendar_secret"])  # audited, the value masked


def feed_token(member: Member) -> str:
    """The secret part of a member's feed addresses; the same until they ask for new ones."""
    return signing.Signer(salt=SALT).sign(f"{member.pk}.{member_key(member)}")


def member_for_token(token: str) -> Member | None:
    """The active member a token belongs to, or None for a tampered, revoked or foreign token."""
    try:
        value = signing.Signer(salt=SALT).unsign(token)
    except signing.BadSignature:
        return None
    pk, _sep, key = value.partition(".")
    if not pk.isdigit():
        return None
    member = Member.objects.filter(pk=int(pk), is_active=True).first()
    if member is None or not constant_time_compare(key, member_key(member)):
        return None
    return member


# --- What each feed holds ----------------------------------------------------------------------


def _recent(meetings, now: dt.datetime | None = None):
    since = (now or timezone.now()) - HISTORY
    return meetings.filter(end__gte=since).prefetch_related("organisers").order_by("start")


def _recent_actions(actions, today: dt.date | None = None):
    since = (today or timezone.localdate()) - HISTORY
    return actions.filter(due_on__gte=since).select_related("meeting").order_by("due_on", "pk")


def member_calendar(member: Member, forum) -> icalendar.Calendar:
    meetings = _recent(meetings_for(member, forum))
    actions = _recent_actions(answered_for_by(member, forum))
    name = _("%(forum)s: my meetings") % {"forum": forum.name}
    return build(forum, name, meetings, actions)


def agency_calendar(agency) -> icalendar.Calendar:
    invited = Q(invitations__kind=InviteeKind.AGENCY, invitations__agency=agency)
    meetings = _recent(Meeting.objects.filter(Q(organisers=agency) | invited, forum=agency.forum).distinct())
    actions = _recent_actions(Action.objects.filter(forum=agency.forum, agency=agency))
    name = _("%(forum)s: %(agency)s") % {"forum": agency.forum.name, "agency": agency.short_name or agency.name}
    return build(agency.forum, name, meetings, actions)


def forum_calendar(forum) -> icalendar.Calendar:
    name = _("%(forum)s: all meetings") % {"forum": forum.name}
    return build(forum, name, _recent(Meeting.objects.filter(forum=forum)))


def public_calendar(forum) -> icalendar.Calendar:
    """The portal's agenda: only what `.public()` lets out, linked to the public pages, no online link."""
    meetings = _recent(Meeting.objects.public().filter(forum=forum))
    name = _("%(forum)s: public agenda") % {"forum": forum.name}
    return build(forum, name, meetings, public=True)


# --- Building the calendar ---------------------------------------------------------------------


def forum_zone(forum) -> dt.tzinfo:
    try:
        return zoneinfo.ZoneInfo(forum.time_zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return timezone.get_default_timezone()


def build(forum, name: str, meetings: Iterable[Meeting], actions: Iterable[Action] = (),
          *, public: bool = False) -> icalendar.Calendar:  # fmt: skip
    zone = forum_zone(forum)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", str(zone))
    cal.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", icalendar.vDuration(REFRESH))
    dates = []
    for meeting in meetings:
        cal.add_component(meeting_event(meeting, zone, public=public))
        dates.append(meeting.start.date())
    for action in actions:
        cal.add_component(action_event(action))
        dates.append(action.due_on)
    if dates:
        # Time zone rules are written out for the span the events need, with a year to spare.
        cal.add_missing_timezones(min(dates) - dt.timedelta(days=366), max(dates) + dt.timedelta(days=366))
    return cal


def sequence(updated_at: dt.datetime, created_at: dt.datetime) -> int:
    """Seconds between creation and the last save: grows with every edit, as RFC 5545 asks."""
    return max(0, int((updated_at - created_at).total_seconds()))


def meeting_event(meeting: Meeting, zone: dt.tzinfo, *, public: bool = False) -> icalendar.Event:
    url = settings.SITE_URL + (reverse("agenda:detail", args=[meeting.pk]) if public else meeting.get_absolute_url())
    event = icalendar.Event()
    event.add("uid", meeting.ical_uid())
    event.add("dtstamp", meeting.updated_at)
    event.add("last-modified", meeting.updated_at)
    event.add("created", meeting.created_at)
    event.add("sequence", sequence(meeting.updated_at, meeting.created_at))
    event.add("dtstart", meeting.start.astimezone(zone))
    event.add("dtend", meeting.end.astimezone(zone))
    event.add("summary", meeting.title)
    event.add("categories", [str(meeting.get_kind_display())])
    # The online link is for those invited: the public feed says only that the meeting is online.
    link = "" if public else meeting.online_url
    location = meeting.venue or link or (_("Online") if meeting.online_url else "")
    if location:
        event.add("location", location)
    lines = [meeting.description.strip()] if meeting.description.strip() else []
    if meeting.venue and link:
        lines.append(_("Online: %(url)s") % {"url": link})
    organisers = ", ".join(a.short_name or a.name for a in meeting.organisers.all())
    if organisers:
        lines.append(_("Organisers: %(names)s") % {"names": organisers})
    if meeting.is_cancelled:
        event.add("status", "CANCELLED")
        lines.insert(0, _("Cancelled.") + (f" {meeting.cancel_reason}" if meeting.cancel_reason else ""))
    else:
        event.add("status", "CONFIRMED")
    lines.append(url)
    event.add("description", "\n\n".join(lines))
    event.add("url", url)
    return event


def action_event(action: Action) -> icalendar.Event:
    """An all-day event on the due date: Google Calendar ignores VTODO, so a task would vanish."""
    event = icalendar.Event()
    event.add("uid", f"action-{action.pk}@{urlsplit(settings.SITE_URL).hostname}")
    event.add("dtstamp", action.updated_at)
    event.add("last-modified", action.updated_at)
    event.add("created", action.created_at)
    event.add("sequence", sequence(action.updated_at, action.created_at))
    event.add("dtstart", action.due_on)
    event.add("dtend", action.due_on + dt.timedelta(days=1))
    event.add("summary", _("Follow-up due: %(title)s") % {"title": action.title})
    event.add("transp", "TRANSPARENT")  # a deadline does not make the person busy all day
    event.add("status", "CANCELLED" if action.status == ActionStatus.DROPPED else "CONFIRMED")
    lines = [_("Status: %(status)s") % {"status": action.get_status_display()}]
    if action.description.strip():
        lines.append(action.description.strip())
    if action.meeting_id:
        lines.append(_("From the meeting: %(title)s") % {"title": action.meeting.title})
    url = settings.SITE_URL + action.get_absolute_url()
    lines.append(url)
    event.add("url", url)
    event.add("description", "\n\n".join(lines))
    return event


def ics_response(cal: icalendar.Calendar, filename: str) -> HttpResponse:
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
