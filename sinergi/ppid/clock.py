"""The PPID's clock: the statutory periods of a request's steps, counted in the forum's working days.

calendar = DeadlineCalendar.for_forum(forum)
calendar.add_working_days(date(2026, 3, 16), calendar.days_for(forum, Step.NOTICE))
deadline(forum, Step.NOTICE, received=date(2026, 3, 16))

The working days themselves are core's (`sinergi.core.working_days`); the forum's local days off
and counting choices are kept here, in the PPID's calendar settings, and read for every app by
`forum_calendar`, which this app registers with core.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Q

from sinergi.core.working_days import WorkingCalendar
from sinergi.ppid.models import CalendarSettings, DeadlineRule, LocalDayOff, Step


def _calendar_fields(forum) -> dict:
    settings = CalendarSettings.objects.filter(forum=forum).first() or CalendarSettings()
    changes = list(LocalDayOff.objects.filter(forum=forum).values_list("date", "works"))
    return {
        "local_days_off": frozenset(day for day, works in changes if not works),
        "local_working_days": frozenset(day for day, works in changes if works),
        "cuti_bersama_is_working_day": settings.cuti_bersama_is_working_day,
        "count_day_of_receipt": settings.count_day_of_receipt,
    }


def forum_calendar(forum) -> WorkingCalendar:
    """The forum's working days as its PPID set them (local days off, cuti bersama, day of receipt)."""
    return WorkingCalendar(**_calendar_fields(forum))


@dataclass(frozen=True)
class DeadlineCalendar(WorkingCalendar):
    """The forum's working days together with its periods (step -> working days), read once."""

    periods: dict = field(default_factory=dict, hash=False, compare=False)

    @classmethod
    def for_forum(cls, forum) -> DeadlineCalendar:
        rules = list(DeadlineRule.objects.filter(Q(forum=forum) | Q(forum__isnull=True)))
        # The national periods, then the forum's own over them.
        periods = {rule.step: rule.working_days for rule in rules if rule.forum_id is None}
        periods.update({rule.step: rule.working_days for rule in rules if rule.forum_id is not None})
        return cls(**_calendar_fields(forum), periods=periods)

    def days_for(self, forum, step: str) -> int:
        """The forum's period for `step`, from what was read with the calendar, else from the table."""
        return self.periods[step] if step in self.periods else working_days_for(forum, step)


@dataclass(frozen=True)
class Period:
    step: str
    label: str
    working_days: int
    legal_basis: str


def periods(forum) -> dict[str, Period]:
    """Every step's period as the forum applies it (its own row over the national one), for pages and
    messages that quote them: they read the table, never a number written into a text."""
    rows = DeadlineRule.objects.filter(Q(forum=forum) | Q(forum__isnull=True)).order_by("forum_id")
    table = {}
    for rule in sorted(rows, key=lambda rule: rule.forum_id is not None):  # national first, the forum's over it
        table[rule.step] = Period(rule.step, str(rule.get_step_display()), rule.working_days, rule.legal_basis)
    return {step: table[step] for step in Step.values if step in table}


def working_days_for(forum, step: str) -> int:
    """The forum's own period for `step`, else the national one."""
    candidates = DeadlineRule.objects.filter(step=step).filter(Q(forum=forum) | Q(forum__isnull=True))
    rules = {rule.forum_id: rule for rule in candidates}
    rule = rules.get(forum.pk) or rules.get(None)
    if rule is None:
        raise LookupError(f"No deadline rule for the step {step!r}.")
    return rule.working_days


def deadline(forum, step: str, received: dt.date, calendar: DeadlineCalendar | None = None) -> dt.date:
    return (calendar or DeadlineCalendar.for_forum(forum)).add_working_days(received, working_days_for(forum, step))
