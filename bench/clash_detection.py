"""What clash detection costs for one draft against 100,000 releases, beside a plain full-text search.

    .venv/bin/python bench/clash_detection.py [--engine sqlite] [--count 100000] [--drafts 8] [--rounds 5]

Uses the benchmark database of `seed.py` (seeded first if it is not: 100,000 published releases over three
years, in the search index). Builds the clash index of every release once (timed, kept between runs), then
writes `--drafts` drafts of another agency, each a published release retold with one figure changed, inside a
transaction that is rolled back at the end. For each draft it times, in the same run:

- the baseline: a plain full-text search for the draft's title (`core.search.search`, ranked, first page);
- clash detection as the moderator's page runs it (`dissemination.clashes.findings`): candidates by band and
  figure keys among the releases compared (other agencies, drafts and the last six months), then the full
  comparison of those candidates;
- the same over every release of every date (the six-month window off): one draft against all 100,000.

Prints medians and each as a multiple of the search. A benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import engines  # noqa: E402

SEED = 20261203


class Rollback(Exception):
    pass


def median_ms(call, rounds: int) -> float:
    call()  # warm: the first call pays for imports and caches the page will have paid for already
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def retold(text: str, rng: random.Random) -> str:
    """The release as another agency would write it: sentences in another order, one figure changed."""
    import re

    sentences = re.split(r"(?<=\.)\s+", text)
    rng.shuffle(sentences)
    changed = re.sub(r"\b(\d{2,3})\b", lambda m: str(int(m.group(1)) + 7), " ".join(sentences), count=1)
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--engine", choices=sorted(engines.ENGINES), default="sqlite")
    parser.add_argument("--count", type=int, default=engines.DEFAULT_COUNT)
    parser.add_argument("--drafts", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)

    engine = engines.get(args.engine)
    here = Path(__file__).resolve().parent
    subprocess.run([sys.executable, str(here / "seed.py"), "--engine", engine.name, "--count", str(args.count)],
                   check=True)  # fmt: skip
    os.environ.update(engines.django_env(engine))
    import django

    django.setup()
    from django.db import transaction

    from sinergi.core import search
    from sinergi.dissemination import clash_index, clashes
    from sinergi.dissemination.models import ClashFingerprint, ClashKey
    from sinergi.releases.effects import search_kind
    from sinergi.releases.models import Release, Status

    indexed = ClashFingerprint.objects.count()
    if indexed < args.count:
        print(f"building the clash index of {args.count - indexed} releases …", flush=True)
        started = time.perf_counter()
        missing = Release.objects.filter(clash_fingerprint__isnull=True).only("pk", "title", "summary", "body")
        clash_index.index_many(missing.iterator(chunk_size=2000))
        print(f"  {time.perf_counter() - started:.0f} s, {ClashKey.objects.count()} keys", flush=True)

    rng = random.Random(SEED)
    published = list(Release.objects.filter(status=Status.PUBLISHED).order_by("-published_at")
                     .select_related("agency")[:2000])  # fmt: skip
    sources = rng.sample(published, args.drafts)
    agencies = list({r.agency_id: r.agency for r in published}.values())
    rows = []
    try:
        with transaction.atomic():
            for source in sources:
                author = next(a for a in agencies if a.pk != source.agency_id)
                draft = Release.objects.create(agency=author, title=source.title, summary=source.summary,
                                               body=retold(source.body, rng), status=Status.IN_REVIEW)  # fmt: skip
                kind = search_kind(author.forum_id)
                search_ms = median_ms(lambda d=draft, k=kind: search.search(k, d.title, limit=20), args.rounds)
                found = clashes.findings(draft)
                window_ms = median_ms(lambda d=draft: clashes.findings(d), args.rounds)
                days, clash_index.RECENT_DAYS = clash_index.RECENT_DAYS, 100 * 365
                try:
                    everything_ms = median_ms(lambda d=draft: clashes.findings(d), args.rounds)
                    everything = clashes.findings(draft)
                finally:
                    clash_index.RECENT_DAYS = days
                rows.append((search_ms, window_ms, everything_ms, len(found), len(everything),
                             any(f.other.pk == source.pk for f in everything)))  # fmt: skip
            raise Rollback
    except Rollback:
        pass

    print(
        f"\n{engine.name}, {Release.objects.count()} releases, {args.drafts} drafts × {args.rounds} rounds (median ms)"
    )
    print(f"{'search':>8} {'clash 6 mo':>11} {'× search':>9} {'clash all':>10} {'× search':>9} {'found 6 mo':>10} "
          f"{'found all':>9} {'source found':>12}")  # fmt: skip
    for search_ms, window_ms, everything_ms, found, everything, hit in rows:
        print(f"{search_ms:8.1f} {window_ms:11.1f} {window_ms / search_ms:9.1f} {everything_ms:10.1f} "
              f"{everything_ms / search_ms:9.1f} {found:10d} {everything:9d} {str(hit):>12}")  # fmt: skip
    searches = statistics.median(r[0] for r in rows)
    window = statistics.median(r[1] for r in rows)
    everything = statistics.median(r[2] for r in rows)
    print(f"median: search {searches:.1f} ms; clash detection {window:.1f} ms ({window / searches:.1f}× search), "
          f"over every date {everything:.1f} ms ({everything / searches:.1f}× search)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
