"""What follows a step of an information request once it is committed: the e-mails it sends at once."""

from __future__ import annotations

from sinergi.core.tasks import enqueue_or_defer
from sinergi.core.workflow import effect_of
from sinergi.ppid.models import RequestAction, RequestEvent
from sinergi.ppid.tasks import send_notice, tell_documents_ready, tell_of_extension, tell_of_objection, tell_of_routing


@effect_of(RequestEvent)
def tell_requester(event: RequestEvent) -> None:
    """The written notice is ready: the requester hears of it, with their private link."""
    if event.action in (RequestAction.NOTICE_GIVEN, RequestAction.RESENT):
        enqueue_or_defer(send_notice, event.request_id)


@effect_of(RequestEvent)
def tell_the_agency(event: RequestEvent) -> None:
    """Routed or forwarded: the PPID pelaksana of the agency now holding the request hears at once."""
    if event.action in (RequestAction.ROUTED, RequestAction.FORWARDED):
        enqueue_or_defer(tell_of_routing, event.request_id, event.comment)


@effect_of(RequestEvent)
def tell_the_atasan(event: RequestEvent) -> None:
    """A keberatan is filed: the atasan PPID, who decides it, and the agency's PPID hear at once."""
    if event.action == RequestAction.OBJECTED:
        enqueue_or_defer(tell_of_objection, event.request_id)


@effect_of(RequestEvent)
def tell_of_documents(event: RequestEvent) -> None:
    """A PPID says the documents are all on the requester's page: the requester hears of it."""
    if event.action == RequestAction.DOCUMENTS_ANNOUNCED:
        enqueue_or_defer(tell_documents_ready, event.request_id)


@effect_of(RequestEvent)
def send_the_extension(event: RequestEvent) -> None:
    """The period is extended: the requester receives the letter that says so (Pasal 22(8))."""
    if event.action == RequestAction.EXTENDED:
        enqueue_or_defer(tell_of_extension, event.request_id)
