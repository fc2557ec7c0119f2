"""The tanda bukti penerimaan permohonan: the requester's proof that the request was received, with its
number, what was asked, and by when the written notice is due (UU 14/2008 Pasal 22(4))."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse

from sinergi.core.pdf import pdf_response, render_pdf
from sinergi.ppid import clock
from sinergi.ppid.models import InformationRequest


def receipt_pdf(item: InformationRequest) -> bytes:
    return render_pdf("ppid/letters/receipt.html", {
        "item": item, "forum": item.forum, "received_on": item.received_on, "notice_due_on": item.notice_due_on(),
        "periods": clock.periods(item.forum), "status_url": settings.SITE_URL + reverse("ppid:status_check"),
        "received_at": item.received_at.astimezone(item.forum.zone),
    })  # fmt: skip


def receipt_response(item: InformationRequest) -> HttpResponse:
    return pdf_response(receipt_pdf(item), f"tanda-bukti-{item.pk}.pdf")
