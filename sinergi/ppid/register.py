"""The registers of requests (register permohonan) and of objections (register keberatan).

The office sees the full columns; the public register of requests shows number, date,
subject, status and dates only: never a requester's name, NIK, address or contact (UU 27/2022).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from sinergi.core import pii
from sinergi.ppid.models import Held, InformationRequest, Objection


def _answered(item):
    """The request's written notice, once it is given; None before."""
    return getattr(item, "notice", None) if item.is_answered else None


def _notice(item, attribute: str, default: str = "") -> str:
    notice = _answered(item)
    if notice is None:
        return default
    value = getattr(notice, attribute)
    return str(value() if callable(value) else value)


def _date(value, forum) -> str:
    """A date as the register prints it; a moment is dated where the forum is."""
    if not value:
        return ""
    return (forum.date_of(value) if isinstance(value, dt.datetime) else value).strftime("%d-%m-%Y")


def _form_held(item) -> str:
    """Bentuk informasi yang dikuasai: only for information the body holds, once the notice says so."""
    notice = _answered(item)
    return notice.form if notice is not None and notice.held == Held.YES else ""


_LONG_TOKEN = re.compile(r"\S*[/@]\S*")  # a registration number, an e-mail address, a link


def _breakable(text: str) -> str:
    """A zero-width space after each slash, @ and dot of a number, address or link, so that on paper it wraps
    there; ordinary words and amounts (Rp23.000) are left whole."""
    return _LONG_TOKEN.sub(lambda token: re.sub(r"([/@.])(?=\w)", "\\1\u200b", token.group()), text)


OFFICE_COLUMNS: list[tuple[str, Callable[[InformationRequest], object]]] = [
    (_("No."), lambda i: i.number),
    (_("Date received"), lambda i: _date(i.received_at, i.forum)),
    (_("Name"), lambda i: i.name),
    (_("Address"), lambda i: i.address),
    (_("Contact"), lambda i: " ".join(filter(None, [i.phone, i.email]))),
    (_("Occupation"), lambda i: i.occupation),
    (_("Information requested"), lambda i: i.subject),
    (_("Purpose"), lambda i: i.purpose),
    (_("Held?"), lambda i: _notice(i, "get_held_display")),
    (_("Form held"), _form_held),
    (_("Request type"), lambda i: i.get_access_display()),
    (_("Decision"), lambda i: _notice(i, "get_decision_display")),
    (_("Reason for refusal"), lambda i: _notice(i, "refusal_reason")),
    (_("Date of the written notice"), lambda i: _date(getattr(_answered(i), "issued_at", None), i.forum)),
    (_("Date of delivery"), lambda i: _date(getattr(_answered(i), "delivered_on", None), i.forum)),
    (_("Cost"), lambda i: int(_answered(i).cost) if _answered(i) else ""),
    (_("Payment method"), lambda i: _notice(i, "payment_method")),
]

# On paper the register has the Perki's grouped headings: (first column, group, the heading of each
# column under it). CSV and XLSX keep one plain heading per column.
OFFICE_GROUPS = [
    (8, _("Status of the information"), [_("Held?"), _("Form held"), _("Request type")]),
    (13, _("Day and date"), [_("Written notice"), _("Delivery of the information")]),
    (15, _("Cost and payment"), [_("Cost"), _("Payment method")]),
]
# Relative widths of the printed columns (the number, the subject and the reasons get the most room).
OFFICE_WIDTHS = [22, 15, 18, 20, 24, 16, 29, 19, 16, 16, 17, 17, 21, 20, 20, 13, 17]


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
    (_("Date received"), lambda i: _date(i.received_at, i.forum)),
    (_("Information requested"), public_subject),
    (_("Status"), lambda i: i.get_status_display()),
    (_("Date of the written notice"), lambda i: _date(getattr(_answered(i), "issued_at", None), i.forum)),
]


def _identity(request: InformationRequest) -> str:
    return " · ".join(filter(None, [request.name, request.address, request.phone, request.email]))


# The eleven columns of the register keberatan (Perki 1/2021).
OBJECTION_COLUMNS: list[tuple[str, Callable[[Objection], object]]] = [
    (_("Objection no."), lambda o: o.number),
    (_("Date received"), lambda o: _date(o.received_at, o.request.forum)),
    (_("Requester"), lambda o: _identity(o.request)),
    (_("Request no."), lambda o: o.request.number),
    (_("Information requested"), lambda o: o.request.subject),
    (_("Purpose"), lambda o: o.request.purpose),
    (_("Grounds (Pasal 35)"), lambda o: "; ".join(o.grounds_display())),
    (_("Decision of the atasan PPID"), lambda o: " ".join(filter(None, [o.get_outcome_display(), o.answer]))),
    (_("Date of the answer"), lambda o: _date(o.answered_at, o.request.forum)),
    (_("Name and position of the atasan PPID"),
     lambda o: ", ".join(filter(None, [o.answered_by.full_name if o.answered_by else "", o.answered_by_position]))),
    (_("Requester's response"), lambda o: o.requester_response),
]  # fmt: skip


def table(requests, columns) -> tuple[list[str], list[list[object]]]:
    return rows(requests.select_related("notice", "agency", "forum").order_by("received_at"), columns)


def rows(items, columns) -> tuple[list[str], list[list[object]]]:
    """The header and one row per request, in the order given."""
    header = [str(title) for title, _get in columns]
    return header, [[get(item) for _title, get in columns] for item in items]


# The columns that say who the requester is, withheld from whoever may not see it.
IDENTITY_COLUMNS = {_("Name"), _("Address"), _("Contact"), _("Occupation")}
WITHHELD_IDENTITY = "–"


def request_table(requests, year: int | None, shows_identity=lambda item: True) -> tuple[list[str], list[list[object]]]:
    """The register permohonan: the requests received in `year` (all when None); the identity columns
    blank on a request whose requester the reader may not see."""
    if year:
        requests = requests.filter(received_at__year=year)
    identity = {str(title) for title in IDENTITY_COLUMNS}
    columns = [(title, _identity_or_blank(get, shows_identity) if str(title) in identity else get)
               for title, get in OFFICE_COLUMNS]  # fmt: skip
    return table(requests, columns)


def _identity_or_blank(get, shows_identity):
    return lambda item: get(item) if shows_identity(item) else WITHHELD_IDENTITY


def objection_table(requests, year: int | None, shows_identity=lambda item: True) -> tuple[list[str], Iterator[list[object]]]:
    """The register keberatan: objections to `requests` filed in `year`, whatever year the request was (every
    row has an objection, so whoever may read it may see the requester)."""
    header = [str(title) for title, _get in OBJECTION_COLUMNS]
    objections = Objection.objects.filter(request__in=requests).select_related("request__forum", "answered_by")
    if year:
        objections = objections.filter(received_at__year=year)
    return header, ([get(o) for _title, get in OBJECTION_COLUMNS] for o in objections.order_by("received_at"))


@dataclass(frozen=True)
class HeadingCell:
    label: str
    colspan: int = 1
    rowspan: int = 1


def printed_heading(header: list[str], groups) -> tuple[list[HeadingCell], list[HeadingCell]]:
    """The two heading rows of a printed register: ungrouped columns span both, a group spans its columns."""
    starts = {first: (label, under) for first, label, under in groups}
    top, below, column = [], [], 0
    while column < len(header):
        if column in starts:
            label, under = starts[column]
            top.append(HeadingCell(str(label), colspan=len(under)))
            below.extend(HeadingCell(str(title)) for title in under)
            column += len(under)
        else:
            top.append(HeadingCell(header[column], rowspan=2 if groups else 1))
            column += 1
    return top, below


def printed_rows(rows) -> list[list[object]]:
    """Rows for paper: numbers, addresses and links may wrap at their slashes, @ and dots, never inside a word."""
    return [[_breakable(cell) if isinstance(cell, str) else _amount(cell) for cell in row] for row in rows]


def _amount(value) -> str:
    """An amount as Indonesian paper writes it: 23.000."""
    return f"{value:,}".replace(",", ".") if isinstance(value, int) else str(value)
