"""The back office's front page: the member's inbox on top, then the cards every app contributes."""

from __future__ import annotations

import logging

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from sinergi.core import contributions
from sinergi.core.forums import forum_or_none
from sinergi.site import inbox

log = logging.getLogger(__name__)

# How many items the front page lists before "see all".
INBOX_ON_HOME = 8


@login_required
def home(request):
    forum = forum_or_none(request)
    items = inbox.for_request(request)
    return render(request, "site/workspace.html", {
        "inbox_items": items[:INBOX_ON_HOME], "inbox_total": len(items), "cards": _cards(request, forum),
    })  # fmt: skip


@login_required
def inbox_page(request):
    return render(request, "site/inbox.html", {"inbox_items": inbox.for_request(request)})


def _cards(request, forum) -> list[contributions.Card]:
    cards = []
    for provider in contributions.cards:
        try:
            card = provider(request, forum)
        except Exception:  # one app's broken card must not take the whole back office down
            log.exception("Workspace card %s failed", getattr(provider, "__qualname__", provider))
            continue
        if card is not None:
            cards.append(card)
    return sorted(cards, key=lambda card: card.order)
