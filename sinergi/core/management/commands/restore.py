"""`manage.py restore ARCHIVE`: put a backup into a new, empty installation."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from sinergi.core import backup


class Command(BaseCommand):
    help = "Restore an archive written by `manage.py backup` into an empty database and media folder."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The .tar.gz written by `manage.py backup`.")

    def handle(self, *args, **options):
        archive = Path(options["archive"])
        if not archive.is_file():
            raise CommandError(f"{archive} does not exist.")
        try:
            summary = backup.restore(archive, log=self.stdout.write)
        except backup.BackupError as error:
            raise CommandError(f"Nothing restored: {error}") from None
        except DatabaseError as error:
            raise CommandError(f"Nothing restored: the database refused the rows ({error}).") from None
        self.stdout.write(
            f"Restored {sum(summary.tables.values())} rows in {len(summary.tables)} tables and {summary.files} files."
        )
        for name in summary.missing_files:
            self.stderr.write(f"Was already missing when the backup was made: {name}")
