"""The minutes and follow-up actions panel of a meeting's page: what came of the meeting."""

from __future__ import annotations

from django import template

from sinergi.core.permissions import allowed
from sinergi.meetings.actions import carried_over
from sinergi.meetings.minutes import may_read, may_write, minutes_of
from sinergi.meetings.models import MinutesStatus

register = template.Library()


@register.inclusion_tag("meetings/minutes/panel.html", takes_context=True)
def minutes_panel(context, meeting) -> dict:
    """The decisions with their actions, every action's state, and the last meeting's unfinished ones."""
    request = context.get("request")
    user = getattr(request, "user", None) or context.get("user")
    minutes = minutes_of(meeting)
    readable = minutes is not None and may_read(user, meeting, minutes)
    decisions = list(meeting.decisions.all()) if readable else []
    every_action = list(meeting.actions.select_related("agency", "person"))
    by_decision = {d.pk: [a for a in every_action if a.decision_id == d.pk] for d in decisions}
    previous, carried = carried_over(meeting)
    return {
        "meeting": meeting,
        "minutes": minutes if readable else None,
        "in_progress": minutes is not None and not readable,
        "decisions": [(d, by_decision[d.pk]) for d in decisions],
        "other_actions": [a for a in every_action if a.decision_id not in by_decision],
        "action_count": len(every_action),
        "previous": previous,
        "carried": list(carried),
        "can_write": may_write(user, meeting) and (minutes is None or minutes.status == MinutesStatus.DRAFT),
        "can_raise": allowed("meetings.raise_action", user, meeting),
    }
