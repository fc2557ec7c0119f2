"""Request-wide behaviour of Sinergi pages."""

from __future__ import annotations

import zoneinfo

from django.conf import settings
from django.core.exceptions import BadRequest
from django.db import DatabaseError
from django.http import Http404
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control, patch_vary_headers

from sinergi.core.forums import forum_or_none
from sinergi.core.params import BIGINT_MAX


class LanguageMiddleware:
    """Indonesian unless the person chose English with the switch.

    Many Indonesian browsers are set to English; following Accept-Language would show a
    government portal in English to people who never asked for it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        language = chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        patch_vary_headers(response, ["Cookie"])
        return response


class ForumTimeZoneMiddleware:
    """Times on every page are shown in the forum's own zone (WIB for Meranti, WITA or WIT elsewhere)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            forum = forum_or_none(request)
            timezone.activate(zoneinfo.ZoneInfo(forum.time_zone) if forum else timezone.get_default_timezone())
        except DatabaseError:
            # The database is down: /healthz must still say so (503), and an error page still shows.
            timezone.activate(timezone.get_default_timezone())
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            timezone.deactivate()
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()


class SecurityHeadersMiddleware:
    """Permissions-Policy on every answer; `no-store` on every answer that may show personal data.

    Personal data is shown to people signed in (a session cookie), to API clients that
    authenticate, and on pages reached by a capability link (a `token` in the address: a
    requester's tracking page, a preview, a calendar feed). Such answers must never stay in a
    shared office computer's cache or a proxy's. Decided from the request alone, so it works
    with the database down.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.permissions_policy = settings.PERMISSIONS_POLICY

    def __call__(self, request):
        response = self.get_response(request)
        if self.permissions_policy:
            response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        if self._personal(request):
            patch_cache_control(response, private=True, no_store=True)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        request._sinergi_capability_link = bool({"token", "uidb64"} & set(view_kwargs))

    @staticmethod
    def _personal(request) -> bool:
        return (
            settings.SESSION_COOKIE_NAME in request.COOKIES
            or "HTTP_AUTHORIZATION" in request.META
            or getattr(request, "_sinergi_capability_link", False)
        )


class InputBoundsMiddleware:
    """What no view should have to check: a NUL character in the address, and path numbers no key can be.

    PostgreSQL refuses any text holding NUL and both databases refuse integers past 64 bits,
    each as a server error; here the first is a 400 and the second a 404, before any query.
    (Form fields refuse NUL themselves: Django's CharField does.)
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any(
            "\x00" in key or any("\x00" in value for value in values) for key, values in request.GET.lists()
        ):
            raise BadRequest("NUL character in the address")
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if any(isinstance(value, int) and abs(value) > BIGINT_MAX for value in (*view_args, *view_kwargs.values())):
            raise Http404
