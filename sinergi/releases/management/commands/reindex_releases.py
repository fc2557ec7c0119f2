"""Rebuild the search index of releases from the releases themselves: every public one, nothing else."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from sinergi.core import search
from sinergi.forum.models import Forum
from sinergi.releases.effects import search_kind
from sinergi.releases.models import Release


class Command(BaseCommand):
    help = "Rebuild the releases' search index (after a restore, or an index written by an older version)."

    def handle(self, *args, **options) -> None:
        for forum in Forum.objects.order_by("pk"):
            kind = search_kind(forum.pk)
            releases = Release.objects.public().in_forum(forum).order_by("pk")
            rows = ((r.pk, r.title, f"{r.summary}\n\n{r.body}", r.published_at) for r in releases.iterator())
            search.clear(kind)
            written = search.index_many(kind, rows)
            self.stdout.write(f"{forum.slug}: {written}")
