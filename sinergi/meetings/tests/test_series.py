"""A coffee morning on the first Thursday of every month: holidays, moves, cancellations, edits."""

from __future__ import annotations

import datetime as dt

from sinergi.meetings import series as planner
from sinergi.meetings.models import Meeting
from sinergi.meetings.tests.factory import WIB, make_series
from sinergi.ppid.models import LocalDayOff

TODAY = dt.date(2025, 12, 1)


def dates(series) -> list[dt.date]:
    return [m.local_date for m in series.meetings.filter(status="scheduled").order_by("start")]


def test_the_series_crosses_the_year_and_moves_off_new_years_day(forum, diskominfotik):
    series = make_series(forum, [diskominfotik], ends_on=dt.date(2026, 3, 31))
    result = planner.plan(series, TODAY)
    # 1 January 2026 is the first Thursday and a national holiday: held on Friday 2 January.
    assert dates(series) == [dt.date(2025, 12, 4), dt.date(2026, 1, 2), dt.date(2026, 2, 5), dt.date(2026, 3, 5)]
    assert len(result.created) == 4
    january = series.meetings.get(slot=dt.date(2026, 1, 1))
    assert january.start == dt.datetime(2026, 1, 2, 9, 0, tzinfo=WIB)  # 09.00 in the forum's zone
    assert list(january.organisers.all()) == [diskominfotik]


def test_a_series_may_skip_holidays_instead_and_respects_local_days_off(forum):
    LocalDayOff.objects.create(forum=forum, date=dt.date(2026, 2, 5), name="Hari jadi kabupaten (contoh)")
    series = make_series(forum, on_holiday="skip", ends_on=dt.date(2026, 3, 31))
    result = planner.plan(series, TODAY)
    assert dates(series) == [dt.date(2025, 12, 4), dt.date(2026, 3, 5)]
    assert result.skipped == [dt.date(2026, 1, 1), dt.date(2026, 2, 5)]


def test_planning_twice_creates_nothing_more(forum):
    series = make_series(forum, ends_on=dt.date(2026, 6, 30))
    planner.plan(series, TODAY)
    again = planner.plan(series, TODAY)
    assert again.created == [] and Meeting.objects.count() == 7


def test_one_occurrence_moved_or_cancelled_survives_an_edit_of_the_series(forum):
    series = make_series(forum, ends_on=dt.date(2026, 3, 31))
    planner.plan(series, TODAY)
    february = series.meetings.get(slot=dt.date(2026, 2, 5))
    planner.move(february, dt.datetime(2026, 2, 6, 14, 0, tzinfo=WIB), dt.datetime(2026, 2, 6, 16, 0, tzinfo=WIB))
    planner.cancel(series.meetings.get(slot=dt.date(2026, 3, 5)), "Bertepatan dengan kunjungan kerja")

    series.venue, series.start_time, series.end_time = "Hotel Grand Meranti", dt.time(8, 30), dt.time(10, 30)
    warning = planner.preview(series, TODAY)
    assert [m.slot for m in warning.updated] == [dt.date(2025, 12, 4), dt.date(2026, 1, 1)]
    assert sorted(m.slot for m in warning.kept) == [dt.date(2026, 2, 5), dt.date(2026, 3, 5)]
    assert series.meetings.get(slot=dt.date(2025, 12, 4)).venue == "Aula Diskominfotik"  # a preview saves nothing

    series.save()
    planner.plan(series, TODAY)
    december = series.meetings.get(slot=dt.date(2025, 12, 4))
    assert (december.venue, december.start) == ("Hotel Grand Meranti", dt.datetime(2025, 12, 4, 8, 30, tzinfo=WIB))
    february.refresh_from_db()
    assert february.start == dt.datetime(2026, 2, 6, 14, 0, tzinfo=WIB) and february.venue == "Aula Diskominfotik"
    assert series.meetings.get(slot=dt.date(2026, 3, 5)).status == "cancelled"


def test_shortening_a_series_cancels_the_meetings_it_no_longer_has(forum):
    series = make_series(forum, ends_on=dt.date(2026, 3, 31))
    planner.plan(series, TODAY)
    series.ends_on = dt.date(2026, 1, 31)
    series.save()
    result = planner.plan(series, TODAY)
    assert [m.slot for m in result.removed] == [dt.date(2026, 2, 5), dt.date(2026, 3, 5)]
    assert dates(series) == [dt.date(2025, 12, 4), dt.date(2026, 1, 2)]


def test_the_last_friday_and_weekly_rules(forum):
    last = make_series(forum, week_of_month=-1, weekday=4, ends_on=dt.date(2026, 2, 28), on_holiday="keep")
    planner.plan(last, TODAY)
    assert dates(last) == [dt.date(2025, 12, 26), dt.date(2026, 1, 30), dt.date(2026, 2, 27)]
    weekly = make_series(forum, frequency="weekly", weekday=0, ends_on=dt.date(2025, 12, 22), title="Rapat mingguan")
    planner.plan(weekly, TODAY)
    assert dates(weekly) == [dt.date(2025, 12, 1), dt.date(2025, 12, 8), dt.date(2025, 12, 15), dt.date(2025, 12, 22)]


def test_a_forum_in_central_indonesia_meets_at_nine_its_own_time(forum):
    forum.time_zone = "Asia/Makassar"  # WITA, UTC+8
    forum.save()
    series = make_series(forum, ends_on=dt.date(2025, 12, 31))
    planner.plan(series, TODAY)
    assert series.meetings.get().start == dt.datetime(2025, 12, 4, 1, 0, tzinfo=dt.UTC)


def test_an_edit_undone_brings_the_meetings_back(forum):
    series = make_series(forum, frequency="weekly", weekday=0, ends_on=dt.date(2025, 12, 31))
    planner.plan(series, TODAY)
    series.weekday = 1
    series.save()
    planner.plan(series, TODAY)
    series.weekday = 0
    series.save()
    planner.plan(series, TODAY)
    assert dates(series) == [dt.date(2025, 12, 1), dt.date(2025, 12, 8), dt.date(2025, 12, 15),
                             dt.date(2025, 12, 22), dt.date(2025, 12, 29)]  # fmt: skip


def test_a_long_holiday_never_puts_two_meetings_on_one_day(forum):
    # Idulfitri 2025: 31 March and 1 April are holidays, 2-7 April cuti bersama; the 31 March
    # meeting would be pushed onto the day of the next one, so it is skipped instead.
    series = make_series(forum, frequency="weekly", weekday=0, starts_on=dt.date(2025, 3, 24),
                         ends_on=dt.date(2025, 4, 14))  # fmt: skip
    result = planner.plan(series, dt.date(2025, 3, 24))
    held = dates(series)
    assert len(held) == len(set(held)) and dt.date(2025, 3, 31) in result.skipped


def test_a_saturday_series_is_held_on_saturdays(forum):
    series = make_series(forum, weekday=5, ends_on=dt.date(2026, 2, 28), title="Media gathering")
    planner.plan(series, TODAY)
    assert {day.weekday() for day in dates(series)} == {5}


def test_new_organisers_of_a_series_reach_its_coming_meetings(forum, diskominfotik, imigrasi):
    series = make_series(forum, [diskominfotik], ends_on=dt.date(2026, 1, 31))
    planner.plan(series, TODAY)
    assert len(planner.preview(series, TODAY, organisers=[diskominfotik, imigrasi]).updated) == 2
    series.organisers.add(imigrasi)
    planner.plan(series, TODAY)
    assert all(m.organisers.count() == 2 for m in series.meetings.all())


def test_a_series_without_a_last_date_goes_on_planned_every_night(forum):
    import time_machine

    from sinergi.meetings.tasks import plan_series

    with time_machine.travel(dt.datetime(2025, 12, 1, 2, 0, tzinfo=dt.UTC)):
        series = make_series(forum, ends_on=None)
        planner.plan(series)
    last = series.meetings.order_by("-slot").first().slot
    with time_machine.travel(dt.datetime(2026, 6, 1, 20, 0, tzinfo=dt.UTC)):
        plan_series.call_local()
    assert series.meetings.order_by("-slot").first().slot > last + dt.timedelta(days=150)
