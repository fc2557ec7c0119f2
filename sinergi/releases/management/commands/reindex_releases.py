"""Rebuild the search index of releases from the releases themselves: every public one, nothing else.

The same as `manage.py reindex releases`; kept under its old name for the operators' notes.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand

from sinergi.releases.effects import reindex_all


class Command(BaseCommand):
    help = "Rebuild the releases' search index (after a restore, or an index written by an older version)."

    def handle(self, *args, **options) -> None:
        self.stdout.write(f"releases: {reindex_all()}")
