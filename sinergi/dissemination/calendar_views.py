"""The content calendar in the back office (month, week or list; filters), and its iCalendar feed."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from sinergi.core.forums import current_forum
from sinergi.core.permissions import allowed, require
from sinergi.dissemination import content_calendar
from sinergi.forum.models import Agency, Forum
from sinergi.meetings.calendar import feed_token, member_for_token
from sinergi.releases.models import Theme

VIEWS = ("bulan", "minggu", "daftar")
LIST_DAYS = 60
FEED_DAYS_BACK, FEED_DAYS_AHEAD = 31, 365


def _range(view: str, raw: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """The days a view covers: a month (`2026-12`), the week holding a date (`2026-12-03`), or the next 60 days."""
    if view == "bulan":
        found = re.fullmatch(r"(20[0-9]{2})-(0[1-9]|1[0-2])", raw or "")
        first = dt.date(int(found.group(1)), int(found.group(2)), 1) if found else today.replace(day=1)
        return first, (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    if view == "minggu":
        try:
            day = dt.date.fromisoformat(raw) if re.fullmatch(r"20[0-9]{2}-[0-9]{2}-[0-9]{2}", raw or "") else today
        except ValueError:
            day = today
        monday = day - dt.timedelta(days=day.weekday())
        return monday, monday + dt.timedelta(days=6)
    return today, today + dt.timedelta(days=LIST_DAYS)


@login_required
def calendar(request):
    forum = current_forum(request)
    require("dissemination.view", request.user, forum)
    view = request.GET.get("tampilan") if request.GET.get("tampilan") in VIEWS else "bulan"
    today = forum.today()
    start, end = _range(view, request.GET.get("dari", ""), today)
    agency = Agency.objects.filter(forum=forum, slug=request.GET.get("instansi", "")[:80]).first()
    theme = Theme.objects.filter(forum=forum, slug=request.GET.get("tema", "")[:80]).first()
    kind = request.GET.get("jenis", "")
    found = content_calendar.entries(forum, start, end, agency_id=agency.pk if agency else None,
                                     theme=theme.slug if theme else "",
                                     kinds={kind} if kind in content_calendar.KINDS else None)  # fmt: skip
    moderating = allowed("dissemination.accept_link", request.user, forum)
    step = {"bulan": dt.timedelta(days=31), "minggu": dt.timedelta(days=7)}.get(view)
    return render(request, "dissemination/calendar.html", {
        "days": content_calendar.by_day(found), "view": view, "moderating": moderating,
        "weeks": content_calendar.month_grid(start, end, found) if view == "bulan" else [],
        "weekday_names": [_("Mon"), _("Tue"), _("Wed"), _("Thu"), _("Fri"), _("Sat"), _("Sun")], "start": start, "end": end, "today": today,
        "previous": (start - dt.timedelta(days=1)).replace(day=1) if view == "bulan" else (start - step if step else None),
        "next": (end + dt.timedelta(days=1)) if step else None,
        "agencies": Agency.objects.active().filter(forum=forum).order_by("name"), "agency": agency,
        "themes": Theme.objects.filter(forum=forum, is_active=True).order_by("name"), "theme": theme,
        "kinds": content_calendar.KINDS.items(), "kind": kind,
        "quiet": content_calendar.quiet_days(forum, today) if moderating else [],
        "clashes": content_calendar.clashes(found) if moderating else [],
        "feed_url": settings.SITE_URL + reverse("content_calendar_feed", args=[feed_token(request.user)]),
    })  # fmt: skip


def calendar_feed(request, token: str):
    """The forum's content calendar as iCalendar, for a member's calendar app (the address is their key)."""
    member = member_for_token(token[:200])
    forum = Forum.objects.default()
    if member is None or forum is None or not allowed("dissemination.view", member, forum):
        raise Http404
    today = forum.today()
    found = content_calendar.entries(forum, today - dt.timedelta(days=FEED_DAYS_BACK),
                                     today + dt.timedelta(days=FEED_DAYS_AHEAD))  # fmt: skip
    feed = Calendar()
    feed.add("prodid", "-//Sinergi//Kalender konten//ID")
    feed.add("version", "2.0")
    feed.add("x-wr-calname", f"Kalender konten {forum.name}")
    for entry in found:
        event = Event()
        # The same entry keeps its UID from one fetch to the next (its record, or its kind, day and name), so
        # calendar apps update it in place when a title or date changes.
        key = entry.key or f"{entry.kind}|{entry.day}|{entry.title}"
        event.add("uid", hashlib.sha256(key.encode()).hexdigest()[:24] + "@sinergi")
        # A draft's title has not been through review and the personal-data guard: a calendar service
        # outside the forum gets only that the agency plans a release that day.
        title = "" if entry.kind == "planned" else f" {entry.title}"
        event.add("summary", f"[{entry.kind_label}]{title}" + (f" ({entry.agency})" if entry.agency else ""))
        event.add("dtstart", entry.since or entry.day)
        event.add("dtend", (entry.until or entry.day) + dt.timedelta(days=1))
        if entry.url:
            event.add("url", settings.SITE_URL + entry.url)
        feed.add_component(event)
    response = HttpResponse(feed.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, no-store"
    return response
