"""Series that repeat: the dates a rule gives, holidays handled, occurrences planned and updated.

Each occurrence is a `Meeting` row keyed by its `slot` (the date the rule gave it). Planning is
idempotent: a slot that has a row is never created twice. Editing the series changes its future
occurrences that were not changed on their own (`detached`); `preview` says what an edit would
change before it is saved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from dateutil.rrule import MONTHLY, WEEKLY, rrule, weekday
from django.db import transaction
from django.utils import timezone

from sinergi.core.working_days import WorkingCalendar
from sinergi.meetings.models import Frequency, Meeting, MeetingSeries, MeetingStatus, OnHoliday

PLAN_AHEAD_DAYS = 365
SHARED_FIELDS = ("kind", "title", "description", "venue", "online_url", "is_public")


def rule_dates(series: MeetingSeries, until: dt.date) -> list[dt.date]:
    """The dates the rule gives from the first date up to `until` (or the series' last date)."""
    last = min(until, series.ends_on) if series.ends_on else until
    if last < series.starts_on:
        return []
    day = weekday(series.weekday)
    if series.frequency == Frequency.WEEKLY:
        rule = rrule(WEEKLY, byweekday=day, dtstart=series.starts_on, until=last)
    else:
        rule = rrule(MONTHLY, byweekday=day(series.week_of_month), dtstart=series.starts_on, until=last)
    return [moment.date() for moment in rule]


def held_on(series: MeetingSeries, slot: dt.date, calendar: WorkingCalendar) -> dt.date | None:
    """The day the meeting of `slot` is held, or None when the series skips holidays.

    Only a holiday moves a meeting: a series set on a Saturday is held on Saturdays.
    """
    if series.on_holiday == OnHoliday.KEEP or slot.weekday() >= 5 or calendar.is_working_day(slot):
        return slot
    if series.on_holiday == OnHoliday.SKIP:
        return None
    day = slot
    while not calendar.is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def times(series: MeetingSeries, day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """Start and end on `day` in the forum's own time zone, whoever or whatever plans the series."""
    zone = ZoneInfo(series.forum.time_zone)
    start = dt.datetime.combine(day, series.start_time, tzinfo=zone)
    return start, dt.datetime.combine(day, series.end_time, tzinfo=zone)


@dataclass
class Plan:
    """What planning a series did, or would do."""

    created: list[dt.date] = field(default_factory=list)
    updated: list[Meeting] = field(default_factory=list)
    kept: list[Meeting] = field(default_factory=list)  # changed on their own: left alone
    skipped: list[dt.date] = field(default_factory=list)  # holidays, when the series skips them
    removed: list[Meeting] = field(default_factory=list)  # no longer given by the rule: cancelled


def plan(series: MeetingSeries, today: dt.date | None = None, save: bool = True, organisers=None) -> Plan:
    """Create the missing occurrences up to a year ahead and bring the future ones in line."""
    today = today or timezone.localdate(timezone=ZoneInfo(series.forum.time_zone))
    calendar = WorkingCalendar.for_forum(series.forum)
    result = Plan()
    future = {m.slot: m for m in series.meetings.filter(slot__gte=today).order_by("slot")}
    wanted = {}
    organisers = {a.pk for a in (series.organisers.all() if organisers is None else organisers)}
    slots = [slot for slot in rule_dates(series, today + dt.timedelta(days=PLAN_AHEAD_DAYS)) if slot >= today]
    for slot, following in zip(slots, [*slots[1:], None], strict=True):
        day = held_on(series, slot, calendar)
        # A holiday must not push a meeting onto the next one's day (a long Lebaran break, say).
        if day is None or (following and day >= following) or day in wanted.values():
            result.skipped.append(slot)
            continue
        wanted[slot] = day
    with transaction.atomic():
        for slot, day in wanted.items():
            meeting = future.get(slot)
            if meeting is None:
                result.created.append(day)
                if save:
                    _create(series, slot, day)
            elif meeting.detached:
                result.kept.append(meeting)
            elif _differs(series, meeting, day, organisers):
                result.updated.append(meeting)
                if save:
                    _update(series, meeting, day, organisers)
        for slot, meeting in future.items():
            if slot not in wanted and not meeting.detached and meeting.status == MeetingStatus.SCHEDULED:
                result.removed.append(meeting)
                if save:
                    meeting.status = MeetingStatus.CANCELLED
                    meeting.save(update_fields=["status", "updated_at"])
    return result


def preview(series: MeetingSeries, today: dt.date | None = None, organisers=None) -> Plan:
    """What saving these (unsaved) changes to the series would do to its meetings."""
    return plan(series, today, save=False, organisers=organisers)


def _create(series: MeetingSeries, slot: dt.date, day: dt.date) -> Meeting:
    start, end = times(series, day)
    meeting = Meeting.objects.create(forum=series.forum, series=series, slot=slot, start=start, end=end,
                                     created_by=series.created_by, chair=series.chair,
                                     **{name: getattr(series, name) for name in SHARED_FIELDS})  # fmt: skip
    meeting.organisers.set(series.organisers.all())
    for invitation in series.invitations.all():
        meeting.invitations.create(kind=invitation.kind, agency_id=invitation.agency_id, role=invitation.role,
                                   member_id=invitation.member_id)  # fmt: skip
    return meeting


def _differs(series: MeetingSeries, meeting: Meeting, day: dt.date, organisers: set[int]) -> bool:
    start, end = times(series, day)
    return (
        (meeting.start, meeting.end) != (start, end)
        or meeting.status != MeetingStatus.SCHEDULED  # given by the rule again after an edit was undone
        or meeting.chair_id != series.chair_id
        or any(getattr(meeting, name) != getattr(series, name) for name in SHARED_FIELDS)
        or {a.pk for a in meeting.organisers.all()} != organisers
    )


def _update(series: MeetingSeries, meeting: Meeting, day: dt.date, organisers: set[int]) -> None:
    start, end = times(series, day)
    if (meeting.start, meeting.end) != (start, end):
        meeting.reminded_at = None  # a new date deserves its own reminder
    meeting.start, meeting.end, meeting.chair_id = start, end, series.chair_id
    meeting.status, meeting.cancel_reason = MeetingStatus.SCHEDULED, ""
    for name in SHARED_FIELDS:
        setattr(meeting, name, getattr(series, name))
    meeting.save()
    meeting.organisers.set(organisers)


def move(meeting: Meeting, start: dt.datetime, end: dt.datetime) -> None:
    """Move one occurrence; the series keeps its rule and leaves this meeting alone from now on."""
    meeting.start, meeting.end, meeting.detached = start, end, meeting.series_id is not None
    meeting.reminded_at = None
    meeting.save()


def cancel(meeting: Meeting, reason: str) -> None:
    """Cancel one meeting (of a series or not); the series goes on."""
    meeting.status, meeting.cancel_reason = MeetingStatus.CANCELLED, reason
    meeting.detached = meeting.series_id is not None
    meeting.save()


def reinstate(meeting: Meeting) -> None:
    """Hold a cancelled meeting after all; of a series, it stays its own (the series leaves it alone)."""
    meeting.status, meeting.cancel_reason, meeting.reminded_at = MeetingStatus.SCHEDULED, "", None
    meeting.detached = meeting.series_id is not None
    meeting.save()
