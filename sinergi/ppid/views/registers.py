"""Keeping the DIP and the DIK: each PPID pelaksana their agency's rows, the PPID utama all of them."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from sinergi.core.forums import current_forum
from sinergi.core.permissions import require
from sinergi.ppid.forms import DikForm, DipForm, agencies_kept_by
from sinergi.ppid.models import DikEntry, DipEntry

KINDS = {"dip": (DipEntry, DipForm), "dik": (DikEntry, DikForm)}


@login_required
def register_list(request):
    forum = current_forum(request)
    require("ppid.view_requests", request.user, forum)
    agencies = agencies_kept_by(request.user, forum)
    return render(request, "ppid/office/registers.html", {
        "dip": DipEntry.objects.filter(agency__in=agencies).select_related("agency"),
        "dik": DikEntry.objects.filter(agency__in=agencies).select_related("agency"),
    })  # fmt: skip


@login_required
def register_edit(request, kind: str, pk: int | None = None):
    forum = current_forum(request)
    if kind not in KINDS:
        raise Http404
    model, form_class = KINDS[kind]
    entry = get_object_or_404(model.objects.select_related("agency"), pk=pk, agency__forum=forum) if pk else None
    if entry is not None:
        require("ppid.keep_register", request.user, entry.agency)
    else:
        require("ppid.view_requests", request.user, forum)
    form = form_class(request.POST or None, instance=entry, member=request.user, forum=forum)
    if form.is_valid():
        require("ppid.keep_register", request.user, form.cleaned_data["agency"])
        form.save()
        messages.success(request, _("Saved."))
        return redirect("ppid_registers:list")
    return render(request, "ppid/office/register_form.html", {"form": form, "kind": kind, "entry": entry})
