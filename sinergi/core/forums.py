"""The forum a request is about."""

from __future__ import annotations

from django.http import Http404
from django.utils.translation import gettext as _


def current_forum(request):
    forum = getattr(request, "forum", None)
    if not forum:
        raise Http404(_("No forum has been set up yet."))
    return forum._wrapped if hasattr(forum, "_wrapped") else forum
