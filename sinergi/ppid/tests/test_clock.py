"""The PPID's clock: the statutory periods are data a forum may override, counted in working days
(core.working_days, tested there) over the forum's own calendar, which every app then follows."""

from __future__ import annotations

import datetime as dt

from sinergi.core import holiday_lists
from sinergi.core.working_days import WorkingCalendar
from sinergi.ppid import clock
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


def test_a_cancelled_cuti_bersama_counts_as_a_working_day(forum):
    assert deadline(forum, Step.NOTICE, D(2026, 3, 16)) == D(2026, 4, 7)  # over Nyepi and Idulfitri
    LocalDayOff.objects.create(forum=forum, date=D(2026, 3, 20), name="Cuti bersama dibatalkan (contoh)", works=True)
    assert deadline(forum, Step.NOTICE, D(2026, 3, 16)) == D(2026, 4, 6)
    LocalDayOff.objects.create(forum=forum, date=D(2026, 3, 21), name="Idulfitri", works=True)  # a Saturday stays off
    assert deadline(forum, Step.NOTICE, D(2026, 3, 16)) == D(2026, 4, 6)


def test_the_komisi_informasi_periods_and_the_court_are_rows_of_the_table(forum):
    periods = clock.periods(forum)
    assert [periods[step].working_days for step in (Step.KI_START, Step.KI_DECISION, Step.COURT)] == [14, 100, 14]
    assert periods[Step.COURT].legal_basis == "UU 14/2008 Pasal 48 ayat (1)"
    DeadlineRule.objects.create(forum=forum, step=Step.NOTICE, working_days=12, legal_basis="Perbup (contoh)")
    assert clock.periods(forum)[Step.NOTICE].working_days == 12


def test_only_years_whose_holidays_were_checked_are_final():
    assert not holiday_lists.provisional(D(2026, 12, 31)) and not holiday_lists.provisional(D(2019, 5, 1))
    assert holiday_lists.provisional(D(2027, 1, 4))  # Idulfitri 2027 is still an estimate
    assert holiday_lists.provisional(D(2031, 1, 6))
