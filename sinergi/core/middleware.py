"""Request-wide behaviour of Sinergi pages."""

from __future__ import annotations

from django.utils.cache import patch_vary_headers


class LanguageMiddleware:
    """Indonesian unless the person chose English with the switch.

    Many Indonesian browsers are set to English; following Accept-Language would show a
    government portal in English to people who never asked for it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from django.conf import settings
        from django.utils import translation

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
        import zoneinfo

        from django.db import DatabaseError
        from django.utils import timezone

        from sinergi.core.forums import forum_or_none

        try:
            forum = forum_or_none(request)
        except DatabaseError:
            # The database is down: /healthz must still say so (503), and an error page still shows.
            forum = None
        try:
            timezone.activate(zoneinfo.ZoneInfo(forum.time_zone) if forum else timezone.get_default_timezone())
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            timezone.deactivate()
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()
