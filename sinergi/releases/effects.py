"""What follows a workflow step once it is committed: the search index and the notifications."""

from __future__ import annotations

from sinergi.core import search
from sinergi.core.tasks import enqueue_or_defer
from sinergi.forum.models import Agency, AgencyRoleKind, Forum, ForumRoleKind, Member
from sinergi.releases.models import EventAction, Release, ReleaseEvent
from sinergi.releases.tasks import notify_event


def search_kind(forum_id: int) -> str:
    """Each forum's releases are a separate set in the index, so one forum never ranks another's."""
    return f"release-{forum_id}"


def reindex_all() -> int:
    """Rebuild every forum's releases in the search index from the releases: every public one, nothing else."""
    written = 0
    for forum in Forum.objects.order_by("pk"):
        kind = search_kind(forum.pk)
        releases = Release.objects.public().in_forum(forum).order_by("pk")
        rows = ((r.pk, r.title, f"{r.summary}\n\n{r.body}", r.published_at) for r in releases.iterator())
        search.clear(kind)
        written += search.index_many(kind, rows)
    return written


# Who hears of each step, besides the person who took it.
AUDIENCE = {
    EventAction.SUBMITTED: {"heads"},
    EventAction.AGENCY_APPROVED: {"moderators"},
    EventAction.CHANGES_REQUESTED: {"author"},
    EventAction.APPROVED: {"author", "heads"},
    EventAction.PUBLISHED: {"author", "heads"},
    EventAction.PUBLISHED_URGENTLY: {"author", "heads", "moderators"},
    EventAction.PUBLISH_FAILED: {"heads", "moderators"},
    EventAction.CORRECTED: {"author", "heads"},
    EventAction.WITHDRAWN: {"author", "heads", "moderators"},
}


def after_event(event_id: int) -> None:
    event = ReleaseEvent.objects.get(pk=event_id)
    if event.action in AUDIENCE:
        enqueue_or_defer(notify_event, event_id)


def sync_search(release: Release) -> None:
    """Only public releases are in the index, with their current text; everything else is taken out.

    Called inside the transaction that changes the release (every save, every workflow step),
    so the index can never be a commit behind: a release made exempt or withdrawn leaves it,
    and text removed from a public one leaves its snippets, or the change itself rolls back.
    """
    row = Release.objects.public().filter(pk=release.pk).values("title", "summary", "body", "published_at",
                                                                "agency__forum_id").first()  # fmt: skip
    if row is None:
        search.remove(search_kind(_forum_id(release)), release.pk)
        return
    search.index(search_kind(row["agency__forum_id"]), release.pk, title=row["title"],
                 body=f"{row['summary']}\n\n{row['body']}", published_at=row["published_at"])  # fmt: skip


def _forum_id(release: Release) -> int:
    return Agency.objects.values_list("forum_id", flat=True).get(pk=release.agency_id)


def release_saved(sender, instance: Release, raw: bool = False, **kwargs) -> None:
    """post_save: any save (the workflow, the Django admin, a script) brings the index in step."""
    if not raw:  # loaddata: the records arrive before the rest of the data they depend on
        sync_search(instance)


def release_deleted(sender, instance: Release, **kwargs) -> None:
    search.remove(search_kind(_forum_id(instance)), instance.pk)


def recipients(event: ReleaseEvent) -> list[Member]:
    release = event.release
    groups = AUDIENCE.get(event.action, set())
    people = Member.objects.none()
    if "heads" in groups:
        people |= Member.objects.filter(agency_roles__agency=release.agency,
                                        agency_roles__role=AgencyRoleKind.PEJABAT_HUMAS)  # fmt: skip
    if "moderators" in groups:
        people |= Member.objects.filter(forum_roles__forum_id=release.agency.forum_id,
                                        forum_roles__role=ForumRoleKind.MODERATOR)  # fmt: skip
    if "author" in groups and release.created_by_id:
        people |= Member.objects.filter(pk=release.created_by_id)
    return list(people.filter(is_active=True).exclude(pk=event.actor_id).distinct().order_by("pk"))
