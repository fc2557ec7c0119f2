"""What changed between two versions of a table: rows added, removed and changed, matched by a key.

The key is the table's region and year columns when together they name each row once in both versions (a
table per kecamatan per year), else its first column when that does; without a key, rows are compared as
wholes (added and removed only). Large tables are not compared row by row, and the page says so.
"""

from __future__ import annotations

from collections import Counter

MAX_ROWS = 200_000
MAX_EXAMPLES = 30


def compare(before_fields: list[str], before_rows: list[dict], schema: dict, after_rows: list[list]) -> dict:
    after_fields = [field["name"] for field in schema["fields"]]
    found = {"columns_added": [n for n in after_fields if n not in before_fields],
             "columns_removed": [n for n in before_fields if n not in after_fields]}  # fmt: skip
    if len(before_rows) > MAX_ROWS or len(after_rows) > MAX_ROWS:
        return {**found, "skipped": True}
    common = [name for name in after_fields if name in before_fields]
    after = [dict(zip(after_fields, row, strict=True)) for row in after_rows]
    key = _key(schema, common, before_rows, after)
    if not key:
        return {**found, **_as_wholes(common, before_rows, after)}
    old = {tuple(row.get(k) for k in key): row for row in before_rows}
    new = {tuple(row.get(k) for k in key): row for row in after}
    examples, changed = [], 0
    for name in sorted(old.keys() & new.keys(), key=_sortable):
        cells = [{"column": c, "before": old[name].get(c), "after": new[name].get(c)} for c in common
                 if old[name].get(c) != new[name].get(c)]  # fmt: skip
        if cells:
            changed += 1
            if len(examples) < MAX_EXAMPLES:
                examples.append({"kind": "changed", "key": _label(name), "cells": cells})
    for kind, names in (("added", new.keys() - old.keys()), ("removed", old.keys() - new.keys())):
        for name in sorted(names, key=_sortable)[: max(0, MAX_EXAMPLES - len(examples))]:
            examples.append({"kind": kind, "key": _label(name), "cells": []})
    return {**found, "key": key, "added": len(new.keys() - old.keys()), "removed": len(old.keys() - new.keys()),
            "changed": changed, "examples": examples}  # fmt: skip


def _key(schema: dict, common: list[str], before: list[dict], after: list[dict]) -> list[str]:
    preferred = [f["name"] for f in schema["fields"] if f["name"] in common and (f.get("regionCode") or f["type"] == "year")]
    for key in (preferred, common[:1]):
        if key and all(len({tuple(row.get(k) for k in key) for row in rows}) == len(rows) for rows in (before, after)):
            return key
    return []


def _as_wholes(common: list[str], before: list[dict], after: list[dict]) -> dict:
    old = Counter(tuple(row.get(c) for c in common) for row in before)
    new = Counter(tuple(row.get(c) for c in common) for row in after)
    return {"key": [], "added": sum((new - old).values()), "removed": sum((old - new).values()), "changed": 0,
            "examples": []}  # fmt: skip


def _sortable(name: tuple) -> tuple:
    return tuple("" if part is None else str(part) for part in name)


def _label(name: tuple) -> str:
    return " · ".join("–" if part is None else str(part) for part in name)


def groups(resources) -> list[dict]:
    """A dataset's resources by name: the latest version first, with its preview, and the earlier ones."""
    found: dict[str, dict] = {}
    for resource in sorted(resources, key=lambda r: (r.position, r.name, -r.version)):
        group = found.setdefault(resource.name, {"name": resource.name, "latest": resource, "earlier": []})
        if resource is not group["latest"]:
            group["earlier"].append(resource)
    for group in found.values():
        group["preview"] = preview(group["latest"])
    return list(found.values())


def preview(resource, limit: int = 10) -> dict | None:
    """The first rows of a table in the datastore, for a page."""
    table = getattr(resource, "datastore", None)
    if table is None:
        return None
    names = [field["id"] for field in table.fields]
    rows = [[row.get(name) for name in names] for row in table.rows.order_by("number").values_list("data", flat=True)[:limit]]
    return {"columns": names, "rows": rows, "total": table.row_count}
