"""The catalogue in DCAT: /katalog.ttl, /katalog.jsonld, /katalog.rdf (paged: ?page=2), and one dataset
as /data/<name>.ttl (.jsonld, .rdf)."""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404

from sinergi.core.forums import current_forum
from sinergi.data import dcat
from sinergi.data.models import Dataset


def _format(extension: str) -> tuple[str, str]:
    if extension not in dcat.BY_EXTENSION:
        raise Http404
    return dcat.BY_EXTENSION[extension]


def _response(graph, extension: str) -> HttpResponse:
    name, content_type = _format(extension)
    response = HttpResponse(graph.serialize(format=name), content_type=f"{content_type}; charset=utf-8")
    response["Access-Control-Allow-Origin"] = "*"
    return response


def catalogue(request, extension: str):
    _format(extension)
    forum = current_forum(request)
    found = Dataset.objects.public().in_forum(forum).select_related("agency").prefetch_related("resources")
    total = found.count()
    raw = request.GET.get("page", "1")
    page = int(raw) if raw.isascii() and raw.isdigit() and 0 < len(raw) < 7 else 1
    last = max(1, -(-total // dcat.PAGE_SIZE))
    if page > last:
        raise Http404
    chosen = found.order_by("name", "pk")[(page - 1) * dcat.PAGE_SIZE:page * dcat.PAGE_SIZE]
    return _response(dcat.catalogue(forum, chosen, page, total, extension), extension)


def dataset(request, name: str, extension: str):
    _format(extension)
    item = get_object_or_404(Dataset.objects.public().in_forum(current_forum(request)).select_related("agency")
                             .prefetch_related("resources"), name=name)  # fmt: skip
    return _response(dcat.one(item), extension)
