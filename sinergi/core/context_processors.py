from __future__ import annotations

from django.conf import settings


def sinergi(request) -> dict:
    forum = getattr(request, "forum", None)
    return {
        "forum": forum if forum else None,
        "debug": settings.DEBUG,
    }
