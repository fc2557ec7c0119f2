"""The public catalogue: search with facets, one dataset's page (or the notice of a retired one), and its files."""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _

from sinergi.core import contributions
from sinergi.core.agents import is_automated
from sinergi.core.classification import KipClass
from sinergi.core.forums import current_forum
from sinergi.core.params import page_number
from sinergi.data import catalogue_search, citations, downloads, indicators, versions
from sinergi.data.models import Dataset, DatasetResource, DatasetStatus
from sinergi.data.vocabularies import LICENCES_BY_ID, TOPICS_BY_SLUG

PAGE_SIZE = 20
MAX_CHARTS = 3  # a dataset page draws its first indicators; each has its own page with the table


def catalogue(request):
    forum = current_forum(request)
    number = page_number(request.GET.get("halaman"))
    found = catalogue_search.find(forum, request.GET, offset=(number - 1) * PAGE_SIZE, limit=PAGE_SIZE)
    chosen = {name: request.GET.get(name, "")[:100] for name in ("q", *catalogue_search.FACETS)}
    return render(request, "data/catalogue.html", {
        "found": found, "chosen": chosen, "page_number": number, "facets": _facet_links(found, chosen),
        "has_next": number * PAGE_SIZE < found.total, "query": urlencode({k: v for k, v in chosen.items() if v}),
    })  # fmt: skip


FACET_LABELS = {"instansi": _("Produsen data"), "topik": _("Topic"), "format": _("Format"), "tahun": _("Year"),
                "lisensi": _("Licence")}  # fmt: skip


def _facet_links(found, chosen: dict[str, str]) -> list[dict]:
    """Each facet's values as links that choose it (or, when chosen, clear it), keeping the other choices."""
    facets = []
    for name, label in FACET_LABELS.items():
        values = []
        for value, text, count in found.facets[name]:
            current = chosen[name] == value
            wanted = {**chosen, name: "" if current else value}
            values.append({"text": text, "count": count, "current": current,
                           "url": "?" + urlencode({k: v for k, v in wanted.items() if v})})  # fmt: skip
        if values:
            facets.append({"label": label, "open": bool(chosen[name]), "values": values})
    return facets


def _public_dataset(request, name: str) -> Dataset:
    return get_object_or_404(Dataset.objects.public().in_forum(current_forum(request)).select_related("agency"),
                             name=name)  # fmt: skip


def dataset(request, name: str):
    forum = current_forum(request)
    retired = (Dataset.objects.in_forum(forum).filter(name=name, status=DatasetStatus.RETIRED)
               .exclude(kip_class=KipClass.DIKECUALIKAN).first())  # fmt: skip
    if retired is not None:  # once public: its title and the public reason stay, never its data
        return render(request, "data/retired.html", {"dataset": retired, "reason": citations.retirement_reason(retired)},
                      status=410)  # fmt: skip
    item = _public_dataset(request, name)
    groups = versions.groups(r for r in item.resources.select_related("datastore", "dataset") if r.publishable)
    own_indicators = list(item.indicators.all())
    return render(request, "data/dataset.html", {
        "dataset": item, "groups": groups, "topic": TOPICS_BY_SLUG.get(item.topic),
        "licence": LICENCES_BY_ID.get(item.licence),
        "indicators": [(i, indicators.chart_svg(i, indicators.series(i))) for i in own_indicators[:MAX_CHARTS]],
        "references": contributions.references_to(forum, [item.get_absolute_url(),
                                                          *(i.get_absolute_url() for i in own_indicators)]),
        "downloads": sum(r.download_count for g in groups for r in [g["latest"], *g["earlier"]]),
    })  # fmt: skip


def download(request, name: str, uid, filename: str):
    """A public dataset's file, any version; counted unless a machine asks."""
    resource = get_object_or_404(DatasetResource.objects.select_related("dataset"), uid=uid,
                                 dataset=_public_dataset(request, name))  # fmt: skip
    if not resource.publishable:
        raise Http404
    if not resource.file:
        return redirect(resource.url)
    if not is_automated(request):
        downloads.count(resource)
    return downloads.file_response(resource)
