"""Working days skip weekends, national holidays and (unless the forum counts them) cuti bersama,
over the Indonesian calendar of DOMAIN.md section 3; a forum's own days off come from the app that
keeps them."""

from __future__ import annotations

import datetime as dt

import pytest

from sinergi.core import working_days
from sinergi.core.working_days import WorkingCalendar

D = dt.date
# received, +10 (cuti bersama excluded), +10 (counted as working days), +17 (excluded), +30 (excluded)
VECTORS = [
    (D(2026, 3, 16), D(2026, 4, 7), D(2026, 3, 31), D(2026, 4, 16), D(2026, 5, 6)),
    (D(2026, 3, 2), D(2026, 3, 16), D(2026, 3, 16), D(2026, 4, 1), D(2026, 4, 21)),
    (D(2025, 3, 24), D(2025, 4, 16), D(2025, 4, 9), D(2025, 4, 28), D(2025, 5, 20)),
]


@pytest.mark.parametrize("received, plus10, plus10_counted, plus17, plus30", VECTORS)
def test_the_domain_vectors_hold(received, plus10, plus10_counted, plus17, plus30):
    excluded, counted = WorkingCalendar(), WorkingCalendar(cuti_bersama_is_working_day=True)
    assert excluded.add_working_days(received, 10) == plus10
    assert counted.add_working_days(received, 10) == plus10_counted
    assert excluded.add_working_days(received, 17) == plus17
    assert excluded.add_working_days(received, 30) == plus30


def test_weekends_national_holidays_and_cuti_bersama_are_not_working_days():
    calendar = WorkingCalendar()
    assert not calendar.is_working_day(D(2026, 3, 21))  # Saturday
    assert not calendar.is_working_day(D(2026, 3, 19))  # Nyepi
    assert not calendar.is_working_day(D(2026, 3, 23))  # cuti bersama Idulfitri
    assert WorkingCalendar(cuti_bersama_is_working_day=True).is_working_day(D(2026, 3, 23))
    assert calendar.is_working_day(D(2026, 3, 25))


def test_a_local_day_off_is_not_a_working_day():
    assert not WorkingCalendar(local_days_off=frozenset({D(2026, 3, 25)})).is_working_day(D(2026, 3, 25))


def test_counting_from_the_day_of_receipt_is_a_setting():
    assert WorkingCalendar(count_day_of_receipt=True).add_working_days(D(2026, 3, 2), 1) == D(2026, 3, 2)
    assert WorkingCalendar().add_working_days(D(2026, 3, 2), 1) == D(2026, 3, 3)


def test_a_period_outside_reason_is_refused():
    with pytest.raises(ValueError):
        WorkingCalendar().add_working_days(D(2026, 3, 2), 0)


def test_a_forum_follows_the_national_calendar_unless_an_app_keeps_its_own(monkeypatch):
    monkeypatch.setattr(working_days, "_forum_calendar", None)
    assert WorkingCalendar.for_forum(object()) == WorkingCalendar()
    own = WorkingCalendar(local_days_off=frozenset({D(2026, 3, 25)}))
    working_days.register_forum_calendar(lambda forum: own)
    assert WorkingCalendar.for_forum(object()) is own
