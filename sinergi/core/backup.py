"""One archive holding the database and the uploaded files, and putting it back.

The database is written row by row with Django's own serialiser (JSON lines, every model of
every installed app, ordered by primary key), not with `pg_dump` or SQLite's `.backup`: the
same archive then restores on either engine, so a regency that started on the embedded SQLite
can move to PostgreSQL with it, and no client program of the right version has to be present.
The manifest records the schema (the migrations applied), the number of rows of every table,
and the size and SHA-256 of the dump and of every file, so a restore checks the whole archive
before it touches anything.

A restore goes only into an empty installation (no forum, no member, no uploaded file): it
never merges into or overwrites a live one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import tarfile
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.management import call_command
from django.core.management.color import no_style
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, models, transaction
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder

FORMAT = 1
MANIFEST = "manifest.json"
DUMP = "database.jsonl"
MEDIA = "media"
CHUNK = 1024 * 1024
ROWS_PER_QUERY = 2000


class _ExactEncoder(DjangoJSONEncoder):
    """Django's encoder keeps milliseconds only; a restore must give back every microsecond."""

    def default(self, o):
        if isinstance(o, dt.datetime | dt.time):
            return o.isoformat()
        return super().default(o)


class BackupError(Exception):
    """Why an archive cannot be written or restored, in words for the person running the command."""


@dataclass
class Summary:
    tables: dict[str, int] = field(default_factory=dict)
    files: int = 0
    bytes: int = 0
    missing_files: list[str] = field(default_factory=list)


def backed_up_models() -> list[type[models.Model]]:
    """Every table Django manages, in a stable order (many-to-many rows travel with their model)."""
    found = [
        model for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy and not model._meta.swapped
    ]  # fmt: skip
    return sorted(found, key=lambda model: model._meta.label_lower)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


# --- Writing ------------------------------------------------------------------------------


def applied_migrations() -> dict[str, list[str]]:
    applied: dict[str, list[str]] = {}
    for app_label, name in sorted(MigrationRecorder(connection).applied_migrations()):
        applied.setdefault(app_label, []).append(name)
    return applied


def _dump_database(path: Path, summary: Summary) -> None:
    """All rows in one consistent snapshot, one JSON object per line."""
    outermost = not connection.in_atomic_block
    with transaction.atomic(), open(path, "w", encoding="utf-8") as out:
        if connection.vendor == "postgresql" and outermost:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        for model in backed_up_models():
            label = model._meta.label_lower
            summary.tables[label] = 0
            serializers.serialize("jsonl", _counted(model._base_manager.order_by("pk"), summary.tables, label),
                                  stream=out, cls=_ExactEncoder)  # fmt: skip


def _counted(rows: models.QuerySet, counts: dict[str, int], label: str) -> Iterator[models.Model]:
    for row in rows.iterator(chunk_size=ROWS_PER_QUERY):
        counts[label] += 1
        yield row


def _media_files(root: Path) -> Iterator[Path]:
    if not root.is_dir():
        return
    for folder, _dirs, names in os.walk(root):
        for name in sorted(names):
            path = Path(folder) / name
            if path.is_file() and not path.is_symlink():
                yield path


def _files_the_rows_name() -> Iterator[str]:
    for model in backed_up_models():
        for file_field in [f for f in model._meta.concrete_fields if isinstance(f, models.FileField)]:
            names = model._base_manager.exclude(**{file_field.name: ""}).values_list(file_field.name, flat=True)
            yield from (name for name in names.iterator() if name)


def write(destination: Path) -> Summary:
    """Write the archive to `destination` (a .tar.gz), readable by its owner only."""
    summary = Summary()
    media_root = Path(settings.MEDIA_ROOT)
    destination.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=destination.parent, prefix=".backup-") as work:
        dump = Path(work) / DUMP
        _dump_database(dump, summary)
        schema = applied_migrations()
        partial = Path(work) / "archive.tar.gz"
        files = []
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(dump, arcname=DUMP)
            for path in _media_files(media_root):
                relative = path.relative_to(media_root).as_posix()
                files.append({"path": relative, "size": path.stat().st_size, "sha256": _sha256(path)})
                archive.add(path, arcname=f"{MEDIA}/{relative}", recursive=False)
            summary.files = len(files)
            summary.bytes = sum(item["size"] for item in files)
            present = {item["path"] for item in files}
            summary.missing_files = sorted({name for name in _files_the_rows_name() if name not in present})
            manifest = {
                "format": FORMAT,
                "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "database": {"engine": connection.vendor, "file": DUMP, "size": dump.stat().st_size,
                             "sha256": _sha256(dump)},
                "migrations": schema,
                "tables": summary.tables,
                "files": files,
                "missing_files": summary.missing_files,
            }  # fmt: skip
            body = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size, info.mtime, info.mode = len(body), int(dt.datetime.now().timestamp()), 0o600
            archive.addfile(info, _BytesReader(body))
        os.chmod(partial, 0o600)  # it holds requesters' ID scans and personal data
        os.replace(partial, destination)
    return summary


class _BytesReader:
    def __init__(self, data: bytes):
        self._data, self._at = data, 0

    def read(self, size: int = -1) -> bytes:
        end = len(self._data) if size < 0 else self._at + size
        chunk, self._at = self._data[self._at:end], min(end, len(self._data))
        return chunk


# --- Reading and checking -----------------------------------------------------------------


def _safe_member_name(name: str) -> PurePosixPath:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise BackupError(f"The archive holds a file outside its own folders ({name!r}); it is refused.")
    return path


def unpack(archive_path: Path, into: Path) -> dict:
    """Extract and check the archive in `into`; return its manifest. Nothing else is touched."""
    try:
        archive = tarfile.open(archive_path, "r:*")
    except (OSError, tarfile.TarError) as error:
        raise BackupError(f"{archive_path} is not a Sinergi backup archive: {error}") from None
    with archive:
        try:
            for member in archive:
                path = _safe_member_name(member.name)
                if member.isdir():
                    continue
                if not member.isfile():
                    raise BackupError(f"The archive holds a link or device ({member.name!r}); it is refused.")
                target = into.joinpath(*path.parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                with archive.extractfile(member) as source, open(target, "wb") as out:
                    shutil.copyfileobj(source, out, CHUNK)
        except (OSError, tarfile.TarError, EOFError) as error:
            raise BackupError(f"The archive is damaged or incomplete: {error}") from None
    try:
        manifest = json.loads((into / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise BackupError("The archive has no readable manifest; it is not a Sinergi backup.") from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"This archive has format {manifest.get('format')!r}; this Sinergi reads format {FORMAT}.")
    _verify(into, manifest)
    return manifest


def _verify(into: Path, manifest: dict) -> None:
    expected = [(DUMP, manifest["database"]["size"], manifest["database"]["sha256"])]
    expected += [(f"{MEDIA}/{item['path']}", item["size"], item["sha256"]) for item in manifest["files"]]
    for name, size, digest in expected:
        path = into.joinpath(*_safe_member_name(name).parts)
        if not path.is_file():
            raise BackupError(f"{name} is listed in the manifest but missing from the archive.")
        if path.stat().st_size != size or _sha256(path) != digest:
            raise BackupError(f"{name} does not match its checksum: the archive is damaged.")


# --- Restoring ----------------------------------------------------------------------------


def _schema_targets(executor: MigrationExecutor, schema: dict[str, list[str]]) -> list[tuple[str, str | None]]:
    """The last migration of each app that the archive's database had applied."""
    graph = executor.loader.graph
    applied = {(app, name) for app, names in schema.items() for name in names}
    unknown = sorted(f"{app}.{name}" for app, name in applied if (app, name) not in graph.nodes)
    if unknown:
        raise BackupError(
            "The archive was made by a newer version of Sinergi (unknown migrations: "
            + ", ".join(unknown[:5]) + "). Update this installation first."
        )
    targets = []
    for app in sorted({app for app, _name in graph.nodes}):
        leaves = [
            node for node in applied if node[0] == app
            and not any(child.key in applied for child in graph.node_map[node].children if child.key[0] == app)
        ]  # fmt: skip
        targets.extend(leaves or [(app, None)])
    return targets


_in_use_checks: list[Callable[[], bool]] = []


def register_in_use_check(check: Callable[[], bool]) -> Callable[[], bool]:
    """An app whose rows mean someone uses this installation says how to tell (the forum app: a
    forum or a member exists); a restore is refused while any check says so."""
    _in_use_checks.append(check)
    return check


def _check_empty(schema_now: dict[str, list[str]]) -> None:
    if schema_now and any(check() for check in _in_use_checks):
        raise BackupError(
            "This installation is not empty (it has forums or members). Restore only into a new, "
            "empty database, so that nothing already here is overwritten."
        )
    media_root = Path(settings.MEDIA_ROOT)
    if any(True for _ in _media_files(media_root)):
        raise BackupError(f"The folder of uploaded files ({media_root}) is not empty; restore into an empty one.")


def _flush(tables: list[str]) -> None:
    for statement in connection.ops.sql_flush(no_style(), tables, reset_sequences=False, allow_cascade=True):
        with connection.cursor() as cursor:
            cursor.execute(statement)


def _load(dump: Path, summary: Summary) -> None:
    all_models = backed_up_models()
    tables = connection.introspection.django_table_names(only_existing=True, include_views=False)
    with transaction.atomic(), connection.constraint_checks_disabled():
        _flush(tables)
        with open(dump, encoding="utf-8") as rows:
            for item in serializers.deserialize("jsonl", rows):
                item.save()
                label = item.object._meta.label_lower
                summary.tables[label] = summary.tables.get(label, 0) + 1
        for statement in connection.ops.sequence_reset_sql(no_style(), all_models):
            with connection.cursor() as cursor:
                cursor.execute(statement)
        connection.check_constraints(table_names=tables)


def restore(archive_path: Path, *, log=print) -> Summary:
    """Put the archive into this empty installation: schema, rows, files, then newer migrations."""
    summary = Summary()
    media_root = Path(settings.MEDIA_ROOT)
    media_root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=media_root.parent, prefix=".restore-") as work:
        unpacked = Path(work)
        manifest = unpack(archive_path, unpacked)
        log(f"Archive of {manifest['created_at']} checked: {len(manifest['files'])} files, "
            f"{sum(manifest['tables'].values())} rows.")  # fmt: skip
        _check_empty(applied_migrations() if MigrationRecorder(connection).has_table() else {})
        executor = MigrationExecutor(connection)
        targets = _schema_targets(executor, manifest["migrations"])
        executor.migrate(targets)
        _load(unpacked / DUMP, summary)
        for item in manifest["files"]:
            target = media_root.joinpath(*_safe_member_name(item["path"]).parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(unpacked.joinpath(MEDIA, *_safe_member_name(item["path"]).parts), target)
            summary.files += 1
            summary.bytes += item["size"]
        summary.missing_files = list(manifest.get("missing_files", []))
    call_command("migrate", interactive=False, verbosity=0)  # newer migrations of this code, if any
    return summary
