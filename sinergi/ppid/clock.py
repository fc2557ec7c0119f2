"""The working-day clock: deadlines in hari kerja over national holidays, cuti bersama and local days off.

calendar = WorkingCalendar.for_forum(forum)
calendar.add_working_days(date(2026, 3, 16), 10)   # -> 2026-04-07
deadline(forum, Step.NOTICE, received=date(2026, 3, 16))
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

import holidays
from django.db.models import Q

from sinergi.ppid.models import CalendarSettings, DeadlineRule, LocalDayOff

SATURDAY = 5
# Beyond a year of working days a deadline is surely a typo in the rules table.
MAX_WORKING_DAYS = 260


@lru_cache(maxsize=64)
def national_days_off(year: int) -> tuple[frozenset[dt.date], frozenset[dt.date]]:
    """(national holidays, cuti bersama) of a year, from the `holidays` package."""
    public = holidays.Indonesia(years=year, categories=("public",))
    collective = holidays.Indonesia(years=year, categories=("government",))
    return frozenset(public), frozenset(collective) - frozenset(public)


@dataclass(frozen=True)
class WorkingCalendar:
    local_days_off: frozenset[dt.date] = frozenset()
    cuti_bersama_is_working_day: bool = False
    count_day_of_receipt: bool = False

    # The forum's periods (step -> working days), read once with the calendar; see `days_for`.
    periods: dict = field(default_factory=dict, hash=False, compare=False)

    @classmethod
    def for_forum(cls, forum) -> WorkingCalendar:
        settings = CalendarSettings.objects.filter(forum=forum).first() or CalendarSettings()
        rules = list(DeadlineRule.objects.filter(Q(forum=forum) | Q(forum__isnull=True)))
        # The national periods, then the forum's own over them.
        periods = {rule.step: rule.working_days for rule in rules if rule.forum_id is None}
        periods.update({rule.step: rule.working_days for rule in rules if rule.forum_id is not None})
        return cls(
            local_days_off=frozenset(LocalDayOff.objects.filter(forum=forum).values_list("date", flat=True)),
            cuti_bersama_is_working_day=settings.cuti_bersama_is_working_day,
            count_day_of_receipt=settings.count_day_of_receipt,
            periods=periods,
        )

    def days_for(self, forum, step: str) -> int:
        """The forum's period for `step`, from what was read with the calendar, else from the table."""
        return self.periods[step] if step in self.periods else working_days_for(forum, step)

    def is_working_day(self, day: dt.date) -> bool:
        if day.weekday() >= SATURDAY or day in self.local_days_off:
            return False
        public, collective = national_days_off(day.year)
        return day not in public and (self.cuti_bersama_is_working_day or day not in collective)

    def add_working_days(self, received: dt.date, days: int) -> dt.date:
        """The date `days` working days after `received` (or from it, when the day of receipt counts)."""
        if not 0 < days <= MAX_WORKING_DAYS:
            raise ValueError(f"A period of {days} working days is outside 1..{MAX_WORKING_DAYS}.")
        day = received - dt.timedelta(days=1) if self.count_day_of_receipt else received
        counted = 0
        while counted < days:
            day += dt.timedelta(days=1)
            counted += self.is_working_day(day)
        return day


def working_days_for(forum, step: str) -> int:
    """The forum's own period for `step`, else the national one."""
    candidates = DeadlineRule.objects.filter(step=step).filter(Q(forum=forum) | Q(forum__isnull=True))
    rules = {rule.forum_id: rule for rule in candidates}
    rule = rules.get(forum.pk) or rules.get(None)
    if rule is None:
        raise LookupError(f"No deadline rule for the step {step!r}.")
    return rule.working_days


def deadline(forum, step: str, received: dt.date, calendar: WorkingCalendar | None = None) -> dt.date:
    return (calendar or WorkingCalendar.for_forum(forum)).add_working_days(received, working_days_for(forum, step))
