"""Where each benchmark database lives and the environment the Django processes run with.

No Django import here: the driver (`run.py`) only starts processes, and each process reads its
settings from the environment built by `django_env()`.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "var" / "bench"
PYTHON = sys.executable

# The local PostgreSQL server (trust auth); the benchmark creates and drops its own database there.
POSTGRES_SERVER = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432").rstrip("/")
POSTGRES_DB = "sinergi_bench"
SQLITE_FILE = BENCH_DIR / "sinergi-bench.sqlite3"

FORUM_SLUG = "meranti"
DEFAULT_COUNT = 100_000

# Search queries: two common, two middling, two rare (the seed records how many releases each matches).
QUERIES = ("pembangunan jalan", "pelayanan publik", "vaksinasi", "banjir rob", "paspor", "beasiswa mahasiswa")


@dataclass(frozen=True)
class Engine:
    name: str
    database_url: str

    @property
    def var_dir(self) -> Path:
        """SINERGI_VAR_DIR of the benchmark's Django processes: static files, huey file, logs."""
        return BENCH_DIR / self.name

    @property
    def manifest(self) -> Path:
        """What the seed wrote: count, release ids and slugs, timings, hits per query."""
        return BENCH_DIR / f"seed-{self.name}.json"

    @property
    def results(self) -> Path:
        return BENCH_DIR / f"results-{self.name}.json"


ENGINES = {
    "sqlite": Engine("sqlite", f"sqlite:///{SQLITE_FILE}"),
    "postgresql": Engine("postgresql", f"{POSTGRES_SERVER}/{POSTGRES_DB}"),
}


def get(name: str) -> Engine:
    try:
        return ENGINES[name]
    except KeyError:
        raise SystemExit(f"unknown engine {name!r}; choose from {', '.join(ENGINES)}") from None


def django_env(engine: Engine, conn_max_age: int = 60) -> dict[str, str]:
    """Production settings (DEBUG off) on the benchmark's database, as docs/deploy.md runs them."""
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "HUEY_FILE", "HUEY_IMMEDIATE"}}
    env.update(
        DJANGO_SETTINGS_MODULE="sinergi.settings",
        DEBUG="false",
        SECRET_KEY="bench",
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=engine.database_url,
        DB_CONN_MAX_AGE=str(conn_max_age),
        DEFAULT_FORUM=FORUM_SLUG,
        SINERGI_VAR_DIR=str(engine.var_dir),
        LOG_LEVEL="WARNING",
        PYTHONPATH=str(ROOT),
    )
    return env
