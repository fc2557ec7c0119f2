"""Load generators: a small threaded one in Python (default) and Debian's `wrk` as a cross-check.

The Python generator runs `concurrency` threads, each with its own connection (kept alive
when the server allows it; gunicorn's sync workers close after every response and the
connection is opened again). Each thread picks a random path per request and every
latency is recorded, so percentiles are exact. Requests that complete inside the measured
window count (so a slow target still shows its throughput); a warm-up runs first.

CPU use over the measured window is read from /proc and split between the server (gunicorn
and its workers), the generator, the benchmark's PostgreSQL backends and everything else, so
a reader can tell who took the cores: the server, the generator sharing them, the database,
or someone else's work on the same machine.
"""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import socket
import statistics
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


def _serves(pid: int, database: str) -> bool:
    """Whether a PostgreSQL backend works for `database` (its title: "postgres: 15/main: user db host ...")."""
    try:
        title = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except (FileNotFoundError, ProcessLookupError):
        return False
    return f" {database} " in title


def _machine_ticks() -> tuple[int, int]:
    """(busy, total) jiffies of all cores since boot."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = values[3] + values[4]  # idle + iowait
    return sum(values) - idle, sum(values)


class CpuProbe:
    """CPU used between start() and stop(), in percent of one core: the whole machine, the server
    (gunicorn and its workers), the generator (this process), the database (the PostgreSQL
    backends of the benchmark database; SQLite runs inside the server) and everything else
    (PostgreSQL's own background processes and other people's work)."""

    def __init__(self, server_pid: int | None = None, database: str | None = None) -> None:
        self.server_pid = server_pid
        self.database = database  # PostgreSQL database name whose backends count as "database"

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
            elif name == "postgres" and self.database and _serves(pid, self.database):
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


class Connection:
    """A minimal HTTP/1.1 client on a raw socket: GET only, keep-alive when the server allows it.

    http.client parses headers through the email package and cost twice the CPU per request;
    on two shared cores that alone capped the static file's rate (see docs/benchmarks.md).
    """

    def __init__(self, host: str, port: int, timeout: float = 300) -> None:
        self.address, self.timeout = (host, port), timeout
        self.host = f"{host}:{port}".encode()
        self.sock: socket.socket | None = None
        self.buffer = b""

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
        self.sock, self.buffer = None, b""

    def get(self, path: str) -> tuple[int, int]:
        """(status, body bytes) of GET `path`."""
        request = b"GET " + path.encode() + b" HTTP/1.1\r\nHost: " + self.host + b"\r\n\r\n"
        reused = self.sock is not None
        try:
            head = self._send(request)
        except (ConnectionError, BrokenPipeError):
            if not reused:
                raise
            self.close()  # the server closed an idle kept-alive connection: once more on a new one
            head = self._send(request)
        lines = head.split(b"\r\n")
        status = int(lines[0].split(b" ", 2)[1])
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            headers[name.strip().lower()] = value.strip().lower()
        if b"content-length" in headers:
            size = len(self._exactly(int(headers[b"content-length"])))
        elif headers.get(b"transfer-encoding") == b"chunked":
            size = self._chunked()
        else:
            size = len(self._to_end())
        if headers.get(b"connection") == b"close":
            self.close()
        return status, size

    def _send(self, request: bytes) -> bytes:
        if self.sock is None:
            self.sock = socket.create_connection(self.address, timeout=self.timeout)
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock.sendall(request)
        return self._until(b"\r\n\r\n")

    def _receive(self) -> None:
        assert self.sock is not None
        data = self.sock.recv(262144)
        if not data:
            raise ConnectionError("the server closed the connection")
        self.buffer += data

    def _until(self, marker: bytes) -> bytes:
        while (end := self.buffer.find(marker)) < 0:
            self._receive()
        found, self.buffer = self.buffer[:end], self.buffer[end + len(marker) :]
        return found

    def _exactly(self, size: int) -> bytes:
        while len(self.buffer) < size:
            self._receive()
        found, self.buffer = self.buffer[:size], self.buffer[size:]
        return found

    def _chunked(self) -> int:
        total = 0
        while size := int(self._until(b"\r\n").split(b";")[0], 16):
            total += len(self._exactly(size))
            self._until(b"\r\n")
        self._until(b"\r\n")  # no trailers are expected
        return total

    def _to_end(self) -> bytes:
        try:
            while True:
                self._receive()
        except ConnectionError:
            found, self.buffer = self.buffer, b""
            return found


class _Worker(threading.Thread):
    """One connection, one request at a time, until `stop` is set; keeps (label, start, end, status, bytes)."""

    def __init__(self, host: str, port: int, paths: list[tuple[str, str]], seed: int, stop: threading.Event):
        super().__init__(daemon=True)
        self.host, self.port, self.paths, self.stop = host, port, paths, stop
        self.rng = random.Random(seed)
        self.records: list[tuple[str, float, float, int, int]] = []

    def run(self) -> None:
        connection = Connection(self.host, self.port)
        while not self.stop.is_set():
            label, path = self.rng.choice(self.paths)
            started = time.perf_counter()
            try:
                status, size = connection.get(path)
            except (OSError, ValueError, IndexError):
                status, size = 0, 0
                connection.close()
            self.records.append((label, started, time.perf_counter(), status, size))
        connection.close()

    def finished_since(self, moment: float) -> int:
        """Requests completed after `moment` (counting at most the last 1,000: enough for min_requests)."""
        return sum(1 for record in self.records[-1000:] if record[2] >= moment)


def python_load(
    target: str,
    port: int,
    paths: list[tuple[str, str]],
    *,
    concurrency: int,
    duration: float,
    warmup: float,
    server_pid: int | None,
    database: str | None = None,
    min_requests: int = 0,
    max_duration: float = 0,
    seed: int = 1,
    host: str = "127.0.0.1",
) -> Outcome:
    """Requests to random `paths` ((label, path) pairs) from `concurrency` threads for `duration` seconds.

    A slow target is measured longer, until `min_requests` have completed, but never past
    `max_duration`: fifteen seconds of a 5-second page would leave too few latencies to read.
    """
    stop = threading.Event()
    workers = [_Worker(host, port, paths, seed * 1000 + i, stop) for i in range(concurrency)]
    for worker in workers:
        worker.start()
    time.sleep(warmup)
    probe = CpuProbe(server_pid, database)
    start_at = time.perf_counter()
    probe.start()
    time.sleep(duration)
    limit = start_at + max(duration, max_duration)
    while sum(w.finished_since(start_at) for w in workers) < min_requests and time.perf_counter() < limit:
        time.sleep(0.25)
    end_at = time.perf_counter()
    cpu = probe.stop()
    stop.set()
    for worker in workers:
        worker.join()
    outcome = Outcome(target=target, seconds=end_at - start_at, cpu=cpu)
    statuses: dict[int, int] = defaultdict(int)
    by_label: dict[str, list[float]] = defaultdict(list)
    for worker in workers:
        for label, started, finished, status, size in worker.records:
            if not start_at <= finished <= end_at:
                continue  # warm-up, or finished after the measured window
            ms = (finished - started) * 1000
            outcome.latencies.append(ms)
            by_label[label].append(ms)
            statuses[status] += 1
            outcome.bytes += size
            outcome.errors += status != 200
    outcome.statuses, outcome.by_label = dict(statuses), dict(by_label)
    return outcome


def solo(port: int, paths: list[tuple[str, str]], rounds: int, host: str = "127.0.0.1") -> dict[str, float]:
    """Median latency (ms) per label of requests sent one at a time: the service time, no queueing."""
    connection = Connection(host, port)
    times: dict[str, list[float]] = defaultdict(list)
    try:
        for _ in range(rounds):
            for label, path in paths:
                started = time.perf_counter()
                connection.get(path)
                times[label].append((time.perf_counter() - started) * 1000)
    finally:
        connection.close()
    return {label: statistics.median(ms) for label, ms in times.items()}


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
    database: str | None = None,
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
            return [wrk, f"-t{threads}", f"-c{concurrency}", f"-d{max(1, round(seconds))}s", "--timeout", "300s",
                    "-s", str(script), f"http://{host}:{port}"]  # fmt: skip

        if warmup > 0:
            subprocess.run(command(warmup), env=env, capture_output=True, check=True)
        probe = CpuProbe(server_pid, database)
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
