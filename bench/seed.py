"""Seed a benchmark database: forum "meranti", about forty agencies, N published public releases.

    .venv/bin/python bench/seed.py --engine sqlite [--count 100000] [--reseed]
    .venv/bin/python bench/seed.py --engine postgresql --drop      # remove the benchmark database

The database is the benchmark's own (var/bench/sinergi-bench.sqlite3, or PostgreSQL database
`sinergi_bench`), never the app's. Releases are written with bulk_create in batches and indexed
with `core.search.index_many`, as the publish step would index them. A database already seeded
with the same count and the same migrations is kept, unless --reseed; a changed or new
migration file means a fresh seed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import engines  # noqa: E402  (the script's own folder is on sys.path when run as a script)
import textgen  # noqa: E402

if TYPE_CHECKING:  # Django is set up only once the environment is chosen, in main()
    from sinergi.forum.models import Agency, Forum
    from sinergi.releases.models import Release, Theme

BATCH = 2000
YEARS = 3
SEED = 20240817  # the same releases every time


class Timings(dict[str, float]):
    @contextmanager
    def measure(self, step: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self[step] = self.get(step, 0.0) + time.perf_counter() - start


def log(message: str) -> None:
    print(f"[seed] {message}", flush=True)


# --- The database itself ---------------------------------------------------------------------


def _postgres(sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    import psycopg

    try:
        connection = psycopg.connect(f"{engines.POSTGRES_SERVER}/postgres", autocommit=True)
    except psycopg.OperationalError as error:
        raise SystemExit(
            f"PostgreSQL is not reachable at {engines.POSTGRES_SERVER} ({error}). Start the local server "
            "(trust authentication for postgres on 127.0.0.1) or set BENCH_POSTGRES_URL."
        ) from None
    with connection:
        cursor = connection.execute(sql, params)
        return cursor.fetchall() if cursor.description else []


def database_exists(engine: engines.Engine) -> bool:
    if engine.name == "sqlite":
        return engines.SQLITE_FILE.exists()
    return bool(_postgres("SELECT 1 FROM pg_database WHERE datname = %s", (engines.POSTGRES_DB,)))


def drop_database(engine: engines.Engine) -> None:
    from django.db import connections

    connections.close_all()
    if engine.name == "sqlite":
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{engines.SQLITE_FILE}{suffix}").unlink(missing_ok=True)
    else:
        _postgres(f'DROP DATABASE IF EXISTS "{engines.POSTGRES_DB}" WITH (FORCE)')
    engine.manifest.unlink(missing_ok=True)


def create_database(engine: engines.Engine) -> None:
    engines.BENCH_DIR.mkdir(parents=True, exist_ok=True)
    if engine.name == "postgresql":
        _postgres(f'CREATE DATABASE "{engines.POSTGRES_DB}"')


def migrate() -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)


def schema_fingerprint() -> str:
    """A hash of every migration file: an edited migration means the seeded schema is stale."""
    digest = hashlib.sha256()
    for path in sorted((engines.ROOT / "sinergi").glob("*/migrations/*.py")):
        digest.update(path.relative_to(engines.ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def already_seeded(engine: engines.Engine, count: int) -> bool:
    """The manifest says `count` and this schema, and the database holds exactly that many public releases."""
    if not engine.manifest.exists() or not database_exists(engine):
        return False
    manifest = json.loads(engine.manifest.read_text())
    if manifest.get("count") != count:
        return False
    if manifest.get("schema") != schema_fingerprint():
        log("the migrations changed since the seed: seeding again")
        return False
    from sinergi.forum.models import Forum
    from sinergi.releases.models import Release

    forum = Forum.objects.filter(slug=engines.FORUM_SLUG).first()
    return forum is not None and Release.objects.public().in_forum(forum).count() == count


# --- Content -------------------------------------------------------------------------------------


def create_forum() -> tuple[Forum, dict[str, Agency], dict[str, Theme]]:
    from sinergi.forum.models import Agency, Forum
    from sinergi.releases.models import Theme

    forum = Forum.objects.create(
        slug=engines.FORUM_SLUG,
        name="Forum Kehumasan Kabupaten Kepulauan Meranti",
        region_code="14.10",
        region_name="Kabupaten Kepulauan Meranti, Riau",
        time_zone="Asia/Jakarta",
        contact_email="forum.humas@bench.test",
    )
    made: dict[str, Agency] = {}
    for spec in textgen.agencies():
        made[spec.slug] = Agency.objects.create(
            forum=forum, slug=spec.slug, name=spec.name, short_name=spec.short_name, kind=spec.kind,
            parent=made.get(spec.parent), region_code="14.10",
        )  # fmt: skip
    themes = {t.slug: Theme.objects.create(forum=forum, slug=t.slug, name=t.name, kind=t.kind) for t in textgen.THEMES}
    return forum, made, themes


def publication_times(rng: random.Random, count: int, now: datetime) -> list[datetime]:
    """Office hours (08.00-17.00 WIB) on days spread evenly over the last YEARS years, oldest first."""
    days = YEARS * 365
    start = (now - timedelta(days=days)).replace(hour=1, minute=0, second=0, microsecond=0)  # 08.00 WIB
    times = []
    for _ in range(count):
        moment = start + timedelta(days=rng.randrange(days), minutes=rng.randrange(9 * 60), seconds=rng.randrange(60))
        times.append(min(moment, now - timedelta(minutes=5)))
    return sorted(times)


def build_releases(
    rng: random.Random, count: int, agencies: dict[str, Agency], themes: dict[str, Theme]
) -> Iterator[list[tuple[Release, list[int]]]]:
    """Batches of (release, theme ids) in publication order, not yet saved."""
    from django.utils.text import slugify

    from sinergi.releases.models import Release

    specs = textgen.agencies()
    weights = list(accumulate(spec.weight for spec in specs))
    theme_ids = {key: [themes[t.slug].pk for t in textgen.THEMES if key in t.topics] for key in textgen.TOPICS}
    batch: list[tuple[Release, list[int]]] = []
    for published_at in publication_times(rng, count, datetime.now(UTC)):
        spec = rng.choices(specs, cum_weights=weights)[0]
        text = textgen.release_text(rng, spec, published_at)
        release = Release(
            agency=agencies[spec.slug], kind=text.kind, title=text.title, slug=slugify(text.title)[:120] or "rilis",
            summary=text.summary, body=text.body, status="published", kip_class=text.kip_class,
            berkala_item=text.berkala_item, published_at=published_at,
        )  # fmt: skip
        tagged = theme_ids[text.topic][:1] if theme_ids[text.topic] and rng.random() < 0.5 else []
        batch.append((release, tagged))
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def save_batch(batch: list[tuple[Release, list[int]]]) -> list[Release]:
    from django.db import transaction

    from sinergi.releases.models import Release

    with transaction.atomic():
        saved = Release.objects.bulk_create([release for release, _ in batch])
        through = Release.themes.through
        through.objects.bulk_create(
            [through(release_id=r.pk, theme_id=t) for r, (_, tags) in zip(saved, batch, strict=True) for t in tags]
        )
    if any(r.pk is None for r in saved):
        raise RuntimeError("bulk_create did not return primary keys (SQLite older than 3.35?)")
    return saved


def index_batch(forum_id: int, releases: list[Release]) -> int:
    from sinergi.core import search
    from sinergi.releases.effects import search_kind

    # The same title and text as releases.effects.sync_search indexes when a release is published.
    rows = ((r.pk, r.title, f"{r.summary}\n\n{r.body}", r.published_at) for r in releases)
    return search.index_many(search_kind(forum_id), rows, batch_size=1000)


def after_load(engine: engines.Engine) -> None:
    """What a running database would have done by itself: PostgreSQL's autovacuum, SQLite's checkpoint."""
    from django.db import connection

    with connection.cursor() as cursor:
        if engine.name == "postgresql":
            cursor.execute("VACUUM ANALYZE")
        else:
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def query_hits(forum_id: int) -> dict[str, int]:
    from sinergi.core import search
    from sinergi.releases.effects import search_kind

    return {q: search.search(search_kind(forum_id), q, limit=1).total for q in engines.QUERIES}


def seed(engine: engines.Engine, count: int) -> dict:
    timings = Timings()
    rng = random.Random(SEED)
    with timings.measure("create database + migrate"):
        drop_database(engine)
        create_database(engine)
        migrate()
    forum, agencies, themes = create_forum()
    pages: list[list[int | str]] = []
    done = 0
    batches = build_releases(rng, count, agencies, themes)
    while True:
        with timings.measure("generate text"):
            batch = next(batches, None)
        if batch is None:
            break
        with timings.measure("insert releases"):
            saved = save_batch(batch)
        with timings.measure("index for search"):
            index_batch(forum.pk, saved)
        pages.extend([r.pk, r.slug] for r in saved)
        done += len(saved)
        if done % 10_000 == 0 or done == count:
            log(f"{done:>7} releases  ({sum(timings.values()):.0f} s)")
    with timings.measure("vacuum/analyze"):
        after_load(engine)
    with timings.measure("count hits per query"):
        hits = query_hits(forum.pk)
    return {
        "engine": engine.name,
        "count": count,
        "database": engine.database_url,
        "agencies": len(agencies),
        "seeded_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "schema": schema_fingerprint(),
        "timings": {step: round(seconds, 1) for step, seconds in timings.items()},
        "query_hits": hits,
        "releases": pages,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--engine", choices=sorted(engines.ENGINES), required=True)
    parser.add_argument("--count", type=int, default=engines.DEFAULT_COUNT, help="releases (default %(default)s)")
    parser.add_argument("--reseed", action="store_true", help="drop and seed again even if already seeded")
    parser.add_argument("--drop", action="store_true", help="drop the benchmark database and stop")
    args = parser.parse_args(argv)

    engine = engines.get(args.engine)
    os.environ.update(engines.django_env(engine))
    import django

    django.setup()
    if args.drop:
        drop_database(engine)
        log(f"dropped the {engine.name} benchmark database")
        return 0
    if not args.reseed and already_seeded(engine, args.count):
        log(f"{engine.name}: already seeded with {args.count} releases (use --reseed to start again)")
        return 0
    log(f"{engine.name}: seeding {args.count} releases into {engine.database_url}")
    started = time.perf_counter()
    manifest = seed(engine, args.count)
    manifest["timings"]["total"] = round(time.perf_counter() - started, 1)
    engine.manifest.write_text(json.dumps(manifest))
    for step, seconds in manifest["timings"].items():
        log(f"  {step:<26} {seconds:>7.1f} s")
    for query, hits in manifest["query_hits"].items():
        log(f"  search {query!r:<24} {hits:>7} hits")
    return 0


if __name__ == "__main__":
    sys.exit(main())
