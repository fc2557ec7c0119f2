"""Rebuild the search index of every kind the apps registered (after a restore, or an older index)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from sinergi.core import contributions


class Command(BaseCommand):
    help = "Rebuild the search index from the records themselves, for every kind or the ones named."

    def add_arguments(self, parser):
        parser.add_argument("kinds", nargs="*", help="Only these kinds (default: all registered).")

    def handle(self, *args, **options) -> None:
        registered = dict(contributions.search_kinds.items())
        unknown = sorted(set(options["kinds"]) - registered.keys())
        if unknown:
            raise CommandError(f"Unknown search kind(s): {', '.join(unknown)}; known: {', '.join(registered)}")
        for name in options["kinds"] or registered:
            self.stdout.write(f"{name}: {registered[name].reindex()}")
