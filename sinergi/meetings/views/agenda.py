"""The portal's public agenda: meetings the chair marked public, for anyone to read and subscribe to.

Everything here reads through `Meeting.objects.public()` and shows only what the chair published
with it: title, kind, time, place (only that it is online, never the link), organisers and the
public description; never the invited, their answers or attendance. Minutes appear only once approved and made
public (`sinergi.meetings.minutes.public_minutes`, on their own page).
"""

from __future__ import annotations

from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.cache import cache_control

from sinergi.core.forums import current_forum
from sinergi.meetings import calendar
from sinergi.meetings.minutes import public_minutes
from sinergi.meetings.models import Meeting


def public_meetings(forum):
    return Meeting.objects.public().filter(forum=forum).prefetch_related("organisers")


def agenda(request):
    forum = current_forum(request)
    meetings = public_meetings(forum)
    now = timezone.now()
    return render(request, "meetings/agenda/list.html", {
        "upcoming": meetings.filter(end__gte=now).order_by("start")[:50],
        # The last twenty: a year and more of a monthly coffee morning, with the occasional kopi darat.
        "past": meetings.filter(end__lt=now).order_by("-start")[:20],
    })  # fmt: skip


def agenda_detail(request, pk: int):
    meeting = get_object_or_404(public_meetings(current_forum(request)), pk=pk)
    return render(request, "meetings/agenda/detail.html", {
        "meeting": meeting, "is_past": meeting.end < timezone.now(),
        "has_minutes": public_minutes().filter(meeting=meeting).exists(),
    })  # fmt: skip


@cache_control(public=True, max_age=900)
def agenda_feed(request):
    return calendar.ics_response(calendar.public_calendar(current_forum(request)), "agenda.ics")
