"""The public bodies (Badan Publik) of the forum in the PPID office: who they are, who acts for them,
and whether their letterhead and signatories are complete enough for letters."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from sinergi.core.forums import current_forum
from sinergi.core.permissions import allowed, require
from sinergi.ppid.models import PublicBody
from sinergi.ppid.public_body_forms import PublicBodyForm


@login_required
def body_list(request):
    forum = current_forum(request)
    require("ppid.view_requests", request.user, forum)
    bodies = (PublicBody.objects.filter(forum=forum).select_related("ppid_head", "atasan")
              .annotate(unit_count=Count("unit_links")))  # fmt: skip
    rows = [(body, allowed("ppid.change_public_body", request.user, body), missing_for_letters(body))
            for body in bodies]  # fmt: skip
    return render(request, "ppid/office/public_bodies.html", {
        "rows": rows, "may_add": allowed("ppid.manage_public_bodies", request.user, forum),
    })  # fmt: skip


@login_required
def body_edit(request, pk: int | None = None):
    forum = current_forum(request)
    if pk is None:
        require("ppid.manage_public_bodies", request.user, forum)
        body = PublicBody(forum=forum)
    else:
        body = get_object_or_404(PublicBody, pk=pk, forum=forum)
        require("ppid.change_public_body", request.user, body)
    decides = allowed("ppid.manage_public_bodies", request.user, forum)
    form = PublicBodyForm(request.POST or None, request.FILES or None, instance=body, forum=forum, decides=decides)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            form.save()
        messages.success(request, _("The public body is saved."))
        return redirect("ppid_bodies:list")
    return render(request, "ppid/office/public_body_form.html", {"form": form, "body": body})


def missing_for_letters(body: PublicBody) -> list[str]:
    """What a letter of this body would print as a blank: said on the list so the PPID fills it in."""
    checks = ((body.address, _("address")), (body.place, _("place of letters")), (body.ppid_head_id, _("PPID")),
              (body.ppid_position, _("position of the PPID")), (body.atasan_id or body.is_main, _("atasan PPID")))  # fmt: skip
    return [label for present, label in checks if not present]
