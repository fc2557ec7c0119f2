"""The forum a request is about: one place that decides, so views never guess it.

The forum app's `ForumMiddleware` sets `request.forum` once per request; these helpers read it,
so core needs no app to know it.
"""

from __future__ import annotations

from django.http import Http404
from django.utils.translation import gettext as _


def forum_or_none(request):
    """The request's forum, or None on an installation that has none yet (or for a request the
    middleware never saw, such as one refused for its host name before it ran)."""
    return getattr(request, "forum", None)


def current_forum(request):
    """The request's forum, or a 404 page on an installation that has none yet."""
    forum = forum_or_none(request)
    if forum is None:
        raise Http404(_("No forum has been set up yet."))
    return forum
