"""`manage.py backup`: the database and the uploaded files in one checked archive."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import filesizeformat

from sinergi.core import backup


class Command(BaseCommand):
    help = "Write one archive with the database (every table), the uploaded files and a manifest with checksums."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", "-o",
            help="Archive to write (default: SINERGI_VAR_DIR/backups/sinergi-<UTC time>.tar.gz).",
        )  # fmt: skip

    def handle(self, *args, **options):
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        output = Path(options["output"] or Path(settings.VAR_DIR) / "backups" / f"sinergi-{stamp}.tar.gz")
        try:
            summary = backup.write(output)
        except (OSError, backup.BackupError) as error:
            raise CommandError(f"No backup written: {error}") from None
        self.stdout.write(
            f"{output}: {sum(summary.tables.values())} rows in {len(summary.tables)} tables, "
            f"{summary.files} files ({filesizeformat(summary.bytes)})."
        )
        for name in summary.missing_files:
            self.stderr.write(f"Missing on disk, not in the archive: {name}")
