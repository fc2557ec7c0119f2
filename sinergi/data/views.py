"""The public catalogue: the list of published datasets and one dataset's page (more in later steps)."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from sinergi.core.forums import current_forum
from sinergi.data.models import Dataset
from sinergi.data.vocabularies import LICENCES_BY_ID, TOPICS, TOPICS_BY_SLUG

PAGE_SIZE = 20


def catalogue(request):
    found = Dataset.objects.public().in_forum(current_forum(request)).select_related("agency")
    topic = request.GET.get("topik", "")[:30]
    if topic in TOPICS_BY_SLUG:
        found = found.filter(topic=topic)
    page = Paginator(found.order_by("title", "pk"), PAGE_SIZE).get_page(request.GET.get("halaman"))
    return render(request, "data/catalogue.html", {"page": page, "topics": TOPICS, "topic": topic})


def dataset(request, name: str):
    item = get_object_or_404(Dataset.objects.public().in_forum(current_forum(request)).select_related("agency"),
                             name=name)  # fmt: skip
    return render(request, "data/dataset.html", {
        "dataset": item, "resources": item.resources.all(), "topic": TOPICS_BY_SLUG.get(item.topic),
        "licence": LICENCES_BY_ID.get(item.licence),
    })  # fmt: skip
