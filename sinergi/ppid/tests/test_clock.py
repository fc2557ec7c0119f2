"""The PPID's clock: the statutory periods are data a forum may override, counted in working days
(core.working_days, tested there) over the forum's own calendar, which every app then follows."""

from __future__ import annotations

import datetime as dt

from sinergi.core.working_days import WorkingCalendar
from sinergi.ppid.clock import DeadlineCalendar, deadline, working_days_for
from sinergi.ppid.models import CalendarSettings, DeadlineRule, LocalDayOff, Step

D = dt.date


def test_the_national_rules_are_data_and_a_forum_may_override_them(forum):
    assert working_days_for(forum, Step.NOTICE) == 10
    assert working_days_for(forum, Step.DISPUTE) == 14
    DeadlineRule.objects.create(forum=forum, step=Step.NOTICE, working_days=7, legal_basis="Perbup (contoh)")
    assert working_days_for(forum, Step.NOTICE) == 7
    assert deadline(forum, Step.NOTICE, D(2026, 3, 2)) == D(2026, 3, 11)


def test_a_local_day_off_moves_the_deadline(forum):
    assert deadline(forum, Step.NOTICE, D(2026, 3, 2)) == D(2026, 3, 16)
    LocalDayOff.objects.create(forum=forum, date=D(2026, 3, 9), name="Hari Jadi (contoh)")
    assert deadline(forum, Step.NOTICE, D(2026, 3, 2)) == D(2026, 3, 17)


def test_the_forums_settings_choose_how_to_count(forum):
    CalendarSettings.objects.create(forum=forum, cuti_bersama_is_working_day=True)
    assert deadline(forum, Step.NOTICE, D(2026, 3, 16)) == D(2026, 3, 31)


def test_every_app_counts_working_days_on_the_calendar_the_ppid_set(forum):
    LocalDayOff.objects.create(forum=forum, date=D(2026, 3, 9), name="Hari Jadi (contoh)")
    CalendarSettings.objects.create(forum=forum, cuti_bersama_is_working_day=True)
    calendar = WorkingCalendar.for_forum(forum)
    assert not calendar.is_working_day(D(2026, 3, 9)) and calendar.is_working_day(D(2026, 3, 23))


def test_the_periods_are_read_once_with_the_calendar(forum, django_assert_num_queries):
    DeadlineRule.objects.create(forum=forum, step=Step.NOTICE, working_days=7)
    calendar = DeadlineCalendar.for_forum(forum)
    with django_assert_num_queries(0):
        assert calendar.days_for(forum, Step.NOTICE) == 7 and calendar.days_for(forum, Step.DISPUTE) == 14
