"""Load generators: a small threaded one in Python (default) and Debian's `wrk` as a cross-check.

The Python generator runs `concurrency` threads, each with its own `http.client` connection
(kept alive when the server allows it; gunicorn's sync workers close after every response and
the connection is opened again). Each thread picks a random path per request and every
latency is recorded, so percentiles are exact. Requests that complete inside the measured
window count (so a slow target still shows its throughput); a warm-up runs first.

CPU use is sampled over the measured window from /proc: the whole machine, the generator
itself and the gunicorn process tree, so a reader can tell whether the generator or the
database (the rest) took the cores the server needed.
"""

from __future__ import annotations

import http.client
import json
import os
import random
import resource
import shutil
import subprocess
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Outcome:
    """What one load run measured; latencies in milliseconds."""

    target: str
    seconds: float
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    bytes: int = 0
    statuses: dict[int, int] = field(default_factory=dict)
    by_label: dict[str, list[float]] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)  # percent of one core, by whom
    summary: dict[str, float] | None = None  # set by generators that report percentiles themselves

    @property
    def requests(self) -> int:
        return len(self.latencies) if self.summary is None else int(self.summary["requests"])

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        if self.summary is not None:
            return self.summary[f"p{p:g}"]
        return percentile(sorted(self.latencies), p)


def percentile(ordered: list[float], p: float) -> float:
    """Nearest-rank percentile of an already sorted list (0.0 for none)."""
    if not ordered:
        return 0.0
    rank = max(1, -(-len(ordered) * p // 100))  # ceil(n * p / 100)
    return ordered[int(rank) - 1]


# --- CPU accounting --------------------------------------------------------------------------


def _processes() -> dict[int, tuple[str, int, int]]:
    """pid -> (command name, parent pid, CPU ticks used so far) for every process."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            head, tail = (entry / "stat").read_text().rsplit(")", 1)
        except (FileNotFoundError, ProcessLookupError):
            continue
        fields = tail.split()
        found[int(entry.name)] = (head.split("(", 1)[1], int(fields[1]), int(fields[11]) + int(fields[12]))
    return found


def _machine_ticks() -> tuple[int, int]:
    """(busy, total) jiffies of all cores since boot."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = values[3] + values[4]  # idle + iowait
    return sum(values) - idle, sum(values)


class CpuProbe:
    """CPU used between start() and stop(), in percent of one core: the whole machine, the server
    (gunicorn and its workers), the generator (this process), the database (PostgreSQL's
    processes; SQLite runs inside the server) and everything else (other people's work)."""

    def __init__(self, server_pid: int | None = None) -> None:
        self.server_pid = server_pid

    def start(self) -> None:
        self._wall = time.perf_counter()
        self._machine = _machine_ticks()
        self._processes = _processes()

    def stop(self) -> dict[str, float]:
        wall = time.perf_counter() - self._wall
        busy, total = _machine_ticks()
        used: dict[str, float] = defaultdict(float)
        for pid, (name, parent, ticks) in _processes().items():
            delta = ticks - self._processes.get(pid, (name, parent, 0))[2]
            if pid == os.getpid():
                used["generator"] += delta
            elif self.server_pid is not None and self.server_pid in (pid, parent):
                used["server"] += delta
            elif name == "postgres":
                used["database"] += delta
        cpu = {key: 100 * used[key] / CLOCK_TICKS / wall for key in ("server", "generator", "database")}
        share = (busy - self._machine[0]) / max(1, total - self._machine[1])
        cpu["machine"] = 100 * share * (os.cpu_count() or 1)
        cpu["other"] = max(0.0, cpu["machine"] - sum(cpu[k] for k in ("server", "generator", "database")))
        return cpu


def machine_busy(seconds: float = 1.0) -> float:
    """Percent of one core the machine used over `seconds` (all cores together)."""
    probe = CpuProbe()
    probe.start()
    time.sleep(seconds)
    return probe.stop()["machine"]


# --- The Python generator -------------------------------------------------------------------


class _Worker(threading.Thread):
    def __init__(self, host: str, port: int, paths: list[tuple[str, str]], seed: int, start_at: float, end_at: float):
        super().__init__(daemon=True)
        self.host, self.port, self.paths = host, port, paths
        self.rng = random.Random(seed)
        self.start_at, self.end_at = start_at, end_at
        self.records: list[tuple[str, float, int, int]] = []  # label, ms, status, bytes

    def run(self) -> None:
        connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
        while True:
            label, path = self.rng.choice(self.paths)
            started = time.perf_counter()
            if started >= self.end_at:
                break
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                body = response.read()
                status, size = response.status, len(body)
                if response.will_close:
                    connection.close()
            except (OSError, http.client.HTTPException):
                status, size = 0, 0
                connection.close()
            finished = time.perf_counter()
            if self.start_at <= finished <= self.end_at:
                self.records.append((label, (finished - started) * 1000, status, size))
        connection.close()


def python_load(
    target: str,
    port: int,
    paths: list[tuple[str, str]],
    *,
    concurrency: int,
    duration: float,
    warmup: float,
    server_pid: int | None,
    seed: int = 1,
    host: str = "127.0.0.1",
) -> Outcome:
    """Requests to random `paths` ((label, path) pairs) from `concurrency` threads for `duration` seconds."""
    start_at = time.perf_counter() + warmup
    end_at = start_at + duration
    workers = [_Worker(host, port, paths, seed * 1000 + i, start_at, end_at) for i in range(concurrency)]
    for worker in workers:
        worker.start()
    probe = CpuProbe(server_pid)
    time.sleep(max(0.0, start_at - time.perf_counter()))
    probe.start()
    time.sleep(max(0.0, end_at - time.perf_counter()))
    cpu = probe.stop()
    for worker in workers:
        worker.join()
    outcome = Outcome(target=target, seconds=duration, cpu=cpu)
    statuses: dict[int, int] = defaultdict(int)
    by_label: dict[str, list[float]] = defaultdict(list)
    for worker in workers:
        for label, ms, status, size in worker.records:
            outcome.latencies.append(ms)
            by_label[label].append(ms)
            statuses[status] += 1
            outcome.bytes += size
            outcome.errors += status != 200
    outcome.statuses, outcome.by_label = dict(statuses), dict(by_label)
    return outcome


# --- wrk -----------------------------------------------------------------------------------

WRK_SCRIPT = """
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do paths[#paths + 1] = line end
local counter = 0
function setup(thread) counter = counter + 1; thread:set("id", counter) end
function init(args) math.randomseed(1000 * id) end
function request() return wrk.format("GET", paths[math.random(#paths)]) end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "errors": %d, "bytes": %d, "p50": %f, "p95": %f, "p99": %f}\\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.status + e.timeout, summary.bytes,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
"""

WRK_MISSING = (
    "wrk is not installed. On Debian: sudo apt-get install -y wrk (or run without --generator wrk: "
    "the default Python generator needs nothing)."
)


def wrk_load(
    target: str,
    port: int,
    paths: list[tuple[str, str]],
    *,
    concurrency: int,
    duration: float,
    warmup: float,
    server_pid: int | None,
    threads: int = 2,
    host: str = "127.0.0.1",
) -> Outcome:
    """The same run through wrk (warm-up as a separate wrk run); percentiles from wrk's histogram."""
    wrk = shutil.which("wrk")
    if wrk is None:
        raise SystemExit(WRK_MISSING)
    with tempfile.TemporaryDirectory(prefix="sinergi-bench-") as tmp:
        script, listing = Path(tmp, "bench.lua"), Path(tmp, "paths.txt")
        script.write_text(WRK_SCRIPT)
        listing.write_text("\n".join(path for _, path in paths) + "\n")
        env = {**os.environ, "BENCH_PATHS": str(listing)}
        threads = max(1, min(threads, concurrency))

        def command(seconds: float) -> list[str]:
            return [wrk, f"-t{threads}", f"-c{concurrency}", f"-d{max(1, round(seconds))}s", "-s", str(script),
                    f"http://{host}:{port}"]  # fmt: skip

        if warmup > 0:
            subprocess.run(command(warmup), env=env, capture_output=True, check=True)
        probe = CpuProbe(server_pid)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        probe.start()
        process = subprocess.run(command(duration), env=env, capture_output=True, text=True)
        cpu = probe.stop()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        output = process.stdout
    lines = [line for line in output.splitlines() if line.startswith("BENCH_JSON ")]
    if process.returncode or not lines:
        raise RuntimeError(f"wrk failed ({process.returncode}): {output[-500:]}")
    data = json.loads(lines[-1].removeprefix("BENCH_JSON "))
    seconds = data["duration_us"] / 1e6
    used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    cpu["generator"] = 100 * used / seconds
    cpu["other"] = max(0.0, cpu["machine"] - cpu["server"] - cpu["generator"] - cpu["database"])
    return Outcome(
        target=target,
        seconds=seconds,
        errors=int(data["errors"]),
        bytes=int(data["bytes"]),
        cpu=cpu,
        summary={"requests": data["requests"], "p50": data["p50"], "p95": data["p95"], "p99": data["p99"]},
    )
