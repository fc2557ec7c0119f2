"""The public side of information requests: the form and the requester's private tracking page."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from sinergi.core.clients import client_fingerprint
from sinergi.core.forums import current_forum
from sinergi.core.list_filters import ListFilter
from sinergi.core.tasks import enqueue_or_defer
from sinergi.core.workflow import TransitionError
from sinergi.ppid import clock, register
from sinergi.ppid.disputes import dispute_window
from sinergi.ppid.forms import ObjectionForm, RequestForm
from sinergi.ppid.models import InformationRequest, PublicBody
from sinergi.ppid.models.request import RequestStatus
from sinergi.ppid.notices import notice_pdf_response
from sinergi.ppid.outgoing_letters import letter_response
from sinergi.ppid.receipts import objection_receipt_response, receipt_response
from sinergi.ppid.tasks import send_receipt


def _too_many(forum, fingerprint: str) -> bool:
    hour_ago = timezone.now() - datetime.timedelta(hours=1)
    recent = InformationRequest.objects.filter(forum=forum, client_fingerprint=fingerprint, created_at__gte=hour_ago)
    return recent.count() >= settings.PPID_REQUESTS_PER_HOUR


def request_form(request):
    forum = current_forum(request)
    # The hourly limit is checked before the form is read, so a flood's files are never parsed.
    over_limit = request.method == "POST" and _too_many(forum, client_fingerprint(request))
    # A link from a body's DIP or charter (`?badan=KODE`) chooses that body; the citizen may change it.
    chosen = PublicBody.objects.filter(forum=forum, code__iexact=request.GET.get("badan", "")[:30]).first()
    form = RequestForm(request.POST or None, request.FILES or None, forum=forum, over_limit=over_limit,
                       initial={"public_body": chosen} if chosen else None)  # fmt: skip
    if request.method == "POST":
        fingerprint = client_fingerprint(request)
        if form.is_valid():
            with transaction.atomic():
                item = form.save(commit=False)
                item.forum, item.client_fingerprint = forum, fingerprint
                item.save()  # issues the registration number
                item.id_document.save("identitas", form.prepared["content"], save=True)
                enqueue_or_defer(send_receipt, item.pk)
            return redirect(item.get_tracking_url() + "?baru=1")
    return render(request, "ppid/request_form.html", {"form": form, "periods": clock.periods(forum),
                                                      "id_scan_days": settings.PPID_ID_SCAN_KEEP_DAYS})  # fmt: skip


def track(request, token: str):
    """The requester's own page, reached by the secret link: status and deadlines, no personal data."""
    item = get_object_or_404(InformationRequest.objects.select_related("agency", "forum"), tracking_token=token)
    form = ObjectionForm(request.POST or None)
    response_error = None
    if request.method == "POST" and "tanggapan" in request.POST and hasattr(item, "objection"):
        try:
            item.objection.respond(request.POST["tanggapan"])
        except TransitionError as error:
            response_error = str(error)
        else:
            return redirect(item.get_tracking_url() + "#keberatan")
    elif request.method == "POST" and form.is_valid():
        try:
            item.file_objection(form.cleaned_data["grounds"], form.cleaned_data["statement"])
        except TransitionError as error:
            form.add_error(None, str(error))
        else:
            return redirect(item.get_tracking_url() + "#keberatan")
    window = item.objection_window()
    objection = getattr(item, "objection", None)
    response = render(request, "ppid/track.html", {
        "item": item, "new": "baru" in request.GET, "notice_due_on": item.notice_due_on(),
        "objection_form": form, "window": window,
        "dispute_window": dispute_window(objection) if objection else None, "response_error": response_error,
        "may_object": window is not None and item.forum.today() <= window[1] and not hasattr(item, "objection"),
    })  # fmt: skip
    response["X-Robots-Tag"] = "noindex, nofollow"
    # same-origin, not no-referrer: the secret link stays off other sites, and the objection form's
    # POST still carries an Origin that Django's CSRF check accepts (no-referrer sends "null").
    response["Referrer-Policy"] = "same-origin"
    response["Cache-Control"] = "private, no-store"
    return response


def track_notice_pdf(request, token: str):
    """The requester's copy of the written notice, behind the same secret link."""

    return notice_pdf_response(get_object_or_404(InformationRequest, tracking_token=token))


def track_receipt_pdf(request, token: str):
    """The requester's receipt (tanda bukti), behind the same secret link."""

    return receipt_response(get_object_or_404(InformationRequest.objects.select_related("forum", "agency"),
                                              tracking_token=token))  # fmt: skip


def track_letter_pdf(request, token: str, kind: str):
    """The requester's copy of the extension or the atasan's answer, behind the same secret link."""
    return letter_response(get_object_or_404(InformationRequest.objects.select_related("forum", "public_body"),
                                             tracking_token=token), kind)  # fmt: skip


def track_objection_receipt_pdf(request, token: str):
    """The receipt of the requester's objection, behind the same secret link."""
    item = get_object_or_404(InformationRequest.objects.select_related("forum"), tracking_token=token)
    if not hasattr(item, "objection"):
        raise Http404
    return objection_receipt_response(item.objection)


def public_register(request):
    """The register anyone may read: number, date, subject, status and dates; no personal data."""

    forum = current_forum(request)
    # Newest first, paged in the database: only one page of requests is read and masked per visit,
    # and never the texts as typed (the register shows the subject a PPID checked).
    newest = (
        InformationRequest.objects.filter(forum=forum).select_related("notice")
        .defer("subject", "purpose", "address", "extension_reason").order_by("-received_at", "-pk")
    )  # fmt: skip
    filters = ListFilter(request.GET, statuses=RequestStatus.choices, overdue=False)
    status = filters.chosen["status"]
    page = Paginator(newest.filter(status=status) if status else newest, 50).get_page(request.GET.get("halaman"))
    header, rows = register.rows(page.object_list, register.PUBLIC_COLUMNS)
    page.object_list = [list(zip(header, row, strict=True)) for row in rows]  # each cell knows its column
    return render(request, "ppid/public_register.html", {"header": header, "page": page, "filters": filters})
