"""What the portal shows, read only through `.public()` querysets."""

from __future__ import annotations

from django.db.models import Count, Prefetch

from sinergi.core import search
from sinergi.forum.models import Agency
from sinergi.releases.effects import search_kind
from sinergi.releases.models import Attachment, Release, Theme
from sinergi.releases.models.release import public_release


def public_releases(forum):
    images = Attachment.objects.public().filter(kind="image").select_related("release")
    return (
        Release.objects.public()
        .in_forum(forum)
        .select_related("agency")
        .prefetch_related("themes", Prefetch("attachments", queryset=images, to_attr="public_images"))
        .order_by("-published_at", "-pk")
    )


def agencies_with_releases(forum):
    return (
        Agency.objects.active()
        .filter(forum=forum)
        .annotate(release_count=Count("releases", filter=public_release("releases__")))
        .order_by("-release_count", "name")
    )


def themes_with_releases(forum):
    return (
        Theme.objects.filter(forum=forum, is_active=True)
        .annotate(release_count=Count("releases", filter=public_release("releases__")))
        .order_by("-release_count", "name")
    )


def search_releases(forum, query: str, *, limit: int, offset: int) -> tuple[list[tuple[Release, search.Hit]], int]:
    """Ranked public releases for a query, each with its highlighted title and snippet.

    The index is ranked and counted within the public queryset itself, so the total is the
    number of releases the visitor may open, never one more.
    """
    within = Release.objects.public().in_forum(forum)
    results = search.search(search_kind(forum.pk), query, limit=limit, offset=offset, within=within)
    by_id = {r.pk: r for r in public_releases(forum).filter(pk__in=[h.object_id for h in results.hits])}
    return [(by_id[h.object_id], h) for h in results.hits if h.object_id in by_id], results.total
