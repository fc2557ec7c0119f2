"""Erase requesters' personal data past the retention period (also run daily by the worker)."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from sinergi.ppid.retention import erase_past_retention


class Command(BaseCommand):
    help = "Erase the personal data of requesters whose requests are older than PPID_PERSONAL_DATA_RETENTION_DAYS."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only say how many requests would be erased.")

    def handle(self, *args, dry_run: bool = False, **options):
        count = erase_past_retention(dry_run=dry_run)
        verb = "would be erased" if dry_run else "erased"
        self.stdout.write(f"{count} request(s): personal data {verb}.")
