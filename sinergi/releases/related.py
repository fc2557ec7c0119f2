"""Other agencies' items on the same subject, for the forum's harmonisation review."""

from __future__ import annotations

from collections import Counter

from sinergi.core import search
from sinergi.releases.effects import search_kind
from sinergi.releases.models import Release, Status

ACTIVE = [Status.SUBMITTED, Status.IN_REVIEW, Status.APPROVED, Status.SCHEDULED, Status.PUBLISHED]
TITLE_TERMS = 8
HITS_PER_TERM = 50
# A word found in this share of all public releases (a place name, "kabupaten") says nothing.
COMMON_SHARE = 0.25


def related_items(release: Release, limit: int = 8) -> list[Release]:
    """Items sharing a theme (in any active state) first, then published items sharing title words."""
    others = Release.objects.in_forum(release.forum).exclude(agency=release.agency).select_related("agency")
    found: dict[int, Release] = {}
    themes = list(release.themes.values_list("pk", flat=True))
    if themes:
        for item in others.filter(themes__in=themes, status__in=ACTIVE).distinct().order_by("-updated_at")[:limit]:
            found[item.pk] = item
    if len(found) < limit:
        ranked = [pk for pk, _ in _sharing_title_words(release).most_common() if pk not in found]
        by_id = others.in_bulk(ranked[: limit - len(found)])
        found.update({pk: by_id[pk] for pk in ranked if pk in by_id})
    return list(found.values())[:limit]


def _sharing_title_words(release: Release) -> Counter:
    """Public releases by how many of this title's distinctive words they contain (at least two, or all)."""
    kind = search_kind(release.agency.forum_id)
    terms = search.normalise_query(release.title)[:TITLE_TERMS]
    public = max(Release.objects.public().in_forum(release.forum).count(), 1)
    counts: Counter = Counter()
    distinctive = 0
    for term in terms:
        results = search.search(kind, term, limit=HITS_PER_TERM)
        if results.total > COMMON_SHARE * public and public > 8:
            continue
        distinctive += 1
        counts.update(hit.object_id for hit in results.hits if hit.object_id != release.pk)
    needed = min(2, distinctive)
    return Counter({pk: n for pk, n in counts.items() if n >= needed})
