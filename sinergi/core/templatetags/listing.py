"""Links within a filtered list: a page link keeps the filters it was reached with."""

from __future__ import annotations

from django import template
from django.http import QueryDict

register = template.Library()


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current query string with `changes` applied: `{% query_with halaman=3 %}` -> `?status=draft&halaman=3`."""
    request = context.get("request")
    query = request.GET.copy() if request is not None else QueryDict(mutable=True)
    for key, value in changes.items():
        query[key] = value
    return "?" + query.urlencode()
