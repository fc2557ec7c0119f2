"""The registers of requests (register permohonan) and of objections (register keberatan).

The office sees the full columns; the public register of requests shows number, date,
subject, status and dates only: never a requester's name, NIK, address or contact (UU 27/2022).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sinergi.core import pii
from sinergi.ppid.models import InformationRequest, Objection


def _answered(item):
    """The request's written notice, once it is given; None before."""
    return getattr(item, "notice", None) if item.is_answered else None


def _notice(item, attribute: str, default: str = "") -> str:
    notice = _answered(item)
    if notice is None:
        return default
    value = getattr(notice, attribute)
    return str(value() if callable(value) else value)


def _date(value) -> str:
    if not value:
        return ""
    return (timezone.localtime(value) if isinstance(value, dt.datetime) else value).strftime("%d-%m-%Y")


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
    (_("Form held"), lambda i: _notice(i, "form") or i.get_form_display()),
    (_("Request type"), lambda i: i.get_access_display()),
    (_("Decision"), lambda i: _notice(i, "get_decision_display")),
    (_("Reason for refusal"), lambda i: _notice(i, "refusal_reason")),
    (_("Date of the written notice"), lambda i: _date(getattr(_answered(i), "issued_at", None))),
    (_("Date of delivery"), lambda i: _date(getattr(_answered(i), "delivered_on", None))),
    (_("Cost"), lambda i: _notice(i, "cost")),
    (_("Payment method"), lambda i: _notice(i, "payment_method")),
]


WITHHELD_SUBJECT = _("(subject not yet checked by the PPID)")


def public_subject(item: InformationRequest) -> str:
    """The subject as the public may read it: only once a PPID has checked it, and masked again by the guard.

    A requester may type their own number or another person's name into the subject, so the
    register never shows the subject as typed (UU 27/2022).
    """
    if not item.public_subject_checked_at:
        return str(WITHHELD_SUBJECT)
    text = item.public_subject
    return pii.redact(text, pii.find_personal_data(text, names=True))


PUBLIC_COLUMNS: list[tuple[str, Callable[[InformationRequest], object]]] = [
    (_("No."), lambda i: i.number),
    (_("Date received"), lambda i: _date(i.received_at)),
    (_("Information requested"), public_subject),
    (_("Status"), lambda i: i.get_status_display()),
    (_("Date of the written notice"), lambda i: _date(getattr(_answered(i), "issued_at", None))),
]


def _identity(request: InformationRequest) -> str:
    return " · ".join(filter(None, [request.name, request.address, request.phone, request.email]))


# The eleven columns of the register keberatan (Perki 1/2021).
OBJECTION_COLUMNS: list[tuple[str, Callable[[Objection], object]]] = [
    (_("Objection no."), lambda o: o.number),
    (_("Date received"), lambda o: _date(o.received_at)),
    (_("Requester"), lambda o: _identity(o.request)),
    (_("Request no."), lambda o: o.request.number),
    (_("Information requested"), lambda o: o.request.subject),
    (_("Purpose"), lambda o: o.request.purpose),
    (_("Grounds (Pasal 35)"), lambda o: "; ".join(o.grounds_display())),
    (_("Decision of the atasan PPID"), lambda o: " ".join(filter(None, [o.get_outcome_display(), o.answer]))),
    (_("Date of the answer"), lambda o: _date(o.answered_at)),
    (_("Name and position of the atasan PPID"),
     lambda o: ", ".join(filter(None, [o.answered_by.full_name if o.answered_by else "", o.answered_by_position]))),
    (_("Requester's response"), lambda o: o.requester_response),
]  # fmt: skip


def table(requests, columns) -> tuple[list[str], Iterator[list[object]]]:
    return rows(requests.select_related("notice", "agency").order_by("received_at"), columns)


def rows(items, columns) -> tuple[list[str], list[list[object]]]:
    """The header and one row per request, in the order given."""
    header = [str(title) for title, _get in columns]
    return header, [[get(item) for _title, get in columns] for item in items]


def objection_table(requests) -> tuple[list[str], Iterator[list[object]]]:
    header = [str(title) for title, _get in OBJECTION_COLUMNS]
    objections = Objection.objects.filter(request__in=requests).select_related("request", "answered_by")
    return header, ([get(o) for _title, get in OBJECTION_COLUMNS] for o in objections.order_by("received_at"))
