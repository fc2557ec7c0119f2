"""What the Satu Data API costs: package_search and datastore_search with 10,000 datasets and a 1,000,000-row
resource, beside a direct database query for the same rows, and the DCAT catalogue's generation time.

    .venv/bin/python bench/catalogue.py [--datasets 10000] [--rows 1000000] [--requests 200]

The database is the benchmark's own (var/bench/catalogue/catalogue.sqlite3), seeded once and kept while the
counts and the migrations are the same. Requests go through Django's test client in this process (no
network), so the numbers are the view's own: parsing, filtering, serialising. For each query: p50 and p95
over `--requests` calls, and the same for the direct query (the ORM, the same filter, no envelope) as the
baseline measured in the same run. A benchmark, not a test: it asserts nothing. See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
VAR = ROOT / "var" / "bench" / "catalogue"
VAR.mkdir(parents=True, exist_ok=True)
os.environ.update({"DJANGO_SETTINGS_MODULE": "sinergi.settings", "SINERGI_VAR_DIR": str(VAR), "DEBUG": "true",
                   "DATABASE_URL": f"sqlite:///{VAR / 'catalogue.sqlite3'}", "ALLOWED_HOSTS": "testserver"})  # fmt: skip

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

from sinergi.data import datastore  # noqa: E402
from sinergi.data.models import Dataset, DatasetResource, DatastoreRow, DatastoreTable  # noqa: E402
from sinergi.data.vocabularies import TOPICS  # noqa: E402
from sinergi.forum.models import Agency, Forum  # noqa: E402

SEED = 20261203
NAMES = ["kode_wilayah", "kecamatan", "tahun", "nilai"]
WORDS = ("jumlah penduduk balita stunting sekolah guru jalan jembatan banjir rob kebakaran lahan sagu kelapa "
         "perikanan nelayan pasar harga beras pelabuhan kapal wisata festival pajak retribusi anggaran").split()  # fmt: skip


def marker() -> str:
    migrations = sorted(p.name for p in (ROOT / "sinergi").glob("*/migrations/0*.py"))
    return hashlib.sha256(json.dumps(migrations).encode()).hexdigest()[:16]


def seed(datasets: int, rows: int) -> None:
    stamp = VAR / "seeded.json"
    wanted = {"datasets": datasets, "rows": rows, "migrations": marker()}
    if stamp.exists() and json.loads(stamp.read_text()) == wanted:
        return
    database = VAR / "catalogue.sqlite3"
    for leftover in (database, Path(f"{database}-wal"), Path(f"{database}-shm")):
        leftover.unlink(missing_ok=True)
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    forum = Forum.objects.create(slug="meranti", name="Forum Kehumasan Kabupaten Kepulauan Meranti",
                                 region_code="14.10", region_name="Kabupaten Kepulauan Meranti")  # fmt: skip
    agencies = [Agency.objects.create(forum=forum, slug=f"instansi-{n}", name=f"Instansi {n}", kind="dinas")
                for n in range(40)]  # fmt: skip
    rng = random.Random(SEED)
    now = timezone.now()
    batch = []
    for number in range(datasets):
        title = " ".join(rng.sample(WORDS, 4)).title()
        batch.append(Dataset(agency=rng.choice(agencies), name=f"dataset-{number}", title=title,
                             description=f"{title}. " + " ".join(rng.sample(WORDS, 12)),
                             topic=rng.choice(TOPICS).slug, frequency="tahunan", tags=rng.sample(WORDS, 3),
                             status="published", published_at=now,
                             modified_at=now - timezone.timedelta(days=rng.randint(0, 1000))))  # fmt: skip
    Dataset.objects.bulk_create(batch, batch_size=2000)
    # bulk_create skips auto_now: the dates above are kept, as a harvester would find them.
    resources = [DatasetResource(dataset=d, name=f"{d.title} 2025", format="CSV", url="https://data.test/x.csv")
                 for d in Dataset.objects.all()]  # fmt: skip
    DatasetResource.objects.bulk_create(resources, batch_size=2000)
    big = DatasetResource.objects.order_by("pk").first()
    table = DatastoreTable.objects.create(resource=big, row_count=rows, fields=[
        {"id": "kode_wilayah", "type": "text"}, {"id": "kecamatan", "type": "text"},
        {"id": "tahun", "type": "int"}, {"id": "nilai", "type": "numeric"}])  # fmt: skip
    places = [(f"14.10.0{n}", name) for n, name in enumerate(("Tebing Tinggi", "Rangsang Barat", "Rangsang", "Merbau",
                                                               "Pulaumerbau", "Tasik Putri Puyu"), 1)]  # fmt: skip
    chunk, values = [], []
    for number in range(1, rows + 1):
        code, place = places[number % len(places)]
        row = [code, place, 2000 + number % 26, (number * 7919) % 10007 / 10]
        values.append(row)
        chunk.append(DatastoreRow(table=table, number=number, data=dict(zip(NAMES, row, strict=True))))
        if len(chunk) == 5000:
            DatastoreRow.objects.bulk_create(chunk)
            chunk = []
    DatastoreRow.objects.bulk_create(chunk)
    table.value_counts = datastore.value_counts(NAMES, values)  # as a produsen's upload keeps them
    table.save()
    stamp.write_text(json.dumps(wanted))
    print(f"seeded {datasets} datasets and {rows} rows in {time.perf_counter() - started:.0f} s", flush=True)


def timed(call, requests: int) -> tuple[float, float]:
    call()
    times = []
    for _ in range(requests):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--datasets", type=int, default=10_000)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args(argv)
    seed(args.datasets, args.rows)
    client = Client()
    table = DatastoreTable.objects.get()
    rid = str(table.resource.uid)
    since = (timezone.now() - timezone.timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ")
    cases = [
        ("package_search, q=banjir, first 10",
         lambda: client.get("/api/3/action/package_search", {"q": "banjir"}),
         lambda: list(Dataset.objects.public().filter(title__icontains="banjir").order_by("name")
                      .values_list("name", flat=True)[:10])),
        ("package_search, harvester page (fq metadata_modified range, sort, rows 100)",
         lambda: client.get("/api/3/action/package_search", {"fq": f"metadata_modified:[{since} TO NOW]",
                                                             "sort": "metadata_modified asc", "rows": 100}),
         lambda: list(Dataset.objects.public().filter(modified_at__gte=since).order_by("modified_at")
                      .values_list("name", flat=True)[:100])),
        ("datastore_search, filter kecamatan, first 100",
         lambda: client.get("/api/3/action/datastore_search", {"resource_id": rid,
                                                               "filters": json.dumps({"kecamatan": "Merbau"})}),
         lambda: list(DatastoreRow.objects.filter(table=table, data__kecamatan="Merbau").order_by("number")
                      .values_list("data", flat=True)[:100])),
        ("datastore_search, filter kecamatan and q, first 100 (counted by reading)",
         lambda: client.get("/api/3/action/datastore_search", {"resource_id": rid, "q": "Merbau",
                                                               "filters": json.dumps({"tahun": 2010})}),
         lambda: list(DatastoreRow.objects.filter(table=table, data__tahun=2010, data__icontains="Merbau")
                      .order_by("number").values_list("data", flat=True)[:100])),
        ("datastore_search, offset 900,000, 100 rows",
         lambda: client.get("/api/3/action/datastore_search", {"resource_id": rid, "offset": 900_000}),
         lambda: list(DatastoreRow.objects.filter(table=table).order_by("number")
                      .values_list("data", flat=True)[900_000:900_100])),
    ]  # fmt: skip
    print(f"\n{args.datasets} datasets, {args.rows} rows; {args.requests} requests each (ms)")
    print(f"{'query':78} {'p50':>8} {'p95':>8} {'direct p95':>11} {'×':>6}")
    for label, api, direct in cases:
        p50, p95 = timed(api, args.requests)
        _d50, d95 = timed(direct, args.requests)
        print(f"{label:78} {p50:8.1f} {p95:8.1f} {d95:11.1f} {p95 / d95:6.1f}")
    for path in ("/katalog.ttl", "/katalog.jsonld"):
        p50, p95 = timed(lambda path=path: client.get(path), max(5, args.requests // 20))
        print(f"{'DCAT ' + path + ' (first page, 100 datasets)':78} {p50:8.1f} {p95:8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
