"""What follows a step of the minutes once it is committed: the e-mails to the people concerned."""

from __future__ import annotations

from sinergi.core.tasks import enqueue_or_defer
from sinergi.core.workflow import effect_of
from sinergi.meetings.invitations import invitees
from sinergi.meetings.models import MinutesAction, MinutesEvent
from sinergi.meetings.tasks import send_minutes_mail


@effect_of(MinutesEvent)
def tell_of_minutes(event: MinutesEvent) -> None:
    """Submitted: the chair; approved: everyone invited; sent back: the writer."""
    minutes = event.minutes
    meeting = minutes.meeting
    if event.action == MinutesAction.SUBMITTED:
        people = [meeting.chair_id]
    elif event.action == MinutesAction.APPROVED:
        people = list(invitees(meeting).values_list("pk", flat=True))
    elif event.action == MinutesAction.SENT_BACK and minutes.written_by_id:
        people = [minutes.written_by_id]
    else:
        return
    if people:
        enqueue_or_defer(send_minutes_mail, meeting.pk, event.action, people)
