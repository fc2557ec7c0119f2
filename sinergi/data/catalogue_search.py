"""The public catalogue's search: words through the project's search seam (Indonesian stemming, bm25 ranking,
snippets), and facets as the national portal shows them (agency, topic, format, year, licence), each counted
over what the other choices leave.

Datasets are in the index while they are public: indexed when the walidata publishes (and by `reindex_all`),
removed when retired. Every search is also restricted to `Dataset.objects.public()` in the same query, so a
count never includes a dataset a visitor may not see, even a moment out of step.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sinergi.core import search
from sinergi.data.models import Dataset, DatasetResource
from sinergi.data.vocabularies import LICENCES_BY_ID, TOPICS_BY_SLUG

KIND = "datasets"
MAX_MATCHES = 5000
FACETS = ("instansi", "topik", "format", "tahun", "lisensi")


def document(dataset: Dataset) -> tuple[int, str, str, object]:
    body = "\n".join([dataset.description, dataset.concept, dataset.definition, " ".join(dataset.tags),
                      dataset.agency.name, " ".join(i.name for i in dataset.indicators.all())])  # fmt: skip
    return dataset.pk, dataset.title, body, dataset.published_at


def index(dataset: Dataset) -> None:
    """Put a public dataset in the index; anything else (exempt, say) is taken out instead."""
    if not Dataset.objects.public().filter(pk=dataset.pk).exists():
        remove(dataset)
        return
    pk, title, body, when = document(dataset)
    search.index(KIND, pk, title=title, body=body, published_at=when)


def remove(dataset: Dataset) -> None:
    search.remove(KIND, dataset.pk)


def reindex_all() -> int:
    search.clear(KIND)
    public = Dataset.objects.public().select_related("agency").prefetch_related("indicators").order_by("pk")
    return search.index_many(KIND, (document(dataset) for dataset in public.iterator(chunk_size=500)))


@dataclass
class Found:
    datasets: list  # this page's datasets, each with `.snippet_html` when words were searched
    total: int
    facets: dict[str, list[tuple[str, str, int]]]  # facet -> [(value, label, count)]


def find(forum, params, offset: int = 0, limit: int = 20) -> Found:
    chosen = {name: str(params.get(name, ""))[:100] for name in FACETS}
    base = Dataset.objects.public().in_forum(forum)
    words = str(params.get("q", ""))[: search.MAX_QUERY_CHARS].strip()
    snippets: dict[int, str] = {}
    if words:
        hits = search.search(KIND, words, limit=MAX_MATCHES, within=base).hits
        order = [hit.object_id for hit in hits]
        snippets = {hit.object_id: hit.snippet_html for hit in hits}
        base = base.filter(pk__in=order)
    else:
        order = None
    rows = _facet_rows(base)
    facets = {name: _count(name, [row for row in rows if _matches(row, chosen, but=name)]) for name in FACETS}
    matching = [row["pk"] for row in rows if _matches(row, chosen)]
    if order is not None:
        rank = {pk: number for number, pk in enumerate(order)}
        matching.sort(key=lambda pk: rank.get(pk, len(rank)))
    page_ids = matching[offset : offset + limit]
    by_pk = Dataset.objects.select_related("agency").in_bulk(page_ids)
    datasets = [by_pk[pk] for pk in page_ids if pk in by_pk]
    for dataset in datasets:
        dataset.snippet_html = snippets.get(dataset.pk, "")
    return Found(datasets, len(matching), facets)


def _facet_rows(datasets) -> list[dict]:
    """One row per matching dataset with what each facet reads; ordered by title for browsing."""
    rows = list(datasets.order_by("title", "pk").values("pk", "agency__slug", "agency__name", "topic", "licence",
                                                          "period_start", "period_end"))  # fmt: skip
    formats: dict[int, set[str]] = {}
    for dataset_id, kind in DatasetResource.objects.filter(dataset__in=[r["pk"] for r in rows]).values_list(
            "dataset_id", "format"):  # fmt: skip
        formats.setdefault(dataset_id, set()).add(kind.upper())
    for row in rows:
        row["formats"] = formats.get(row["pk"], set())
        start, end = row["period_start"], row["period_end"] or row["period_start"]
        row["years"] = {str(y) for y in range(start, end + 1)} if start and end and end - start < 100 else set()
    return rows


def _matches(row: dict, chosen: dict[str, str], but: str = "") -> bool:
    checks = {"instansi": lambda v: row["agency__slug"] == v, "topik": lambda v: row["topic"] == v,
              "format": lambda v: v.upper() in row["formats"], "tahun": lambda v: v in row["years"],
              "lisensi": lambda v: row["licence"] == v}  # fmt: skip
    return all(checks[name](value) for name, value in chosen.items() if value and name != but)


def _count(name: str, rows: list[dict]) -> list[tuple[str, str, int]]:
    counts: Counter = Counter()
    labels: dict[str, str] = {}
    for row in rows:
        if name == "instansi":
            counts[row["agency__slug"]] += 1
            labels[row["agency__slug"]] = row["agency__name"]
        elif name == "topik":
            counts[row["topic"]] += 1
            labels[row["topic"]] = TOPICS_BY_SLUG[row["topic"]].name if row["topic"] in TOPICS_BY_SLUG else row["topic"]
        elif name == "lisensi":
            counts[row["licence"]] += 1
            labels[row["licence"]] = str(LICENCES_BY_ID[row["licence"]].title) if row["licence"] in LICENCES_BY_ID else row["licence"]
        else:
            for value in row["formats" if name == "format" else "years"]:
                counts[value] += 1
                labels[value] = value
    ordered = sorted(counts.items(), key=lambda item: (-int(item[0]) if name == "tahun" else -item[1], item[0]))
    return [(value, labels[value], count) for value, count in ordered]

