"""What releases bring to the house: inbox items, the workspace card, navigation, sitemaps, search, demo."""

from __future__ import annotations

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sinergi.core import contributions
from sinergi.core.contributions import Card, InboxItem, NavEntry, Reference, SearchKind
from sinergi.core.notifications import register_kind
from sinergi.releases.api import ReleaseViewSet, ThemeViewSet
from sinergi.releases.demo import load_demo_releases
from sinergi.releases.effects import reindex_all
from sinergi.releases.models import Release, Status


def _step(release: Release) -> str:
    if release.status == Status.PUBLISHED:
        return _("Review after urgent publication")
    return {
        Status.SUBMITTED: _("Approve as the agency's head of PR"),
        Status.IN_REVIEW: _("Review for the forum"),
        Status.CHANGES_REQUESTED: _("Revise as asked"),
        Status.APPROVED: _("Publish or schedule"),
    }.get(release.status, release.get_status_display())


def releases_waiting(member, forum):
    """Releases that need this member's hand next: approval, review, revision, publication."""
    waiting = Release.objects.in_forum(forum).waiting_for(member).select_related("agency").order_by("updated_at")
    kind = _("Release")
    for release in waiting[:50]:
        yield InboxItem(release.title, release.get_workspace_url(), kind, _step(release),
                        agency=release.agency.short_name or release.agency.name, since=release.updated_at)  # fmt: skip


def releases_card(request, forum) -> Card:
    return Card(_("Releases"), ((_("Drafts, reviews and publications"), reverse("releases:list")),
                                (_("Themes"), reverse("releases:themes"))), order=10)  # fmt: skip


def releases_citing(forum, paths: list[str]) -> list[Reference]:
    """Public releases whose text links to one of the paths (a dataset or an indicator they quote)."""
    if not paths:
        return []
    linking = Q()
    for path in paths[:20]:
        linking |= Q(body__contains=path)
    found = Release.objects.public().in_forum(forum).filter(linking).select_related("agency").order_by("-published_at")
    return [Reference(_("Release"), release.title, release.get_absolute_url()) for release in found[:10]]


def register() -> None:
    contributions.references.register(releases_citing)
    contributions.inbox.register(releases_waiting)
    contributions.cards.register(releases_card)
    contributions.navigation.register(NavEntry(gettext_lazy("Releases"), "releases:list", order=20))
    contributions.search_kinds.register("releases", SearchKind(gettext_lazy("Releases"), reindex_all))
    contributions.demo_loaders.register(load_demo_releases, order=10)
    contributions.api_routes.register("releases", (ReleaseViewSet, "release"), order=30)
    contributions.api_routes.register("themes", (ThemeViewSet, "theme"), order=40)
    register_kind("releases.event", gettext_lazy("A step of a release that needs me or concerns my release"))
