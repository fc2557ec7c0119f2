"""The list of objections (keberatan): what waits for the atasan PPID's decision, and by when."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render

from sinergi.core.forums import current_forum
from sinergi.core.permissions import require
from sinergi.ppid.clock import DeadlineCalendar
from sinergi.ppid.inbox import working_days_left
from sinergi.ppid.models import InformationRequest, Objection

STATES = {"menunggu": {"answered_at__isnull": True}, "diputus": {"answered_at__isnull": False}}


@login_required
def objection_list(request):
    forum = current_forum(request)
    require("ppid.view_requests", request.user, forum)
    objections = Objection.objects.filter(request__in=InformationRequest.objects.handled_by(request.user, forum))
    state = request.GET.get("status", "")
    if state in STATES:
        objections = objections.filter(**STATES[state])
    objections = objections.select_related("request__agency", "request__forum").order_by("-received_at")
    calendar = DeadlineCalendar.for_forum(forum)
    today = forum.today()
    rows = []
    for objection in objections[:500]:
        due = objection.answer_due_on(calendar)
        left = None if objection.answered_at else working_days_left(calendar, today, due)
        rows.append((objection, due, left))
    if request.GET.get("terlambat") == "1":
        rows = [row for row in rows if row[2] is not None and row[2] < 0]
    # Waiting first, the most urgent on top; decided ones after, newest first.
    rows.sort(key=lambda row: (row[2] is None, row[2] if row[2] is not None else 0))
    page = Paginator(rows, 50).get_page(request.GET.get("page"))
    return render(request, "ppid/office/objections.html", {
        "page": page, "status": state if state in STATES else "", "late_only": request.GET.get("terlambat") == "1",
    })  # fmt: skip
