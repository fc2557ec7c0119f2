"""Personal data is kept only as long as needed (UU 27/2022): the ID scan until the request is closed and a
short while after, the requester's identity until the retention period ends."""

from __future__ import annotations

import datetime as dt

from django.conf import settings

from sinergi.ppid.clock import DeadlineCalendar
from sinergi.ppid.disputes import dispute_window
from sinergi.ppid.models import InformationRequest


def erase_past_retention(dry_run: bool = False) -> int:
    """Erase who the requesters were on requests past retention (never while an objection or dispute is
    open); idempotent, statistics unchanged."""
    due = InformationRequest.objects.past_retention()
    if dry_run:
        return due.count()
    count = 0
    for item in due.iterator():
        item.erase_personal_data()
        count += 1
    return count


def closed_on(item: InformationRequest, calendar: DeadlineCalendar) -> dt.date | None:
    """The day nothing more can happen to a request: the last day to object when nobody did, the last day to
    go to the Komisi Informasi after the atasan's answer, or the day a dispute was settled. None while open."""
    if not item.is_answered or item.has_open_objection:
        return None
    objection = getattr(item, "objection", None)
    if objection is None:
        window = item.objection_window(calendar)
        return window[1] if window else None
    dispute = getattr(objection, "dispute", None)
    if dispute is not None:
        return dispute.decided_on
    window = dispute_window(objection, calendar)
    return window[1] if window else None


def delete_id_scans(today: dt.date | None = None) -> int:
    """Delete the ID scans of requests closed more than `PPID_ID_SCAN_KEEP_DAYS` ago; how many went."""
    count = 0
    calendars: dict[int, DeadlineCalendar] = {}
    for item in InformationRequest.objects.exclude(id_document="").select_related("forum").iterator():
        calendar = calendars.setdefault(item.forum_id, DeadlineCalendar.for_forum(item.forum))
        closed = closed_on(item, calendar)
        if closed is not None and (today or item.forum.today()) > closed + dt.timedelta(days=settings.PPID_ID_SCAN_KEEP_DAYS):
            item.id_document.delete(save=False)
            item.save(update_fields=["id_document"])
            count += 1
    return count
