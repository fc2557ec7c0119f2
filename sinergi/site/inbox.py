"""The inbox: the work waiting for one member, gathered from every app's inbox providers.

Each app registers providers with `sinergi.core.contributions.inbox`; a provider is called with
the member and the forum and returns the items that are the member's to do. One provider's
failure is logged and costs only its own items: the inbox of a member never breaks as a whole.
"""

from __future__ import annotations

import logging

from sinergi.core.contributions import InboxItem, inbox
from sinergi.core.forums import forum_or_none

log = logging.getLogger(__name__)


def waiting_for(member, forum) -> list[InboxItem]:
    """Everything waiting for the member in the forum, late first, then by deadline, then oldest."""
    if forum is None or not member.is_authenticated:
        return []
    items: list[InboxItem] = []
    for provider in inbox:
        try:
            items.extend(provider(member, forum))
        except Exception:  # one app's broken provider must not empty every member's inbox
            log.exception("Inbox provider %s failed", getattr(provider, "__qualname__", provider))
    return sorted(items, key=InboxItem.urgency)


def for_request(request) -> list[InboxItem]:
    """The signed-in member's inbox, computed once per request (the page and the navigation share it)."""
    cached = getattr(request, "_sinergi_inbox", None)
    if cached is None:
        cached = waiting_for(request.user, forum_or_none(request))
        request._sinergi_inbox = cached
    return cached

