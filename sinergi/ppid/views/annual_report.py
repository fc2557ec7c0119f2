"""The annual report (laporan layanan informasi publik) in the PPID office: read, printed, narrated."""

from __future__ import annotations

import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sinergi.core.downloads import file_response
from sinergi.core.forums import current_forum
from sinergi.core.pdf import pdf_response
from sinergi.core.permissions import require
from sinergi.core.spreadsheets import write_csv
from sinergi.core.workflow import TransitionError
from sinergi.forum.models import Agency
from sinergi.ppid.annual_report import annual_statistics, may_write_narrative, publish, report_pdf, sign_off
from sinergi.ppid.forms import AnnualReportForm, SignOffForm
from sinergi.ppid.models import AnnualReport

FIRST_YEAR = 2008  # UU 14/2008


@login_required
def annual_report(request):
    """The annual report for a year, the forum or one agency; CSV or PDF on request."""
    forum = current_forum(request)
    require("ppid.view_requests", request.user, forum)
    year, agency = _scope(request, forum)
    if request.GET.get("format") == "pdf":
        return pdf_response(report_pdf(forum, year, agency), f"laporan-ppid-{_file_part(year, agency)}.pdf")
    result = annual_statistics(forum, year, agency)
    if request.GET.get("format") == "csv":
        response = HttpResponse(write_csv([_("Indicator"), _("Value")], result.rows()), content_type="text/csv")
        response["Content-Disposition"] = f'attachment; filename="laporan-ppid-{_file_part(year, agency)}.csv"'
        return response
    report = AnnualReport.for_scope(forum, year, agency)
    may_write = may_write_narrative(request.user, forum, agency)
    return render(request, "ppid/office/annual_report.html", {
        "result": result, "year": year, "agency": agency, "query": _query(year, agency), "report": report,
        "may_write": may_write and not report.is_signed,
        "may_sign": may_write and not report.is_signed and report.is_complete and year < forum.today().year,
        "may_publish": may_write and report.is_signed and not report.published_at,
        "sign_form": SignOffForm(initial={"name": request.user.full_name, "position": request.user.position}),
        "agencies": Agency.objects.active().filter(forum=forum).order_by("name"),
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
    """The report of the year and agency asked for, if the member may write it (else 403), and its page."""
    forum = current_forum(request)
    year, agency = _scope(request, forum, strict=True)
    if not may_write_narrative(request.user, forum, agency):
        raise PermissionDenied("ppid.write_annual_report")
    return AnnualReport.for_scope(forum, year, agency), f"{reverse('ppid_annual_report:show')}?{_query(year, agency)}"


def published_reports(request):
    """The signed reports a forum's PPIDs have published, for anyone."""
    forum = current_forum(request)
    reports = AnnualReport.objects.filter(forum=forum, published_at__isnull=False).select_related("agency")
    return render(request, "ppid/published_reports.html", {"reports": reports.order_by("-year", "agency__name")})


def published_report_pdf(request, pk: int):
    report = get_object_or_404(AnnualReport, pk=pk, forum=current_forum(request), published_at__isnull=False)
    response = file_response(report.pdf, filename=f"laporan-ppid-{_file_part(report.year, report.agency)}.pdf")
    response["Content-Type"] = "application/pdf"
    return response


@login_required
def edit_narrative(request):
    """The policy, facilities, obstacles and recommendations sections; what was saved stays until valid."""
    forum = current_forum(request)
    year, agency = _scope(request, forum, strict=True)
    if not may_write_narrative(request.user, forum, agency):
        raise PermissionDenied("ppid.write_annual_report")
    report = AnnualReport.for_scope(forum, year, agency)
    if report.is_signed:
        messages.error(request, _("This report is signed off: it can no longer be changed."))
        return redirect(f"{reverse('ppid_annual_report:show')}?{_query(year, agency)}")
    form = AnnualReportForm(request.POST or None, instance=report)
    if form.is_valid():
        report = form.save(commit=False)
        report.updated_by = request.user
        report.save()
        messages.success(request, _("The annual report is saved."))
        return redirect(f"{reverse('ppid_annual_report:show')}?{_query(year, agency)}")
    return render(request, "ppid/office/annual_report_form.html", {
        "form": form, "year": year, "agency": agency, "query": _query(year, agency),
    })  # fmt: skip


def _scope(request, forum, strict: bool = False) -> tuple[int, Agency | None]:
    """The year and agency asked for (`tahun`, `instansi`); when `strict`, a bad one is a 404, not a default."""
    this_year = forum.today().year
    raw = request.GET.get("tahun", "")
    year = int(raw) if re.fullmatch(r"[0-9]{4}", raw) and FIRST_YEAR <= int(raw) <= this_year + 1 else None
    slug = request.GET.get("instansi", "")
    agency = Agency.objects.filter(forum=forum, slug=slug).first() if slug else None
    if strict and (year is None or (slug and agency is None)):
        raise Http404
    return year or this_year, agency


def _query(year: int, agency: Agency | None) -> str:
    return urlencode({"tahun": year, "instansi": agency.slug if agency else ""})


def _file_part(year: int, agency: Agency | None) -> str:
    return f"{year}-{agency.slug}" if agency else str(year)
