"""The PPID office's list of requests: each with the day its written notice is due and whether it is late.

The deadline counts working days on the forum's calendar, which the database cannot do, so the
overdue filter runs over the rows after the calendar has dated them. The calendar is read once
for the whole list (a query per row would make a busy office's list slow).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sinergi.ppid.clock import DeadlineCalendar
from sinergi.ppid.models import InformationRequest
from sinergi.ppid.models.request import RequestStatus

# The newest this many are dated: far more than an office has open at once.
LIMIT = 500


@dataclass(frozen=True)
class Row:
    item: InformationRequest
    due: dt.date
    overdue: bool


def rows(requests, forum, *, status: str = "", agency=None, overdue: bool = False) -> list[Row]:
    """`requests` (of one forum, with their agency and forum read alongside) dated and filtered."""
    if status:
        requests = requests.filter(status=status)
    if agency is not None:
        requests = requests.filter(agency=agency)
    calendar = DeadlineCalendar.for_forum(forum)
    today = forum.today()
    dated = []
    for item in requests[:LIMIT]:
        due = item.notice_due_on(calendar)
        dated.append(Row(item, due, item.status != RequestStatus.ANSWERED and due < today))
    return [row for row in dated if row.overdue] if overdue else dated
