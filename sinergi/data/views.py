"""The public catalogue: the list of published datasets and one dataset's page (more in later steps)."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render

from sinergi.core.agents import is_automated
from sinergi.core.classification import KipClass
from sinergi.core.forums import current_forum
from sinergi.data import citations, downloads, versions
from sinergi.data.models import Dataset, DatasetResource, DatasetStatus
from sinergi.data.vocabularies import LICENCES_BY_ID, TOPICS, TOPICS_BY_SLUG

PAGE_SIZE = 20


def catalogue(request):
    found = Dataset.objects.public().in_forum(current_forum(request)).select_related("agency")
    topic = request.GET.get("topik", "")[:30]
    if topic in TOPICS_BY_SLUG:
        found = found.filter(topic=topic)
    page = Paginator(found.order_by("title", "pk"), PAGE_SIZE).get_page(request.GET.get("halaman"))
    return render(request, "data/catalogue.html", {"page": page, "topics": TOPICS, "topic": topic})


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
    groups = versions.groups(item.resources.select_related("datastore", "dataset"))
    return render(request, "data/dataset.html", {
        "dataset": item, "groups": groups, "topic": TOPICS_BY_SLUG.get(item.topic),
        "licence": LICENCES_BY_ID.get(item.licence), "indicators": item.indicators.all(),
        "downloads": sum(r.download_count for g in groups for r in [g["latest"], *g["earlier"]]),
    })  # fmt: skip


def download(request, name: str, uid, filename: str):
    """A public dataset's file, any version; counted unless a machine asks."""
    resource = get_object_or_404(DatasetResource.objects.select_related("dataset"), uid=uid,
                                 dataset=_public_dataset(request, name))  # fmt: skip
    if not resource.file:
        return redirect(resource.url)
    if not is_automated(request):
        downloads.count(resource)
    return downloads.file_response(resource)
