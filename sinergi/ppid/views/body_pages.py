"""The pages every Badan Publik publishes on its own: its list of public information (DIP) with the
exempt information (DIK), and its service charter (maklumat pelayanan). Without a code, the forum's
main body's; each page links to the other bodies' pages."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from sinergi.core.forums import current_forum
from sinergi.core.permissions import allowed, require
from sinergi.ppid import clock
from sinergi.ppid.forms import CharterForm
from sinergi.ppid.models import DikEntry, DipEntry, PublicBody, ServiceCharter


def public_body_or_404(forum, code: str | None) -> PublicBody:
    """The body a public page is about: the one with `code` (any case), or the forum's main body."""
    body = PublicBody.objects.filter(forum=forum, code__iexact=code).first() if code else PublicBody.objects.main(forum)
    if body is None:
        raise Http404(_("No such public body."))
    return body


def _others(body: PublicBody):
    return PublicBody.objects.filter(forum=body.forum_id).only("name", "code", "is_main")


def public_dip(request, code: str | None = None):
    """A body's Daftar Informasi Publik, and which of its information is exempt and on what grounds."""

    body = public_body_or_404(current_forum(request), code)
    units = body.units()
    return render(request, "ppid/public_dip.html", {
        "body": body, "bodies": _others(body),
        "dip": DipEntry.objects.filter(agency__in=units).with_release_visibility().select_related("agency", "release"),
        # Only that an exemption exists and why: never the information itself.
        "dik": DikEntry.objects.filter(agency__in=units).select_related("agency")
        .only("agency__name", "ground", "legal_basis", "ends_on", "decree_number", "decree_date"),
    })  # fmt: skip


def service_charter(request, code: str | None = None):
    """A body's maklumat pelayanan, public; the body's PPID edits it on the same page."""

    forum = current_forum(request)
    body = public_body_or_404(forum, code)
    charter = ServiceCharter.objects.filter(body=body).first()
    may_change = allowed("ppid.change_charter", request.user, body)
    form = None
    if may_change and (request.method == "POST" or "ubah" in request.GET or charter is None):
        form = CharterForm(request.POST or None, instance=charter or ServiceCharter(forum=forum, body=body))
        if request.method == "POST":
            require("ppid.change_charter", request.user, body)
            if form.is_valid():
                form.save()
                messages.success(request, _("The service charter is saved."))
                return redirect(charter_url(body))
    elif request.method == "POST":
        require("ppid.change_charter", request.user, body)
    return render(request, "ppid/service_charter.html", {
        "body": body, "bodies": _others(body), "charter": charter, "form": form, "may_change": may_change,
        "periods": clock.periods(forum),
    })  # fmt: skip


def charter_url(body: PublicBody) -> str:
    return body.page_url("service_charter")
