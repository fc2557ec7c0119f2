"""The service desk (meja layanan): requests that come in person, by phone, post or e-mail, and written
objections, registered by a PPID officer, numbered at once, with the receipt printed for the requester."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sinergi.core.forums import current_forum
from sinergi.core.permissions import require
from sinergi.core.tasks import enqueue_or_defer
from sinergi.core.workflow import TransitionError
from sinergi.forum.models import ForumRoleKind
from sinergi.ppid.forms import DeskObjectionForm, DeskRequestForm, agencies_kept_by
from sinergi.ppid.receipts import objection_receipt_response, receipt_response
from sinergi.ppid.tasks import send_receipt
from sinergi.ppid.views.office import _request_for


@login_required
def desk_request(request):
    forum = current_forum(request)
    require("ppid.register_request", request.user, forum)
    form = DeskRequestForm(request.POST or None, request.FILES or None, forum=forum)
    # A PPID pelaksana's desk is at their agency: the request is theirs unless they name another.
    own = agencies_kept_by(request.user, forum)
    if not request.user.has_forum_role(forum, ForumRoleKind.PPID_UTAMA) and len(own) == 1:
        form.fields["agency"].initial = own[0].pk
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            item = form.save(commit=False)
            item.forum, item.registered_by = forum, request.user
            if item.agency is None and not request.user.has_forum_role(forum, ForumRoleKind.PPID_UTAMA):
                item.agency = own[0] if len(own) == 1 else None
            item.save()  # numbered at receipt
            if hasattr(form, "prepared"):
                item.id_document.save("identitas", form.prepared["content"], save=True)
            if item.email:
                enqueue_or_defer(send_receipt, item.pk)
        messages.success(request, _("Registered as %(number)s. Print the receipt and give it to the requester.")
                         % {"number": item.number})  # fmt: skip
        return redirect("ppid_office:detail", pk=item.pk)
    return render(request, "ppid/office/desk_request.html", {"form": form})


@login_required
@require_POST
def desk_objection(request, pk: int):
    item = _request_for(request, pk, "ppid.view_request")
    form = DeskObjectionForm(request.POST, prefix="tertulis")
    if not form.is_valid():
        messages.error(request, _("Choose at least one ground and say what the requester objects to."))
        return redirect("ppid_office:detail", pk=item.pk)
    try:
        objection = item.file_objection(form.cleaned_data["grounds"], form.cleaned_data["statement"],
                                        by=request.user, channel=form.cleaned_data["channel"])  # fmt: skip
    except TransitionError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Objection %(number)s registered. Print the receipt and give it to the requester.")
                         % {"number": objection.number})  # fmt: skip
    return redirect("ppid_office:detail", pk=item.pk)


@login_required
def receipt_pdf(request, pk: int):
    return receipt_response(_request_for(request, pk, "ppid.view_request"))


@login_required
def objection_receipt_pdf(request, pk: int):
    item = _request_for(request, pk, "ppid.view_request")
    if not hasattr(item, "objection"):
        raise Http404
    return objection_receipt_response(item.objection)
