"""The PPID office: the requests a PPID handles, their deadlines, routing and forwarding."""

from __future__ import annotations

import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.dateparse import parse_date
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_POST

from sinergi.core.downloads import file_response
from sinergi.core.forums import current_forum
from sinergi.core.list_filters import ListFilter
from sinergi.core.pdf import pdf_response, render_pdf
from sinergi.core.permissions import allowed, require
from sinergi.core.spreadsheets import table_response
from sinergi.core.workflow import TransitionError
from sinergi.forum.models import Agency
from sinergi.ppid import clock, register, request_deadlines
from sinergi.ppid.disputes import DisputeForm, dispute_window
from sinergi.ppid.forms import (
    DeskObjectionForm,
    DocumentForm,
    ExtensionForm,
    NoticeForm,
    ObjectionAnswerForm,
    PublicSubjectForm,
    RouteForm,
)
from sinergi.ppid.models import Decision, HandOver, InformationRequest, PersonalDataAccess, PublicBody
from sinergi.ppid.models.request import RequestStatus
from sinergi.ppid.notices import notice_pdf_response
from sinergi.ppid.outgoing_letters import letter_response


def _request_for(request, pk: int, rule: str) -> InformationRequest:
    forum = current_forum(request)
    item = get_object_or_404(InformationRequest.objects.select_related("agency", "forum"), pk=pk, forum=forum)
    require(rule, request.user, item)
    return item


@login_required
def request_list(request):
    forum = current_forum(request)
    require("ppid.view_requests", request.user, forum)
    handled = InformationRequest.objects.handled_by(request.user, forum)
    filters = ListFilter(request.GET, statuses=RequestStatus.choices,
                         agencies=Agency.objects.filter(forum=forum, information_requests__in=handled)
                         .distinct().order_by("name"))  # fmt: skip
    rows = request_deadlines.rows(handled.select_related("agency", "forum"), forum, **filters.chosen)
    bodies = PublicBody.objects.filter(forum=forum, information_requests__in=handled).distinct().order_by("-is_main", "name")
    return render(request, "ppid/office/list.html", {
        "page": Paginator(rows, 50).get_page(request.GET.get("halaman")), "filters": filters, "bodies": bodies,
    })  # fmt: skip


@login_required
def request_detail(request, pk: int):
    item = _request_for(request, pk, "ppid.view_request")
    return render(request, "ppid/office/detail.html", {
        "item": item,
        "notice_due_on": item.notice_due_on(),
        "events": item.events.select_related("from_agency", "to_agency", "actor"),
        "route_form": RouteForm(forum=item.forum, prefix="teruskan"),
        "forward_form": RouteForm(forum=item.forum, prefix="alihkan"),
        "can_route": allowed("ppid.route_request", request.user, item),
        "can_forward": allowed("ppid.forward_request", request.user, item),
        "can_answer": not item.is_answered and allowed("ppid.answer_request", request.user, item),
        "can_record_delivery": item.is_answered and allowed("ppid.answer_request", request.user, item),
        "hand_over_choices": HandOver.choices,
        **_documents(request, item),
        "can_check_subject": allowed("ppid.check_public_subject", request.user, item),
        "can_see_identity": allowed("ppid.view_identity", request.user, item),
        "extension_form": ExtensionForm(),
        "periods": clock.periods(item.forum),
        "can_decide": allowed("ppid.decide_objection", request.user, item),
        "objection_form": ObjectionAnswerForm(),
        "can_record_dispute": allowed("ppid.record_dispute", request.user, item),
        "dispute_window": dispute_window(item.objection) if hasattr(item, "objection") else None,
        **_desk_objection(item),
    })  # fmt: skip


def _documents(request, item: InformationRequest) -> dict:
    """Whether the member may give documents with the notice (a grant in whole or in part), and the form."""
    notice = getattr(item, "notice", None) if item.is_answered else None
    may = (notice is not None and notice.decision in (Decision.GRANTED, Decision.PARTLY)
           and not item.personal_data_erased_at and allowed("ppid.answer_request", request.user, item))  # fmt: skip
    return {"may_give_documents": may, "document_form": DocumentForm(prefix="dokumen") if may else None}


def _desk_objection(item: InformationRequest) -> dict:
    """Whether the desk may register a written objection now, with the form and the window."""
    window = None if hasattr(item, "objection") else item.objection_window()
    open_now = window is not None and item.forum.today() <= window[1]
    return {"may_register_objection": open_now, "objection_window": window,
            "desk_objection_form": DeskObjectionForm(prefix="tertulis") if open_now else None}  # fmt: skip


@login_required
def notice(request, pk: int):
    item = _request_for(request, pk, "ppid.answer_request")
    if item.is_answered:
        messages.error(request, _("The written notice has been given already."))
        return redirect("ppid_office:detail", pk=item.pk)
    form = NoticeForm(request.POST or None, initial={"form": item.get_form_display(),
                                                     "delivery": item.get_delivery_display()})  # fmt: skip
    if form.is_valid():
        try:
            item.give_notice(form.save(commit=False), request.user)
        except TransitionError as error:  # another PPID gave it meanwhile
            messages.error(request, str(error))
        else:
            _tell_how_it_goes(request, item)
        return redirect("ppid_office:detail", pk=item.pk)
    return render(request, "ppid/office/notice_form.html", {"item": item, "form": form})


def _tell_how_it_goes(request, item: InformationRequest) -> None:
    """After the notice is issued: what happens next to reach the requester, never that they have it."""
    if item.emails_notice:
        messages.success(request, _("The written notice is issued. The e-mail to the requester is being sent; "
                                    "this page shows whether it went out."))  # fmt: skip
    else:
        messages.warning(request, _("The written notice is issued, but the requester does not have it yet: hand it "
                                    "over (%(how)s) and record the date here.") % {"how": item.get_delivery_display()})  # fmt: skip


@login_required
def public_subject(request, pk: int):
    """A PPID writes or confirms the subject the public register shows, starting from the subject with
    what the guard finds masked; the guard checks what they write again."""
    item = _request_for(request, pk, "ppid.check_public_subject")
    form = PublicSubjectForm(request.POST or None,
                             initial={"text": item.public_subject or item.suggested_public_subject()})  # fmt: skip
    if request.method == "POST" and form.is_valid():
        try:
            item.check_public_subject(request.user, form.cleaned_data["text"])
        except TransitionError as error:
            form.add_error("text", str(error))
        else:
            messages.success(request, _("The public register shows the checked subject."))
            return redirect("ppid_office:detail", pk=item.pk)
    return render(request, "ppid/office/public_subject_form.html", {"item": item, "form": form})


@login_required
@require_POST
def extend(request, pk: int):
    item = _request_for(request, pk, "ppid.answer_request")
    form = ExtensionForm(request.POST)
    try:
        item.extend(request.user, form.data.get("reason", ""))
    except TransitionError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request, _("The period is extended to %(date)s.") % {"date": date_format(item.notice_due_on())}
        )
    return redirect("ppid_office:detail", pk=item.pk)


def _date(raw: str):
    """A date typed as YYYY-MM-DD, or None for anything else (including 2026-02-30)."""
    try:
        return parse_date(raw.strip())
    except ValueError:
        return None


@login_required
@require_POST
def delivered(request, pk: int):
    """Record when the requester received the information (post, courier, in person)."""
    item = _request_for(request, pk, "ppid.answer_request")
    day = _date(request.POST.get("delivered_on", "")) if hasattr(item, "notice") else None
    if day is None:
        messages.error(request, _("Give the date of delivery."))
        return redirect("ppid_office:detail", pk=item.pk)
    try:
        item.notice.record_delivery(day, request.user, request.POST.get("how", ""))
    except TransitionError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The date of delivery is recorded."))
    return redirect("ppid_office:detail", pk=item.pk)


@login_required
@require_POST
def send_again(request, pk: int):
    """The notice's e-mail failed: send it once more."""
    item = _request_for(request, pk, "ppid.answer_request")
    if not hasattr(item, "notice"):
        raise Http404
    try:
        item.notice.send_again(request.user)
    except TransitionError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The e-mail is being sent again; this page shows whether it went out."))
    return redirect("ppid_office:detail", pk=item.pk)


@login_required
def letter_pdf(request, pk: int, kind: str):
    """The extension or the atasan's answer, as sent to the requester."""
    return letter_response(_request_for(request, pk, "ppid.view_request"), kind)


@login_required
def notice_pdf(request, pk: int):
    item = _request_for(request, pk, "ppid.view_request")
    return notice_pdf_response(item)


@login_required
@require_POST
def move(request, pk: int, how: str):
    rule = {"teruskan": "ppid.route_request", "alihkan": "ppid.forward_request"}.get(how)
    if rule is None:
        raise Http404
    item = _request_for(request, pk, rule)
    form = RouteForm(request.POST, forum=item.forum, prefix=how)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors["comment"]) if "comment" in form.errors else _("Choose an agency."))
        return redirect("ppid_office:detail", pk=item.pk)
    try:
        if how == "teruskan":
            item.route(form.cleaned_data["agency"], request.user, form.cleaned_data["comment"])
        else:
            item.forward(form.cleaned_data["agency"], request.user, form.cleaned_data["comment"])
    except TransitionError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The request is now with %(agency)s.") % {"agency": item.agency.name})
    if allowed("ppid.view_request", request.user, item):
        return redirect("ppid_office:detail", pk=item.pk)
    return redirect("ppid_office:list")


@login_required
def id_document(request, pk: int):
    """The requester's ID: only for the PPIDs handling the request, and the atasan once there is an objection;
    every download is logged."""
    item = _request_for(request, pk, "ppid.view_identity")
    response = file_response(item.id_document, filename=f"identitas-{item.pk}")
    PersonalDataAccess.objects.create(forum=item.forum, member=request.user, what="identitas", request=item)
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def decide_objection(request, pk: int):
    item = _request_for(request, pk, "ppid.decide_objection")
    objection = getattr(item, "objection", None)
    form = ObjectionAnswerForm(request.POST)
    if objection is None or not form.is_valid():
        messages.error(request, _("Write the answer and your position."))
        return redirect("ppid_office:detail", pk=item.pk)
    try:
        objection.decide(request.user, form.cleaned_data["outcome"], form.cleaned_data["answer"],
                         form.cleaned_data["position"])  # fmt: skip
    except TransitionError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The objection is answered; the requester sees the answer on their page."))
    return redirect("ppid_office:detail", pk=item.pk)


@login_required
def dispute(request, pk: int):
    """Record the requester's dispute before the Komisi Informasi, then its stages and result."""
    item = _request_for(request, pk, "ppid.record_dispute")
    objection = getattr(item, "objection", None)
    if objection is None:
        messages.error(request, _("A dispute follows an objection, and this request has none."))
        return redirect("ppid_office:detail", pk=item.pk)
    existing = getattr(objection, "dispute", None)
    if existing is None and dispute_window(objection) is None:
        messages.error(request, _("The atasan PPID may still answer the objection, until %(date)s.")
                       % {"date": date_format(objection.answer_due_on())})  # fmt: skip
        return redirect("ppid_office:detail", pk=item.pk)
    form = DisputeForm(request.POST or None, instance=existing, objection=objection)
    if form.is_valid():
        try:
            form.save(commit=False).record(request.user)
        except TransitionError as error:  # another PPID recorded it meanwhile; what was typed stays
            form.add_error(None, error)
        else:
            messages.success(request, _("The dispute record is saved."))
            return redirect("ppid_office:detail", pk=item.pk)
    return render(request, "ppid/office/dispute_form.html", {"item": item, "form": form, "existing": existing})


REGISTERS = {
    "permohonan": (_lazy("Register of requests for public information"), register.request_table),
    "keberatan": (_lazy("Register of objections"), register.objection_table),
}


def _printed(kind: str, title, forum, year: int, header: list[str], rows) -> dict:
    """What the printed register needs: the Perki's grouped headings and column widths for the requests."""
    grouped = kind == "permohonan"
    top, below = register.printed_heading(header, register.OFFICE_GROUPS if grouped else [])
    widths = register.OFFICE_WIDTHS if grouped else [1] * len(header)
    return {"title": title, "forum": forum, "year": year, "today": forum.today(), "top": top, "below": below,
            "columns": len(header), "widths": [100 * width / sum(widths) for width in widths],
            "rows": register.printed_rows(rows)}  # fmt: skip


@login_required
def register_export(request, kind: str, fmt: str):
    """A register (requests or objections) as CSV, XLSX or printable PDF, for the PPIDs who may
    see its personal data: each sees the requests they handle."""
    forum = current_forum(request)
    require("ppid.view_requests", request.user, forum)
    if kind not in REGISTERS or fmt not in ("csv", "xlsx", "pdf"):
        raise Http404
    title, make_table = REGISTERS[kind]
    requests = InformationRequest.objects.handled_by(request.user, forum)
    # Each Badan Publik keeps its own register: `badan` names one (by its code) among those the member sees.
    body = PublicBody.objects.filter(forum=forum, code=request.GET.get("badan", "")).first()
    if body is not None:
        requests = requests.filter(public_body=body)
    raw = request.GET.get("tahun", "")
    # A printed register is one year's (a whole history would not print in a request's time).
    year = int(raw) if re.fullmatch(r"[0-9]{4}", raw) else (forum.today().year if fmt == "pdf" else None)
    # The atasan sees requesters' identities only on requests with an objection (ppid.view_identity).
    header, rows = make_table(requests, year, lambda item: allowed("ppid.view_identity", request.user, item))
    PersonalDataAccess.objects.create(forum=forum, member=request.user, what=f"register-{kind}.{fmt}")
    filename = "-".join(filter(None, ["register", kind, body.code.lower() if body else "", str(year or "")])) + f".{fmt}"
    if fmt == "pdf":
        context = {**_printed(kind, title, forum, year, header, rows), "body": body}
        return pdf_response(render_pdf("ppid/register_pdf.html", context), filename)
    return table_response(fmt, str(title), header, rows, filename)
