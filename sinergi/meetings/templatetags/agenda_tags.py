"""The public agenda's card on the portal's home page, so the portal's view needs no change."""

from __future__ import annotations

from django import template
from django.utils import timezone

from sinergi.meetings.views.agenda import public_meetings

register = template.Library()


@register.inclusion_tag("meetings/agenda/_home_card.html", takes_context=True)
def agenda_card(context, count: int = 3) -> dict:
    """The next few public meetings of the page's forum."""
    forum = context.get("forum")
    meetings = public_meetings(forum).filter(end__gte=timezone.now()).order_by("start")[:count] if forum else []
    return {"meetings": meetings}
