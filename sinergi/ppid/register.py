"""The register of requests (register permohonan): the office's full columns, and the public's few.

The public register shows number, date, subject, status and dates only: never a requester's
name, NIK, address or contact (UU 27/2022).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sinergi.core import pii
from sinergi.ppid.models import InformationRequest


def _notice(item, attribute: str, default: str = "") -> str:
    notice = getattr(item, "notice", None) if item.status == "answered" else None
    if notice is None:
        return default
    value = getattr(notice, attribute)
    return str(value() if callable(value) else value)


def _date(value) -> str:
    return timezone.localtime(value).strftime("%d-%m-%Y") if value else ""


OFFICE_COLUMNS: list[tuple[str, Callable[[InformationRequest], object]]] = [
    (_("No."), lambda i: i.number),
    (_("Date received"), lambda i: _date(i.received_at)),
    (_("Name"), lambda i: i.name),
    (_("Address"), lambda i: i.address),
    (_("Contact"), lambda i: " ".join(filter(None, [i.phone, i.email]))),
    (_("Occupation"), lambda i: i.occupation),
    (_("Information requested"), lambda i: i.subject),
    (_("Purpose"), lambda i: i.purpose),
    (_("Held?"), lambda i: _notice(i, "get_held_display")),
    (_("Form held"), lambda i: i.get_form_display()),
    (_("Request type"), lambda i: i.get_access_display()),
    (_("Decision"), lambda i: _notice(i, "get_decision_display")),
    (_("Reason for refusal"), lambda i: _notice(i, "refusal_reason")),
    (_("Date of the written notice"), lambda i: _date(i.notice.issued_at) if _notice(i, "pk") else ""),
    (_("Cost"), lambda i: _notice(i, "cost")),
    (_("Payment method"), lambda i: _notice(i, "payment_method")),
]


def _masked(text: str) -> str:
    """A requester may type their own number into the subject; the public never sees it."""
    return pii.redact(text, pii.find_personal_data(text))


PUBLIC_COLUMNS: list[tuple[str, Callable[[InformationRequest], object]]] = [
    (_("No."), lambda i: i.number),
    (_("Date received"), lambda i: _date(i.received_at)),
    (_("Information requested"), lambda i: _masked(i.subject)),
    (_("Status"), lambda i: i.get_status_display()),
    (_("Date of the written notice"), lambda i: _date(i.notice.issued_at) if _notice(i, "pk") else ""),
]


def table(requests, columns) -> tuple[list[str], Iterator[list[object]]]:
    header = [str(title) for title, _get in columns]
    items = requests.select_related("notice", "agency").order_by("received_at")
    return header, ([get(item) for _title, get in columns] for item in items)
