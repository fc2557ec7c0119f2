"""Benchmark the public release page and search against the same page served as a static file.

    .venv/bin/python bench/run.py                       # both engines, 100,000 releases each
    .venv/bin/python bench/run.py sqlite --duration 30  # one engine, longer runs

For each engine: seed the benchmark database (kept between runs), collect static files, start
gunicorn (`sinergi.wsgi`, DEBUG off, 127.0.0.1), save the bytes of one release page under
STATIC_ROOT so whitenoise in the same gunicorn serves them as a file, then load three targets
in turn from 127.0.0.1 for a fixed time at a fixed concurrency: random release pages, a mix of
common and rare searches, and the static copy. Prints requests/s and latency percentiles, each
dynamic target as a fraction of the static file, and writes var/bench/results-<engine>.json.

This is a benchmark, not a test: it asserts nothing about speed. See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import random
import shutil
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote_plus

import engines
import loadgen

STATIC_PAGE = "bench/page.html"  # under STATIC_ROOT, so at /static/bench/page.html
TARGETS = ("release", "search", "static")


@dataclass(frozen=True)
class Options:
    engines: list[str]
    count: int
    reseed: bool
    duration: float
    warmup: float
    concurrency: int
    workers: int
    threads: int
    conn_max_age: int
    generator: str
    quiet: float
    quiet_timeout: float
    min_requests: int
    max_duration: float
    targets: list[str]


def log(message: str) -> None:
    print(f"[bench] {message}", flush=True)


# --- Preparing an engine ----------------------------------------------------------------------


def run_checked(command: list[str], env: dict[str, str], what: str) -> None:
    result = subprocess.run(command, cwd=engines.ROOT, env=env)
    if result.returncode:
        raise SystemExit(f"{what} failed (exit {result.returncode}): {' '.join(command)}")


def seed(engine: engines.Engine, options: Options) -> dict:
    command = [engines.PYTHON, str(Path(__file__).with_name("seed.py")), "--engine", engine.name,
               "--count", str(options.count)]  # fmt: skip
    run_checked(command + (["--reseed"] if options.reseed else []), os.environ.copy(), "seeding")
    return json.loads(engine.manifest.read_text())


def collectstatic(env: dict[str, str]) -> None:
    run_checked([engines.PYTHON, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"], env, "collectstatic")


# --- The server ----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(port: int, path: str) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


@dataclass(frozen=True)
class Server:
    pid: int
    port: int
    engine: str


@contextmanager
def gunicorn(engine: engines.Engine, env: dict[str, str], options: Options) -> Iterator[Server]:
    """gunicorn serving sinergi.wsgi on a free 127.0.0.1 port until the block ends."""
    port = free_port()
    command = [engines.PYTHON, "-m", "gunicorn", "sinergi.wsgi", "--bind", f"127.0.0.1:{port}",
               "--workers", str(options.workers), "--timeout", "120", "--log-level", "warning",
               "--error-logfile", str(engine.var_dir / "gunicorn.log")]  # fmt: skip
    if options.threads > 1:
        command += ["--threads", str(options.threads)]  # gunicorn then uses gthread workers
    process = subprocess.Popen(command, cwd=engines.ROOT, env=env)
    try:
        wait_until_ready(process, port)
        yield Server(process.pid, port, engine.name)
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_until_ready(process: subprocess.Popen, port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn exited with {process.returncode}; see its log under var/bench/")
        try:
            status, body = fetch(port, "/healthz")
        except OSError:
            time.sleep(0.2)
            continue
        if status == 200:
            return
        raise SystemExit(f"/healthz answered {status}: {body[:300]!r}")
    raise SystemExit(f"gunicorn did not answer on 127.0.0.1:{port} within {timeout:.0f} s")


# --- Targets ---------------------------------------------------------------------------------------


def release_paths(manifest: dict) -> list[tuple[str, str]]:
    return [("release", f"/rilis/{pk}/{slug}/") for pk, slug in manifest["releases"]]


def search_paths() -> list[tuple[str, str]]:
    return [(query, f"/cari/?q={quote_plus(query)}") for query in engines.QUERIES]


def sample_page(manifest: dict) -> str:
    """The release page copied as the static file: the middle release, an ordinary one."""
    pk, slug = manifest["releases"][len(manifest["releases"]) // 2]
    return f"/rilis/{pk}/{slug}/"


def check_targets(port: int, paths: dict[str, list[tuple[str, str]]]) -> list[str]:
    """Problems seen when each search and a few release pages are requested once (none expected)."""
    problems = []
    for target, choices in paths.items():
        for label, path in choices[:: max(1, len(choices) // 5)]:
            status, body = fetch(port, path)
            if status != 200:
                problems.append(f"{target} {label} {path}: HTTP {status} {body[:200]!r}")
    return problems


def save_static_copy(engine: engines.Engine, page: bytes) -> Path:
    target = engine.var_dir / "static" / STATIC_PAGE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(page)
    return target


def wait_for_quiet(options: Options) -> float:
    """Wait (up to quiet_timeout) until the machine is idle apart from us; returns the last busy reading.

    Other people's test runs on a shared 2-core machine would halve the server's share and the
    numbers with it. The reading is kept in the results; a disturbed run shows as "other" CPU.
    """
    deadline = time.monotonic() + options.quiet_timeout
    busy = loadgen.machine_busy()
    if busy > options.quiet:
        log(f"others use {busy:.0f}% of a core; waiting up to {options.quiet_timeout:g} s for a quiet machine ...")
    while busy > options.quiet and time.monotonic() < deadline:
        time.sleep(2)
        busy = loadgen.machine_busy()
    if busy > options.quiet:
        log(f"still {busy:.0f}% busy: measuring anyway (see the 'other' CPU column)")
    return busy


def load(target: str, server: Server, paths: list[tuple[str, str]], options: Options) -> loadgen.Outcome:
    database = engines.POSTGRES_DB if server.engine == "postgresql" else None
    common = {"concurrency": options.concurrency, "duration": options.duration, "warmup": options.warmup,
              "server_pid": server.pid, "database": database}  # fmt: skip
    if options.generator == "wrk":
        return loadgen.wrk_load(target, server.port, paths, **common)
    return loadgen.python_load(target, server.port, paths, min_requests=options.min_requests,
                               max_duration=options.max_duration, **common)  # fmt: skip


# --- One engine from start to end ----------------------------------------------------------------


def bench_engine(name: str, options: Options) -> dict:
    engine = engines.get(name)
    env = engines.django_env(engine, options.conn_max_age)
    engine.var_dir.mkdir(parents=True, exist_ok=True)
    manifest = seed(engine, options)
    collectstatic(env)
    paths = {"release": release_paths(manifest), "search": search_paths()}
    with gunicorn(engine, env, options) as server:
        status, page = fetch(server.port, sample_page(manifest))
        if status != 200:
            raise SystemExit(f"the release page {sample_page(manifest)} answered HTTP {status}: {page[:300]!r}")
    # whitenoise lists STATIC_ROOT when the server starts, so the copy must exist before the next start.
    save_static_copy(engine, page)
    paths["static"] = [("static", f"/static/{STATIC_PAGE}")]
    outcomes: dict[str, loadgen.Outcome] = {}
    with gunicorn(engine, env, options) as server:
        status, copy = fetch(server.port, paths["static"][0][1])
        if status != 200 or copy != page:
            raise SystemExit(f"the static copy is not served byte for byte (HTTP {status}, {len(copy)} bytes)")
        problems = check_targets(server.port, paths)
        for problem in problems:
            log(f"problem: {problem}")
        for target in options.targets:
            idle_before = wait_for_quiet(options)
            log(f"{engine.name}: {target}, {options.duration:g} s at concurrency {options.concurrency} ...")
            outcomes[target] = load(target, server, paths[target], options)
            outcomes[target].cpu["busy_before"] = idle_before
        solos = solo_times(server.port, paths, options.targets)  # after the load: every worker is warm
    return report(engine, manifest, options, outcomes, solos, len(page), problems)


def solo_times(port: int, paths: dict[str, list[tuple[str, str]]], targets: list[str]) -> dict[str, dict[str, float]]:
    """Unloaded latency: 20 random release pages, each search query 3 times, the static file 20 times."""
    sample = random.Random(7).sample(paths["release"], k=min(20, len(paths["release"])))
    plan = {"release": (sample, 1), "search": (paths["search"], 3), "static": (paths["static"], 20)}
    return {target: loadgen.solo(port, plan[target][0], rounds=plan[target][1]) for target in targets}


def target_row(outcome: loadgen.Outcome, static: loadgen.Outcome, solo: dict[str, float]) -> dict:
    """One target's numbers, with its ratios to the static file and, for a mix, each label's."""
    row = {
        "seconds": round(outcome.seconds, 1),
        "requests": outcome.requests,
        "rps": round(outcome.rps, 1),
        "p50_ms": round(outcome.percentile(50), 2),
        "p95_ms": round(outcome.percentile(95), 2),
        "p99_ms": round(outcome.percentile(99), 2),
        "solo_ms": round(statistics.median(solo.values()), 2),
        "errors": outcome.errors,
        "statuses": outcome.statuses,
        "cpu_percent": {k: round(v) for k, v in outcome.cpu.items()},
        "rps_vs_static": round(outcome.rps / static.rps, 4) if static.rps else None,
        "p95_vs_static": round(outcome.percentile(95) / static.percentile(95), 2) if static.percentile(95) else None,
    }
    if len(outcome.by_label) > 1:
        row["by_label"] = {
            label: {
                "requests": len(ms),
                "p50_ms": round(loadgen.percentile(sorted(ms), 50), 2),
                "p95_ms": round(loadgen.percentile(sorted(ms), 95), 2),
                "solo_ms": round(solo.get(label, 0.0), 2),
            }
            for label, ms in sorted(outcome.by_label.items())
        }
    return row


def report(
    engine: engines.Engine,
    manifest: dict,
    options: Options,
    outcomes: dict[str, loadgen.Outcome],
    solos: dict[str, dict[str, float]],
    page_bytes: int,
    problems: list[str],
) -> dict:
    return {
        "engine": engine.name,
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "code": code_state(),
        "releases": manifest["count"],
        "seed_timings_s": manifest["timings"],
        "query_hits": manifest["query_hits"],
        "page_bytes": page_bytes,
        "options": {k: v for k, v in vars(options).items() if k not in {"engines", "reseed"}},
        "problems": problems,
        "targets": {name: target_row(o, outcomes["static"], solos[name]) for name, o in outcomes.items()},
    }


def code_state() -> dict:
    """The commit measured and the app files changed on top of it (the code may be mid-change)."""

    def git(*args: str) -> str:
        result = subprocess.run(["git", *args], cwd=engines.ROOT, capture_output=True, text=True)
        return result.stdout.strip() if result.returncode == 0 else ""

    changed = [line[3:] for line in git("status", "--porcelain", "--", "sinergi").splitlines()]
    return {"commit": git("rev-parse", "--short", "HEAD"), "changed": changed}


def machine() -> dict:
    model = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    return {"cpus": os.cpu_count(), "cpu": model, "python": platform.python_version(), "system": platform.platform()}


# --- Output ---------------------------------------------------------------------------------------


def print_table(results: list[dict]) -> None:
    columns = f"{'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'solo ms':>8} {'errors':>6} {'req/s vs static':>15}"
    header = f"{'engine':<11} {'target':<8} {columns} {'p95 vs static':>13}  cpu% server/gen/db/other"
    print("\n" + header + "\n" + "-" * len(header))  # cpu%: percent of one core over the measured time
    for result in results:
        for name, row in result["targets"].items():
            ratio = f"{row['rps_vs_static']:.3f}" if name != "static" else "1"
            p95 = f"{row['p95_vs_static']:.1f}x" if name != "static" else "1x"
            cpu = "/".join(str(row["cpu_percent"][k]) for k in ("server", "generator", "database", "other"))
            numbers = f"{row['rps']:>8.1f} {row['p50_ms']:>8.2f} {row['p95_ms']:>8.2f} {row['solo_ms']:>8.2f}"
            print(f"{result['engine']:<11} {name:<8} {numbers} {row['errors']:>6} {ratio:>15} {p95:>13}  {cpu}")
    for result in results:
        search = result["targets"].get("search", {}).get("by_label", {})
        if search:
            print(f"\n{result['engine']}: search by query (hits of {result['releases']} releases)")
            for query, row in search.items():
                hits = result["query_hits"].get(query, "?")
                latency = f"p50 {row['p50_ms']:>8.2f} ms  p95 {row['p95_ms']:>8.2f} ms  solo {row['solo_ms']:>8.2f} ms"
                print(f"  {query!r:<22} {hits:>7} hits  {latency}")
    print()


def parse(argv: list[str] | None) -> Options:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("engines", nargs="*", help="sqlite, postgresql or both (default)")
    parser.add_argument("--targets", default=",".join(TARGETS),
                        help="comma-separated, from release,search,static (default all three)")  # fmt: skip
    parser.add_argument("--count", type=int, default=engines.DEFAULT_COUNT, help="releases (default %(default)s)")
    parser.add_argument("--reseed", action="store_true", help="seed again even if the database is already seeded")
    parser.add_argument("--duration", type=float, default=15, help="seconds measured per target (default 15)")
    parser.add_argument("--min-requests", type=int, default=30,
                        help="measure a slow target longer, until this many requests completed (30)")  # fmt: skip
    parser.add_argument("--max-duration", type=float, default=120, help="... but never longer than this (s, 120)")
    parser.add_argument("--warmup", type=float, default=5, help="seconds of unmeasured load first (default 5)")
    parser.add_argument("--concurrency", type=int, default=8, help="requests in flight (default 8)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes (default 2)")
    parser.add_argument("--threads", type=int, default=1, help="threads per worker; >1 uses gthread (default 1)")
    parser.add_argument("--conn-max-age", type=int, default=60, help="DB_CONN_MAX_AGE, as docs/deploy.md (60)")
    parser.add_argument("--generator", choices=["python", "wrk"], default="python",
                        help="load generator: the built-in Python one (default) or Debian's wrk")  # fmt: skip
    parser.add_argument("--quiet", type=float, default=25,
                        help="before each target wait until others use less than this %% of a core (25)")  # fmt: skip
    parser.add_argument("--quiet-timeout", type=float, default=120, help="wait at most this long (s, 120)")
    args = parser.parse_args(argv)
    chosen = [engines.get(name).name for name in dict.fromkeys(args.engines or engines.ENGINES)]
    targets = [t for t in TARGETS if t in args.targets.split(",")]
    if "static" not in targets:
        targets.append("static")  # every ratio is to the static file
    unknown = set(args.targets.split(",")) - set(TARGETS)
    if unknown:
        parser.error(f"unknown target(s): {', '.join(sorted(unknown))}")
    return Options(
        engines=chosen, count=args.count, reseed=args.reseed,
        duration=args.duration, warmup=args.warmup, concurrency=args.concurrency, workers=args.workers,
        threads=args.threads, conn_max_age=args.conn_max_age, generator=args.generator,
        quiet=args.quiet, quiet_timeout=args.quiet_timeout, min_requests=args.min_requests,
        max_duration=args.max_duration, targets=targets,
    )  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    options = parse(argv)
    if options.generator == "wrk" and not shutil.which("wrk"):
        raise SystemExit(loadgen.WRK_MISSING)
    results = []
    for name in options.engines:
        result = bench_engine(name, options)
        path = engines.get(name).results
        if options.generator != "python":  # a cross-check keeps the main results
            path = path.with_name(f"{path.stem}-{options.generator}.json")
        path.write_text(json.dumps(result, indent=2) + "\n")
        log(f"wrote {path.relative_to(engines.ROOT)}")
        results.append(result)
    print_table(results)
    return 1 if any(r["problems"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
