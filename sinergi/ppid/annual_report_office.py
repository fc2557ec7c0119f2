"""The annual report (laporan layanan informasi publik) in the PPID office."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from sinergi.core.forums import current_forum
from sinergi.core.permissions import require
from sinergi.forum.models import Agency
from sinergi.forum.spreadsheets import write_csv
from sinergi.ppid.annual_report import annual_statistics


@login_required
def annual_report(request):
    """The annual report's statistics for a year, the forum or one agency; CSV on request."""
    forum = current_forum(request)
    require("ppid.view_requests", request.user, forum)
    year = int(request.GET["tahun"]) if request.GET.get("tahun", "").isdigit() else timezone.localdate().year
    agency = Agency.objects.filter(forum=forum, slug=request.GET.get("instansi", "")).first()
    result = annual_statistics(forum, year, agency)
    if request.GET.get("format") == "csv":
        response = HttpResponse(write_csv([_("Indicator"), _("Value")], result.rows()), content_type="text/csv")
        response["Content-Disposition"] = f'attachment; filename="laporan-ppid-{year}.csv"'
        return response
    return render(request, "ppid/office/annual_report.html", {
        "result": result, "year": year, "agency": agency,
        "agencies": Agency.objects.active().filter(forum=forum).order_by("name"),
    })  # fmt: skip
