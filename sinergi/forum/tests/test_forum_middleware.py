"""The forum of a request is decided once, before any view, and read everywhere from `request.forum`."""

from __future__ import annotations

import pytest
from django.http import Http404, HttpResponse
from django.test import RequestFactory

from sinergi.core.forums import current_forum, forum_or_none
from sinergi.forum.middleware import ForumMiddleware


def run(view):
    return ForumMiddleware(view)(RequestFactory().get("/"))


def test_every_reader_gets_the_forum_looked_up_once(forum, django_assert_num_queries):
    seen = []

    def view(request):
        with django_assert_num_queries(0):
            seen.extend([request.forum, current_forum(request), forum_or_none(request)])
        return HttpResponse()

    run(view)
    assert seen == [forum, forum, forum]


def test_before_a_forum_is_set_up_a_page_that_needs_one_is_not_found(db):
    def view(request):
        assert forum_or_none(request) is None
        with pytest.raises(Http404):
            current_forum(request)
        return HttpResponse("ok")

    assert run(view).content == b"ok"


def test_a_request_the_middleware_never_saw_has_no_forum():
    assert forum_or_none(RequestFactory().get("/")) is None
