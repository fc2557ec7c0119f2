"""Error pages in the site's look and the user's language.

The 500 page (and the 503 page of a database outage) is rendered without the request, so no
context processor, session or database is needed to show it.
"""

from __future__ import annotations

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader

log = logging.getLogger(__name__)

OUTAGE_RETRY_SECONDS = 120


def bad_request(request, exception=None):
    return render(request, "400.html", status=400)


def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


def not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    return HttpResponse(loader.get_template("500.html").render({"outage": False}), status=500)


def outage(request) -> HttpResponse:
    """Told, not crashed on: the database did not answer; try again shortly."""
    if request.path.startswith("/api/"):
        response = JsonResponse({"detail": "Layanan sedang tidak tersedia. Service temporarily unavailable."},
                                status=503)  # fmt: skip
    else:
        response = HttpResponse(loader.get_template("500.html").render({"outage": True}), status=503)
    response["Retry-After"] = str(OUTAGE_RETRY_SECONDS)
    return response


class DatabaseOutageMiddleware:
    """A view that meets an unreachable database answers 503 with the error page, not a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, (OperationalError, InterfaceError)):
            log.error("Database unavailable during %s %s", request.method, request.path, exc_info=exception)
            return outage(request)
        return None
