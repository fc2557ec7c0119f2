"""Meetings and series for tests."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from sinergi.meetings.models import Meeting, MeetingSeries

WIB = dt.timezone(dt.timedelta(hours=7))


def make_meeting(forum, organisers=(), start=None, hours=2, **fields) -> Meeting:
    start = start or timezone.now() + dt.timedelta(days=7)
    values = {"title": "Coffee morning kehumasan", "kind": "coffee_morning", "venue": "Aula Diskominfotik"}
    meeting = Meeting.objects.create(forum=forum, start=start, end=start + dt.timedelta(hours=hours),
                                     **{**values, **fields})  # fmt: skip
    meeting.organisers.set(organisers)
    return meeting


def make_series(forum, organisers=(), **fields) -> MeetingSeries:
    values = {
        "title": "Coffee morning bulanan", "kind": "coffee_morning", "venue": "Aula Diskominfotik",
        "frequency": "monthly", "weekday": 3, "week_of_month": 1, "starts_on": dt.date(2025, 12, 1),
        "start_time": dt.time(9, 0), "end_time": dt.time(11, 0),
    }  # fmt: skip
    series = MeetingSeries.objects.create(forum=forum, **{**values, **fields})
    series.organisers.set(organisers)
    return series
