"""The datastore of tabular resources: a CSV's rows loaded into the database, and `datastore_search` over
them as CKAN answers it (`resource_id`, `q`, `filters`, `fields`, `sort`, `limit`, `offset`, `total`).

Loading reads the file within a budget (rows and bytes), detects the separator and the encoding, and
infers each column's type (int, numeric, text) from its values.
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.db.models import F, FloatField, Q
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Cast

from sinergi.data.ckan_search import SearchError
from sinergi.data.models import DatasetResource, DatastoreRow, DatastoreTable

MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 1_000_000
DEFAULT_LIMIT = 100
MAX_LIMIT = 32_000  # CKAN's own cap on datastore_search
ENCODINGS = ("utf-8-sig", "cp1252")


class DatastoreError(ValueError):
    """A file that cannot be loaded as a table; the message is for the produsen."""


def load(resource: DatasetResource) -> DatastoreTable:
    """(Re)load the resource's CSV rows; the earlier rows are replaced in the same transaction."""
    if not resource.file or resource.format.upper() != "CSV":
        raise DatastoreError("Only a stored CSV file is loaded into the datastore.")
    with resource.file.open("rb") as stored:
        data = stored.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise DatastoreError(f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB.")
    text = _decode(data)
    try:
        dialect = csv.Sniffer().sniff(text[:20_000], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header = [name.strip() for name in next(reader, [])]
    if not header or not any(header) or len(set(header)) != len(header) or "_id" in header:
        raise DatastoreError("The first row must name every column once (and none may be called _id).")
    rows = []
    for number, row in enumerate(reader, 1):
        if number > MAX_ROWS:
            raise DatastoreError(f"The file has more than {MAX_ROWS:,} rows.")
        if any(cell.strip() for cell in row):
            rows.append(dict(zip(header, (cell.strip() for cell in row), strict=False)))
    types = {name: _type([row.get(name, "") for row in rows]) for name in header}
    with transaction.atomic():
        DatastoreTable.objects.filter(resource=resource).delete()
        table = DatastoreTable.objects.create(resource=resource, fields=[{"id": n, "type": types[n]} for n in header],
                                              row_count=len(rows))  # fmt: skip
        DatastoreRow.objects.bulk_create(
            (DatastoreRow(table=table, number=number, data={k: _value(v, types[k]) for k, v in row.items()})
             for number, row in enumerate(rows, 1)), batch_size=2000)  # fmt: skip
    return table


def _decode(data: bytes) -> str:
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DatastoreError("The file's text encoding could not be read (save it as UTF-8).")  # pragma: no cover


def _type(values: list[str]) -> str:
    present = [value for value in values if value != ""]
    if present and all(_is_int(value) for value in present):
        return "int"
    if present and all(_number(value) is not None for value in present):
        return "numeric"
    return "text"


def _is_int(value: str) -> bool:
    return value.lstrip("-").isdigit() and len(value) < 18


def _number(value: str) -> Decimal | None:
    try:
        return Decimal(value)
    except InvalidOperation:
        return None


def _value(value: str, kind: str):
    if value == "":
        return None
    if kind == "int":
        return int(value)
    if kind == "numeric":
        return float(value)
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
    total = rows.count() if str(params.get("include_total", "true")).lower() != "false" else None
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
