"""The walidata imports the regency's existing datasets from a CKAN portal: read, look, choose, import as
drafts (which then go through the usual verification)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from sinergi.core.forums import current_forum
from sinergi.core.outbound import OutboundError
from sinergi.core.permissions import require
from sinergi.data import ckan_import


@login_required
def import_from_ckan(request):
    forum = current_forum(request)
    require("data.import_datasets", request.user, forum)
    url = (request.POST.get("url") or request.GET.get("url") or "").strip()[:500]
    found, error = [], ""
    if url:
        try:
            packages = ckan_import.read_portal(url)
        except OutboundError as failure:
            error = str(failure)
        else:
            agencies = ckan_import.agency_map(packages, forum)
            found = ckan_import.candidates(packages, agencies)
            if request.method == "POST" and request.POST.get("action") == "impor":
                chosen = set(request.POST.getlist("name"))
                created = ckan_import.import_packages([c for c in found if c.name in chosen], agencies, request.user)
                messages.success(request, _("%(count)d datasets imported as drafts; the produsen completes them and "
                                            "submits them to you.") % {"count": len(created)})  # fmt: skip
                return redirect("data:office")
    return render(request, "data/import.html", {"url": url, "found": found, "error": error,
                                                "importable": [c for c in found if not c.problem]})  # fmt: skip
