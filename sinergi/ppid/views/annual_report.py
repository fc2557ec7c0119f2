"""The annual report (laporan layanan informasi publik) in the PPID office: read, printed, narrated."""

from __future__ import annotations

import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sinergi.core.downloads import file_response
from sinergi.core.forums import current_forum
from sinergi.core.pdf import pdf_response
from sinergi.core.permissions import require
from sinergi.core.spreadsheets import table_response
from sinergi.core.workflow import TransitionError
from sinergi.forum.models import Agency
from sinergi.ppid.annual_report import annual_statistics, may_write_narrative, publish, report_pdf, sign_off
from sinergi.ppid.bodies import headed_by
from sinergi.ppid.forms import AnnualReportForm, SignOffForm
from sinergi.ppid.models import AnnualReport, PublicBody

FIRST_YEAR = 2008  # UU 14/2008


@login_required
def annual_report(request):
    """The annual report of a public body (or one of its agencies) for a year; CSV or PDF on request."""
    forum = current_forum(request)
    require("ppid.view_requests", request.user, forum)
    scope = _scope(request, forum)
    year, body, agency = scope
    if request.GET.get("format") == "pdf":
        return pdf_response(report_pdf(forum, year, agency, body), f"laporan-ppid-{_file_part(*scope)}.pdf")
    result = annual_statistics(forum, year, agency, body)
    if request.GET.get("format") == "csv":
        return table_response("csv", "", [_("Indicator"), _("Value")], result.rows(),
                              f"laporan-ppid-{_file_part(*scope)}.csv")  # fmt: skip
    report = AnnualReport.for_scope(forum, year, agency, body)
    may_write = may_write_narrative(request.user, forum, agency, body)
    return render(request, "ppid/office/annual_report.html", {
        "result": result, "year": year, "body": body, "agency": agency, "query": _query(*scope), "report": report,
        "may_write": may_write and not report.is_signed,
        "may_sign": may_write and not report.is_signed and report.is_complete and year < forum.today().year,
        "may_publish": may_write and report.is_signed and not report.published_at,
        "sign_form": SignOffForm(initial=signatory(request.user, body)),
        "bodies": PublicBody.objects.filter(forum=forum),
        "agencies": body.units().filter(is_active=True).order_by("name"),
    })  # fmt: skip


@login_required
@require_POST
def sign(request):
    """The PPID signs off the report of a finished year: frozen from then on."""
    report, back = _report_to_write(request)
    form = SignOffForm(request.POST)
    if not form.is_valid() or report.pk is None:
        messages.error(request, _("Give the signatory's name and position."))
    else:
        try:
            sign_off(report, request.user, **form.cleaned_data)
        except TransitionError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The report is signed off and frozen. Publish it on the portal when ready."))
    return redirect(back)


@login_required
@require_POST
def publish_report(request):
    report, back = _report_to_write(request)
    try:
        publish(report)
    except TransitionError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The report is on the portal."))
    return redirect(back)


def _report_to_write(request) -> tuple[AnnualReport, str]:
    """The report of the year, body and agency asked for, if the member may write it (else 403), and its page."""
    forum = current_forum(request)
    year, body, agency = scope = _scope(request, forum, strict=True)
    if not may_write_narrative(request.user, forum, agency, body):
        raise PermissionDenied("ppid.write_annual_report")
    return AnnualReport.for_scope(forum, year, agency, body), f"{reverse('ppid_annual_report:show')}?{_query(*scope)}"


def published_reports(request):
    """The signed reports a forum's PPIDs have published, for anyone."""
    forum = current_forum(request)
    reports = AnnualReport.objects.filter(forum=forum, published_at__isnull=False).select_related("agency", "body")
    return render(request, "ppid/published_reports.html", {"reports": reports})


def published_report_pdf(request, pk: int):
    report = get_object_or_404(AnnualReport, pk=pk, forum=current_forum(request), published_at__isnull=False)
    response = file_response(report.pdf,
                             filename=f"laporan-ppid-{_file_part(report.year, report.body, report.agency)}.pdf")  # fmt: skip
    response["Content-Type"] = "application/pdf"
    return response


@login_required
def edit_narrative(request):
    """The policy, facilities, obstacles and recommendations sections; what was saved stays until valid."""
    forum = current_forum(request)
    year, body, agency = scope = _scope(request, forum, strict=True)
    if not may_write_narrative(request.user, forum, agency, body):
        raise PermissionDenied("ppid.write_annual_report")
    report = AnnualReport.for_scope(forum, year, agency, body)
    if report.is_signed:
        messages.error(request, _("This report is signed off: it can no longer be changed."))
        return redirect(f"{reverse('ppid_annual_report:show')}?{_query(*scope)}")
    form = AnnualReportForm(request.POST or None, instance=report)
    if form.is_valid():
        report = form.save(commit=False)
        report.updated_by = request.user
        report.save()
        messages.success(request, _("The annual report is saved."))
        return redirect(f"{reverse('ppid_annual_report:show')}?{_query(*scope)}")
    return render(request, "ppid/office/annual_report_form.html", {
        "form": form, "year": year, "body": body, "agency": agency, "query": _query(*scope),
    })  # fmt: skip


def _scope(request, forum, strict: bool = False) -> tuple[int, PublicBody, Agency | None]:
    """The year, public body and agency asked for (`tahun`, `badan`, `instansi`); when `strict`, a bad one is a
    404, not a default. The body defaults to the agency's, else to the first the member heads, else the main."""
    this_year = forum.today().year
    raw = request.GET.get("tahun", "")
    year = int(raw) if re.fullmatch(r"[0-9]{4}", raw) and FIRST_YEAR <= int(raw) <= this_year + 1 else None
    slug, code = request.GET.get("instansi", ""), request.GET.get("badan", "")
    agency = Agency.objects.filter(forum=forum, slug=slug).first() if slug else None
    body = PublicBody.objects.filter(forum=forum, code=code).first() if code else None
    if agency is not None and body is not None and PublicBody.objects.of_agency(agency) != body:
        agency = None  # an agency of another body: the body's own report
    if strict and (year is None or (slug and agency is None) or (code and body is None)):
        raise Http404
    body = body or PublicBody.objects.of_agency(agency) or headed_by(request.user, forum).first()
    return year or this_year, body or PublicBody.objects.main(forum), agency


def signatory(member, body: PublicBody) -> dict:
    """Who signs by default: the body's PPID as the body names them, else the member as they are."""
    if body.ppid_head_id == member.pk:
        return {"name": member.full_name, "position": body.ppid_position or member.position, "nip": body.ppid_nip,
                "place": body.place}  # fmt: skip
    return {"name": member.full_name, "position": member.position, "place": body.place}


def _query(year: int, body: PublicBody, agency: Agency | None) -> str:
    return urlencode({"tahun": year, "badan": body.code, "instansi": agency.slug if agency else ""})


def _file_part(year: int, body: PublicBody, agency: Agency | None) -> str:
    return f"{year}-{agency.slug}" if agency else f"{year}-{body.code.lower()}"
