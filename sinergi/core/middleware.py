"""Attach the forum a request is about, so views never guess it."""

from __future__ import annotations

from django.utils.functional import SimpleLazyObject


def _current_forum():
    from sinergi.forum.models import Forum

    return Forum.objects.default()


class CurrentForumMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.forum = SimpleLazyObject(_current_forum)
        return self.get_response(request)
