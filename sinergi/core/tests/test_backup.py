"""`manage.py backup` and `manage.py restore`: the demo forum goes out and comes back whole.

The archive is written from the test database, restored by a separate process into a brand-new
database of the same engine (a fresh SQLite file, or a fresh PostgreSQL database) with an empty
media folder, and backed up again there: every row of every table and every file must be the
same.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection

from sinergi.conftest import database_url
from sinergi.core import backup
from sinergi.forum.models import Forum


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "manage.py", *args], cwd=settings.BASE_DIR, env=env,
                          capture_output=True, text=True, timeout=600)  # fmt: skip


@pytest.fixture
def empty_installation(tmp_path):
    """The environment of a new installation: its own var folder and an empty database."""
    var = tmp_path / "restored"
    var.mkdir()
    env = {**os.environ, "DEBUG": "true", "HUEY_IMMEDIATE": "true", "SINERGI_VAR_DIR": str(var)}
    env.pop("HUEY_FILE", None)
    if connection.vendor == "sqlite":
        env["DATABASE_URL"] = f"sqlite:///{var / 'sinergi.sqlite3'}"
        yield env
        return
    name = f"{connection.settings_dict['NAME']}_restore"[:60]
    server = database_url().rsplit("/", 1)[0]
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    env["DATABASE_URL"] = f"{server}/{name}"
    yield env
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _scalars(values: list) -> bool:
    """A list to compare in any order (many-to-many ids); a JSON list of objects keeps its order."""
    return all(not isinstance(value, dict | list) for value in values)


def _read(archive: Path) -> tuple[list[dict], dict[str, bytes], dict]:
    """The rows (many-to-many lists sorted), the files and the manifest of an archive."""
    files: dict[str, bytes] = {}
    with tarfile.open(archive) as tar:
        for member in tar:
            if member.isfile():
                files[member.name] = tar.extractfile(member).read()
    rows = []
    for line in files.pop(backup.DUMP).decode().splitlines():
        row = json.loads(line)
        row["fields"] = {key: sorted(value) if isinstance(value, list) and _scalars(value) else value
                         for key, value in row["fields"].items()}  # fmt: skip
        rows.append(row)
    manifest = json.loads(files.pop(backup.MANIFEST))
    return rows, files, manifest


@pytest.fixture
def demo(db, settings):
    settings.DEBUG = True
    call_command("load_demo", stdout=io.StringIO())
    return Forum.objects.get(slug="meranti")


def test_the_demo_forum_round_trips_through_backup_and_restore(demo, tmp_path, empty_installation):
    first = tmp_path / "first.tar.gz"
    summary = backup.write(first)
    assert summary.tables["forum.forum"] == 1 and summary.files > 0
    assert first.stat().st_mode & 0o777 == 0o600  # it holds ID scans and personal data

    restored = _run(["restore", str(first)], empty_installation)
    assert restored.returncode == 0, restored.stderr
    assert "Restored" in restored.stdout
    second = tmp_path / "second.tar.gz"
    again = _run(["backup", "--output", str(second)], empty_installation)
    assert again.returncode == 0, again.stderr

    rows_before, files_before, manifest_before = _read(first)
    rows_after, files_after, manifest_after = _read(second)
    assert manifest_after["tables"] == manifest_before["tables"]
    assert manifest_after["migrations"] == manifest_before["migrations"]
    assert len(rows_after) == sum(manifest_before["tables"].values())
    assert rows_after == rows_before
    assert files_after.keys() == files_before.keys()
    assert all(files_after[name] == files_before[name] for name in files_before)

    # The counters continue after the restored rows: a new agency gets a fresh id.
    created = _run(["shell", "-c", "from sinergi.forum.models import Agency, Forum; "
                    "print(Agency.objects.create(forum=Forum.objects.get(), slug='baru', name='Baru').pk)"],
                   empty_installation)  # fmt: skip
    assert created.returncode == 0, created.stderr
    assert int(created.stdout.split()[-1]) > max(row["pk"] for row in rows_before if row["model"] == "forum.agency")


def test_a_restore_into_an_installation_in_use_is_refused_and_changes_nothing(demo, tmp_path):
    archive = tmp_path / "b.tar.gz"
    backup.write(archive)
    with pytest.raises(backup.BackupError, match="not empty"):
        backup.restore(archive, log=lambda _line: None)
    assert Forum.objects.get() == demo


def _tampered(source: Path, target: Path, change) -> Path:
    with tarfile.open(source) as tar_in, tarfile.open(target, "w:gz") as tar_out:
        for member in tar_in:
            data = tar_in.extractfile(member).read() if member.isfile() else None
            member, data = change(member, data)
            tar_out.addfile(member, io.BytesIO(data) if data is not None else None)
    return target


def test_a_damaged_archive_is_refused_before_anything_is_touched(demo, tmp_path):
    good = tmp_path / "good.tar.gz"
    backup.write(good)

    def flip_a_byte(member, data):
        if member.name == backup.DUMP:
            data = data.replace(b'"meranti"', b'"merantj"', 1)
        return member, data

    damaged = _tampered(good, tmp_path / "damaged.tar.gz", flip_a_byte)
    with pytest.raises(backup.BackupError, match="checksum"):
        backup.unpack(damaged, tmp_path / "out")


def test_an_archive_reaching_outside_its_folder_is_refused(demo, tmp_path):
    good = tmp_path / "good.tar.gz"
    backup.write(good)

    def escape(member, data):
        if member.name.startswith(backup.MEDIA + "/"):
            member.name = "../../etc/cron.d/evil"
        return member, data

    evil = _tampered(good, tmp_path / "evil.tar.gz", escape)
    with pytest.raises(backup.BackupError, match="outside"):
        backup.unpack(evil, tmp_path / "out")
    assert not (tmp_path.parent / "etc").exists()


def test_the_commands_explain_what_went_wrong(db, tmp_path):
    not_an_archive = tmp_path / "notes.txt"
    not_an_archive.write_text("hello")
    result = _run(["restore", str(not_an_archive)], {**os.environ, "DEBUG": "true",
                                                     "SINERGI_VAR_DIR": str(tmp_path / "var")})  # fmt: skip
    assert result.returncode != 0
    assert "Nothing restored" in result.stderr and "not a Sinergi backup archive" in result.stderr
