"""The datastore of tabular resources: a table's checked rows kept in the database (`resource_check.py`
reads and types them), and `datastore_search` over them as CKAN answers it (`resource_id`, `q`, `filters`,
`fields`, `sort`, `limit`, `offset`, `total`).
"""

from __future__ import annotations

import json
from collections import Counter

from django.db import transaction
from django.db.models import F, FloatField, Q
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Cast

from sinergi.data.ckan_search import SearchError
from sinergi.data.models import DatasetResource, DatastoreRow, DatastoreTable

MAX_COUNTED_VALUES = 1000
DEFAULT_LIMIT = 100
MAX_LIMIT = 32_000  # CKAN's own cap on datastore_search


def store(resource: DatasetResource, fields: list[dict], values: list[list]) -> DatastoreTable:
    """Put the resource's typed rows in the datastore; its earlier rows are replaced in the same transaction."""
    names = [field["id"] for field in fields]
    with transaction.atomic():
        DatastoreTable.objects.filter(resource=resource).delete()
        table = DatastoreTable.objects.create(resource=resource, fields=fields, row_count=len(values),
                                              value_counts=value_counts(names, values))  # fmt: skip
        DatastoreRow.objects.bulk_create(
            (DatastoreRow(table=table, number=number, data=dict(zip(names, row, strict=True)))
             for number, row in enumerate(values, 1)), batch_size=2000)  # fmt: skip
    return table


def value_counts(names: list[str], values: list[list]) -> dict[str, dict[str, int]]:
    """Rows per value of each column with at most MAX_COUNTED_VALUES distinct values."""
    found = {}
    for index, name in enumerate(names):
        counts: Counter = Counter()
        for row in values:
            counts[_key(row[index])] += 1
            if len(counts) > MAX_COUNTED_VALUES:
                break
        else:
            found[name] = dict(counts)
    return found


def _key(value) -> str:
    return json.dumps(value)


def _counted_total(table: DatastoreTable, filters: dict | None, q, types: dict[str, str]) -> int | None:
    """The total of a filter on one column of few values, read from the counts kept at load; else None."""
    if q or not filters or len(filters) != 1:
        return None
    ((name, wanted),) = filters.items()
    counts = (table.value_counts or {}).get(name)
    if counts is None:
        return None
    values = {_key(_value(str(v), types[name])) for v in (wanted if isinstance(wanted, list) else [wanted])}
    return sum(counts.get(value, 0) for value in values)


def _value(value: str, kind: str):
    """A filter's value as the column's type, so that 12 finds the number 12."""
    if value == "":
        return None
    try:
        if kind == "int":
            return int(value)
        if kind == "numeric":
            return float(value)
    except ValueError:
        raise SearchError(f'filters: "{value[:40]}" is not a {kind}') from None
    return value


def search(table: DatastoreTable, params: dict, base_url: str) -> dict:
    """CKAN's datastore_search over one table."""
    names = [field["id"] for field in table.fields]
    types = {field["id"]: field["type"] for field in table.fields}
    rows = table.rows.all()
    filters = _json_param(params.get("filters"), dict, "filters")
    for name, wanted in (filters or {}).items():
        if name not in types:
            raise SearchError(f'filters: field "{name}" not in the table')
        values = wanted if isinstance(wanted, list) else [wanted]
        rows = rows.filter(_any_of(name, [_value(str(v), types[name]) for v in values]))
    q = params.get("q")
    if isinstance(q, dict):
        for name, text in q.items():
            if name not in types:
                raise SearchError(f'q: field "{name}" not in the table')
            rows = rows.filter(**{f"data__{name}__icontains": str(text)[:200]})
    elif q:
        rows = rows.filter(data__icontains=str(q)[:200])
    wanted_fields = _fields(params.get("fields"), names)
    try:
        limit = min(int(params.get("limit") or DEFAULT_LIMIT), MAX_LIMIT)
        offset = int(params.get("offset") or 0)
    except (TypeError, ValueError):
        raise SearchError("limit and offset must be whole numbers") from None
    if limit < 0 or offset < 0:
        raise SearchError("limit and offset must not be negative")
    ordered = _sort(rows, str(params.get("sort") or ""), types)
    total = None
    if str(params.get("include_total", "true")).lower() != "false":
        total = _counted_total(table, filters, q, types)
        total = rows.count() if total is None else total
    records = [{"_id": row.number, **{name: row.data.get(name) for name in wanted_fields}}
               for row in ordered[offset:offset + limit]]  # fmt: skip
    start = f"{base_url}?resource_id={table.resource.uid}"
    result = {
        "resource_id": str(table.resource.uid), "include_total": total is not None,
        "fields": [{"id": "_id", "type": "int"}] + [{"id": n, "type": types[n]} for n in wanted_fields],
        "records": records, "limit": limit, "records_format": "objects",
        "_links": {"start": start, "next": f"{start}&offset={offset + limit}"},
    }  # fmt: skip
    if params.get("offset"):
        result["offset"] = offset
    if total is not None:
        result["total"] = total
    return result


def _any_of(name: str, values: list) -> Q:
    condition = Q()
    for value in values:
        condition |= Q(**{f"data__{name}": value})
    return condition


def _json_param(raw, kind, name):
    if raw in (None, ""):
        return None
    if isinstance(raw, kind):
        return raw
    try:
        found = json.loads(raw)
    except (TypeError, json.JSONDecodeError):
        raise SearchError(f"{name}: not valid JSON") from None
    if not isinstance(found, kind):
        raise SearchError(f"{name}: must be a JSON {'object' if kind is dict else 'list'}")
    return found


def _fields(raw, names: list[str]) -> list[str]:
    if raw in (None, ""):
        return names
    wanted = raw if isinstance(raw, list) else [part.strip() for part in str(raw).split(",")]
    unknown = [name for name in wanted if name not in names and name != "_id"]
    if unknown:
        raise SearchError(f'fields: "{unknown[0]}" not in the table')
    return [name for name in wanted if name != "_id"]


def _sort(rows, sort: str, types: dict[str, str]):
    keys = []
    for part in sort.split(",")[:3]:
        words = part.split()
        if not words:
            continue
        name, descending = words[0].strip('"'), len(words) > 1 and words[1].lower() == "desc"
        if name == "_id":
            keys.append(F("number").desc() if descending else F("number").asc())
            continue
        if name not in types:
            raise SearchError(f'sort: field "{name}" not in the table')
        alias = f"sort_{len(keys)}"
        expression = KeyTextTransform(name, "data")
        rows = rows.annotate(**{alias: Cast(expression, FloatField()) if types[name] != "text" else expression})
        keys.append(F(alias).desc(nulls_last=True) if descending else F(alias).asc(nulls_last=True))
    return rows.order_by(*keys, "number")
