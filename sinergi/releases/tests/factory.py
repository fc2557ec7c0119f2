"""Plain helpers that put releases in a given state, for tests of every app."""

from __future__ import annotations

from django.utils import timezone

from sinergi.releases.effects import sync_search
from sinergi.releases.models import Release, Status, Theme


def make_theme(forum, slug: str, name: str, **extra) -> Theme:
    return Theme.objects.create(forum=forum, slug=slug, name=name, **extra)


def make_release(agency, author=None, *, title: str = "Layanan paspor dibuka pada hari Sabtu",
                 body: str = "Kantor imigrasi membuka layanan paspor setiap Sabtu pagi.", summary: str = "",
                 status: str = Status.DRAFT, themes=(), **fields) -> Release:  # fmt: skip
    """A release saved directly in `status`; a published one is put in the search index."""
    release = Release.objects.create(agency=agency, created_by=author, title=title, body=body, summary=summary,
                                     status=status, **fields)  # fmt: skip
    release.themes.set(themes)
    release.snapshot(author)
    if status in (Status.PUBLISHED, Status.ARCHIVED, Status.WITHDRAWN):
        Release.objects.filter(pk=release.pk).update(published_at=fields.get("published_at") or timezone.now())
        release.refresh_from_db()
        sync_search(release)
    return release


def published(agency, **fields) -> Release:
    return make_release(agency, status=Status.PUBLISHED, **fields)
