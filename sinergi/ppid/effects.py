"""What follows a step of an information request once it is committed: the requester's e-mail."""

from __future__ import annotations

from sinergi.core.tasks import enqueue_or_defer
from sinergi.core.workflow import effect_of
from sinergi.ppid.models import RequestAction, RequestEvent
from sinergi.ppid.tasks import send_notice


@effect_of(RequestEvent)
def tell_requester(event: RequestEvent) -> None:
    """The written notice is ready: the requester hears of it, with their private link."""
    if event.action == RequestAction.NOTICE_GIVEN:
        enqueue_or_defer(send_notice, event.request_id)
