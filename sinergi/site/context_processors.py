"""The signed-in navigation, from the entries every app registers, with the inbox's count."""

from __future__ import annotations

from django.urls import reverse

from sinergi.core import contributions
from sinergi.core.forums import forum_or_none
from sinergi.core.permissions import allowed
from sinergi.site import inbox


def navigation_links(request) -> list[dict]:
    user = request.user
    forum = forum_or_none(request)
    return [
        {"label": entry.label, "url": reverse(entry.url_name)}
        for entry in contributions.navigation
        if not entry.permission or allowed(entry.permission, user, forum)
    ]


def navigation(request) -> dict:
    """Computed only when a page shows the navigation (the template calls these lazily)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"nav_links": lambda: navigation_links(request), "inbox_count": lambda: len(inbox.for_request(request))}
