"""The receipts (tanda bukti penerimaan) of a request and of an objection: the requester's proof that it
was received, with its number, what was asked, and by when the answer is due (UU 14/2008 Pasal
22(4), Pasal 36)."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse

from sinergi.core.pdf import pdf_response
from sinergi.ppid import clock, letters
from sinergi.ppid.models import InformationRequest, LetterKind, Objection, ObjectionGround


def receipt_pdf(item: InformationRequest) -> bytes:
    """The receipt as issued the first time it was asked for: frozen, with its QR code (ppid/letters.py)."""
    return letters.frozen_or_issued(LetterKind.RECEIPT, item.public_body, item.number, item.received_on, item,
                                    "ppid/letters/receipt.html", {
        "item": item, "forum": item.forum, "received_on": item.received_on, "notice_due_on": item.notice_due_on(),
        "periods": clock.periods(item.forum), "status_url": settings.SITE_URL + reverse("ppid:status_check"),
        "received_at": item.received_at.astimezone(item.forum.zone), "received_by": _officer(item.registered_by),
    })  # fmt: skip


def _officer(member) -> str:
    return (member.full_name or member.email) if member else ""


def receipt_response(item: InformationRequest) -> HttpResponse:
    return pdf_response(receipt_pdf(item), f"tanda-bukti-{item.pk}.pdf")


def objection_receipt_pdf(objection: Objection) -> bytes:
    item = objection.request
    day = item.forum.date_of(objection.received_at)
    return letters.frozen_or_issued(LetterKind.OBJECTION_RECEIPT, item.public_body, objection.number, day, item,
                                    "ppid/letters/objection_receipt.html", {
        "objection": objection, "item": item, "forum": item.forum, "answer_due_on": objection.answer_due_on(),
        "received_at": objection.received_at.astimezone(item.forum.zone),
        "received_by": _officer(objection.registered_by), "periods": clock.periods(item.forum),
        "grounds": ObjectionGround.choices,
    })  # fmt: skip


def objection_receipt_response(objection: Objection) -> HttpResponse:
    return pdf_response(objection_receipt_pdf(objection), f"tanda-bukti-keberatan-{objection.request_id}.pdf")
