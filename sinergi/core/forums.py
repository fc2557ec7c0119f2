"""The forum a request is about: one place that decides, so views never guess it."""

from __future__ import annotations

from django.http import Http404
from django.utils.translation import gettext as _


def forum_or_none(request):
    """The request's forum (today the installation's default one), looked up once per request."""
    request = getattr(request, "_request", request)  # a DRF Request wraps Django's
    if not hasattr(request, "_sinergi_forum"):
        from sinergi.forum.models import Forum

        request._sinergi_forum = Forum.objects.default()
    return request._sinergi_forum


def current_forum(request):
    """The request's forum, or a 404 page on an installation that has none yet."""
    forum = forum_or_none(request)
    if forum is None:
        raise Http404(_("No forum has been set up yet."))
    return forum
