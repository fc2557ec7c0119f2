"""The forum a request is about, decided once, before anything reads it: `request.forum`."""

from __future__ import annotations

from django.db import DatabaseError
from django.utils.functional import SimpleLazyObject

from sinergi.forum.models import Forum


class ForumMiddleware:
    """Sets `request.forum`: today the installation's default forum (None before one is set up);
    a later issue may decide it from the host name or the path.

    It runs early, before the forum's time zone is activated and before any error page may be
    rendered with the forum's name; who signed in does not change the forum.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            request.forum = Forum.objects.default()
        except DatabaseError:
            # The database is down: /healthz and the outage page must still answer, so the lookup
            # is left to whoever needs the forum, whose view then fails into the 503 page.
            request.forum = SimpleLazyObject(Forum.objects.default)
        return self.get_response(request)
