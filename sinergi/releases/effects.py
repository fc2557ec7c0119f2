"""What follows a workflow step once it is committed: the search index and the notifications."""

from __future__ import annotations

from sinergi.core import search
from sinergi.core.tasks import enqueue_or_defer
from sinergi.forum.models import AgencyRoleKind, ForumRoleKind, Member
from sinergi.releases.models import EventAction, Release, ReleaseEvent


def search_kind(forum_id: int) -> str:
    """Each forum's releases are a separate set in the index, so one forum never ranks another's."""
    return f"release-{forum_id}"


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
    from sinergi.releases.tasks import notify_event

    event = ReleaseEvent.objects.select_related("release").get(pk=event_id)
    sync_search(event.release)
    if event.action in AUDIENCE:
        enqueue_or_defer(notify_event, event_id)


def sync_search(release: Release) -> None:
    """Only public releases are in the index; everything else is taken out."""
    if Release.objects.public().filter(pk=release.pk).exists():
        search.index(search_kind(release.agency.forum_id), release.pk, title=release.title, body=f"{release.summary}\n\n{release.body}",
                     published_at=release.published_at)  # fmt: skip
    else:
        search.remove(search_kind(release.agency.forum_id), release.pk)


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
