from __future__ import annotations

from django.conf import settings

from sinergi.core.forums import forum_or_none


def sinergi(request) -> dict:
    return {
        "forum": forum_or_none(request),
        "debug": settings.DEBUG,
    }
