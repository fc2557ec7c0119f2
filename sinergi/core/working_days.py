"""Working days (hari kerja): weekdays that are neither a national holiday, nor cuti bersama, nor a
day off of the forum's own region; a day the region works after all (a cancelled cuti bersama) counts.

calendar = WorkingCalendar.for_forum(forum)
calendar.add_working_days(date(2026, 3, 16), 10)   # -> 2026-04-07
calendar.is_working_day(date(2026, 3, 19))         # Nyepi -> False

A forum's local days off and its counting choices are kept by the app whose officers set them
(today `ppid`: its calendar settings), which tells core how to read them with
`register_forum_calendar`; without one, a forum follows the national calendar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import holidays

SATURDAY = 5
# Beyond a year of working days a period is surely a typo.
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
    local_working_days: frozenset[dt.date] = frozenset()  # national days off the region works after all
    cuti_bersama_is_working_day: bool = False
    count_day_of_receipt: bool = False

    @classmethod
    def for_forum(cls, forum) -> WorkingCalendar:
        """The forum's calendar as the app that keeps it reads it; the national one if none does."""
        return _forum_calendar(forum) if _forum_calendar else cls()

    def is_working_day(self, day: dt.date) -> bool:
        if day.weekday() >= SATURDAY or day in self.local_days_off:
            return False
        if day in self.local_working_days:  # e.g. a cuti bersama cancelled
            return True
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


ForumCalendarReader = Callable[[object], WorkingCalendar]
_forum_calendar: ForumCalendarReader | None = None


def register_forum_calendar(reader: ForumCalendarReader) -> ForumCalendarReader:
    """Say how to read a forum's calendar (its local days off and counting choices); called once,
    from the `ready()` of the app that keeps them."""
    global _forum_calendar
    _forum_calendar = reader
    return reader
