"""The portal's page of a meeting's minutes: only approved minutes the chair made public, of a public meeting."""

from __future__ import annotations

from django.shortcuts import get_object_or_404, render

from sinergi.core.forums import current_forum
from sinergi.meetings.minutes import public_minutes


def public_minutes_page(request, pk: int):
    """Summary, decisions and outputs; never the attendance list, the invited or follow-ups naming people."""
    forum = current_forum(request)
    minutes = get_object_or_404(public_minutes().select_related("meeting"), meeting__pk=pk, meeting__forum=forum)
    meeting = minutes.meeting
    return render(request, "meetings/public/minutes.html", {
        "meeting": meeting, "minutes": minutes, "decisions": meeting.decisions.all(),
        "organisers": meeting.organisers.order_by("name"),
    })  # fmt: skip
