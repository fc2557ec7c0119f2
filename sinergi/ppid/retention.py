"""Personal data is kept only as long as needed (UU 27/2022): past the retention period it goes."""

from __future__ import annotations

from sinergi.ppid.models import InformationRequest


def erase_past_retention(dry_run: bool = False) -> int:
    """Erase who the requesters were on requests past retention; idempotent, statistics unchanged."""
    due = InformationRequest.objects.past_retention()
    if dry_run:
        return due.count()
    count = 0
    for item in due.iterator():
        item.erase_personal_data()
        count += 1
    return count
