"""Other agencies' items on the same subject, for the forum's harmonisation review."""

from __future__ import annotations

from sinergi.core import search
from sinergi.releases.effects import search_kind
from sinergi.releases.models import Release, Status

ACTIVE = [Status.SUBMITTED, Status.IN_REVIEW, Status.APPROVED, Status.SCHEDULED, Status.PUBLISHED]


def related_items(release: Release, limit: int = 8) -> list[Release]:
    """Items sharing a theme (in any active state) first, then published items with similar titles."""
    others = Release.objects.in_forum(release.forum).exclude(agency=release.agency).select_related("agency")
    found: dict[int, Release] = {}
    themes = list(release.themes.values_list("pk", flat=True))
    if themes:
        for item in others.filter(themes__in=themes, status__in=ACTIVE).distinct().order_by("-updated_at")[:limit]:
            found[item.pk] = item
    words = " ".join(search.normalise_query(release.title)[:4])
    if words and len(found) < limit:
        # Any single title word may match: ask for each and keep the best ranked.
        ids = []
        for term in words.split():
            ids += [
                hit.object_id for hit in search.search(search_kind(release.agency.forum_id), term, limit=limit).hits
            ]
        for item in others.filter(pk__in=ids).exclude(pk__in=found)[: limit - len(found)]:
            found[item.pk] = item
    return list(found.values())
