"""Which data a text cites (links to an indicator's or a dataset's page), and which of it has since been
withdrawn, so that a release quoting a figure says so on its page.

Only a dataset that was public and then retired is ever named here, with the reason the walidata gave the
public; a link to anything never public (a draft, an exempt dataset) tells nothing.
"""

from __future__ import annotations

import re

from django.db.models import Q

from sinergi.core.classification import KipClass
from sinergi.data.models import Dataset, DatasetStatus

_LINK = re.compile(r"/data/(?:indikator/(?P<indicator>[-a-z0-9]{1,100})|(?P<dataset>[-a-z0-9]{1,100}))/")
MAX_LINKS = 50


def cited(text: str) -> tuple[set[str], set[str]]:
    """The indicator slugs and dataset names linked from the text."""
    indicators, datasets = set(), set()
    for number, match in enumerate(_LINK.finditer(text or "")):
        if number >= MAX_LINKS:
            break
        if match["indicator"]:
            indicators.add(match["indicator"])
        elif match["dataset"] != "indikator":
            datasets.add(match["dataset"])
    return indicators, datasets


def withdrawn(text: str, forum) -> list[dict]:
    """The retired datasets the text cites (directly or through an indicator), with their public reason."""
    indicators, datasets = cited(text)
    if not indicators and not datasets:
        return []
    found = (Dataset.objects.filter(agency__forum=forum, status=DatasetStatus.RETIRED)
             .exclude(kip_class=KipClass.DIKECUALIKAN)
             .filter(Q(name__in=datasets) | Q(indicators__slug__in=indicators)).distinct())  # fmt: skip
    return [{"title": dataset.title, "reason": retirement_reason(dataset), "url": dataset.get_absolute_url()}
            for dataset in found]  # fmt: skip


def retirement_reason(dataset: Dataset) -> str:
    event = dataset.events.filter(action="retired").order_by("-created_at").first()
    return event.comment if event else ""
