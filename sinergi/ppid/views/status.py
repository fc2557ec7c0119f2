"""Cek status: the requester without their private link finds their request by its number and the
e-mail or phone they gave, reads where it stands, and prints the receipt (tanda bukti)."""

from __future__ import annotations

from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from sinergi.core.clients import client_fingerprint
from sinergi.core.forums import current_forum
from sinergi.core.tasks import enqueue_or_defer
from sinergi.ppid import status_check
from sinergi.ppid.forms import StatusCheckForm
from sinergi.ppid.receipts import receipt_response
from sinergi.ppid.tasks import send_receipt


@never_cache
def status_check_page(request):
    forum = current_forum(request)
    form = StatusCheckForm(request.POST or None)
    found, sent_link = None, False
    if request.method == "POST" and form.is_valid():
        client = client_fingerprint(request)
        number = status_check.normalised_number(form.cleaned_data["number"])
        if status_check.blocked(forum, client, number):  # checked before any lookup
            form.add_error(None, _("Too many attempts. Please try again in an hour, or ask the PPID desk."))
        else:
            found = status_check.find(forum, client, number, form.cleaned_data["proof"])
            if found is None:
                form.add_error(None, _("No request matches that number with that e-mail address or phone number."))
            elif "tanda_bukti" in request.POST:
                return receipt_response(found)
            elif "kirim_tautan" in request.POST and found.email:
                enqueue_or_defer(send_receipt, found.pk)  # to the address on the request, never another
                sent_link = True
    return render(request, "ppid/status_check.html", {"form": form, "item": found, "sent_link": sent_link,
                                                      "notice_due_on": found.notice_due_on() if found else None})  # fmt: skip
