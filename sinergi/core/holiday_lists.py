"""Which years' national holidays and cuti bersama have been checked, and against what.

The `holidays` package gives the national list (`core.working_days`). A year's list is final
only once the joint decree (SKB) of the Minister of Religious Affairs, the Minister of Manpower
and the Minister for Administrative Reform on national holidays and cuti bersama is out, and
its dates have been compared with the package's. Until then its Islamic holidays are
estimates and its cuti bersama may be missing, so a deadline counted in that year may move.

When the next decree is published: compare it with `holidays.Indonesia(years=Y, categories=
("public", "government"))`, raise the pin in requirements.txt to the release that matches,
and add the year here.
"""

from __future__ import annotations

import datetime as dt

import holidays

CHECKED = {
    2024: "SKB 3 Menteri tentang hari libur nasional dan cuti bersama tahun 2024, dibandingkan dengan holidays 0.109",
    2025: "SKB 3 Menteri tentang hari libur nasional dan cuti bersama tahun 2025, dibandingkan dengan holidays 0.109",
    2026: "SKB 3 Menteri tentang hari libur nasional dan cuti bersama tahun 2026, dibandingkan dengan holidays 0.109",
}
# Years before this are long past: their lists are what the offices kept, and no deadline moves.
FIRST_CHECKED = min(CHECKED)


def is_provisional(year: int) -> bool:
    """Whether a deadline in `year` may still move: its list not checked against its decree, or estimated."""
    if year < FIRST_CHECKED:
        return False
    if year not in CHECKED:
        return True
    listed = holidays.Indonesia(years=year, categories=("public", "government"))
    return any("estimated" in name for name in listed.values())


def provisional(day: dt.date | None) -> bool:
    return day is not None and is_provisional(day.year)
