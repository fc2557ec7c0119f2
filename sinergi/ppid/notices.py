"""Giving the written notice: saved, rendered as a PDF, the request answered, the requester told."""

from __future__ import annotations

from django.core.files.base import ContentFile
from django.db import transaction
from django.http import FileResponse, Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from sinergi.core.downloads import file_response
from sinergi.core.pdf import render_pdf
from sinergi.core.tasks import enqueue_or_defer
from sinergi.ppid.models import Delivery, InformationRequest, RequestAction, RequestStatus, WrittenNotice


def render_notice_pdf(notice: WrittenNotice) -> bytes:
    return render_pdf("ppid/notice_pdf.html", {"notice": notice, "item": notice.request})


def give_notice(item: InformationRequest, notice: WrittenNotice, by) -> WrittenNotice:
    """Issue the notice once; the request is answered and the requester e-mailed after commit."""
    from sinergi.ppid.tasks import send_notice

    if item.status == RequestStatus.ANSWERED:
        raise ValueError("answered already")
    with transaction.atomic():
        notice.request, notice.issued_by = item, by
        if item.delivery == Delivery.EMAIL:
            notice.delivered_on = timezone.localdate()  # the e-mail goes with the notice
        notice.save()
        notice.pdf.save(f"pemberitahuan-{item.pk}.pdf", ContentFile(render_notice_pdf(notice)), save=True)
        item.status = RequestStatus.ANSWERED
        item.save(update_fields=["status"])
        item.events.create(action=RequestAction.NOTICE_GIVEN, actor=by, comment=notice.get_decision_display())
        enqueue_or_defer(send_notice, item.pk)
    return notice


def record_delivery(notice: WrittenNotice, day, by) -> None:
    """The day the requester received what was granted, for a delivery other than e-mail."""
    if day > timezone.localdate() or day < timezone.localtime(notice.issued_at).date():
        raise ValueError(_("The delivery date lies between the notice and today."))
    notice.delivered_on = day
    notice.save(update_fields=["delivered_on"])
    notice.request.events.create(action=RequestAction.DELIVERED, actor=by, comment=day.isoformat())


def notice_pdf_response(item: InformationRequest) -> FileResponse:
    """The notice's PDF for whoever the calling view has already let in (PPID, atasan, or the link holder)."""
    if not hasattr(item, "notice"):
        raise Http404
    response = file_response(item.notice.pdf, filename=f"pemberitahuan-{item.pk}.pdf")
    response["Cache-Control"] = "private, no-store"
    return response
