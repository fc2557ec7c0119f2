"""A table's schema, in the shape of the Frictionless Table Schema (`fields` with `name`, `type`,
`constraints`, and `decimalChar`/`groupChar` for numbers), inferred from the rows and confirmed by the
produsen; and the check of every cell against it, with each problem told by row and column in words the
produsen can act on.

Types: integer, number, year, date, string. Indonesian tables write 1.245 for a thousand two hundred and
forty-five and 12,5 for twelve and a half; a column's separators are inferred from all its values and kept in
the schema, so "1.245" is never read as 1.245. A string column may be a region column (`regionCode`), checked
against the Kemendagri codes (`regions.py`).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter

from django.utils.translation import gettext as _

from sinergi.data import regions

TYPES = ("integer", "number", "year", "date", "string")
DATASTORE_TYPES = {"integer": "int", "year": "int", "number": "numeric", "date": "date", "string": "text"}
MAX_PROBLEMS = 200  # kept and shown; all of them are counted
CONFIDENCE = 0.9  # the share of a column's values that decides its type
REGION_HINTS = ("kode", "wilayah", "kec", "desa", "kel", "kab", "prov", "region")
YEAR_HINTS = ("tahun", "year", "thn")

_PLAIN_INT = re.compile(r"^-?\d{1,18}$")  # longer is no count a table holds, and too long to type safely
_DOT_GROUPED = re.compile(r"^-?\d{1,3}(?:\.\d{3})+$")
_COMMA_GROUPED = re.compile(r"^-?\d{1,3}(?:,\d{3})+$")
_DOT_DECIMAL = re.compile(r"^-?(?:\d{1,3}(?:,\d{3})+|\d{1,18})\.\d{1,12}$")
_COMMA_DECIMAL = re.compile(r"^-?(?:\d{1,3}(?:\.\d{3})+|\d{1,18}),\d{1,12}$")
_PLAIN_NUMBER = re.compile(r"^-?\d{1,18}(?:\.\d{1,12})?$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DMY_DATE = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}$")


def infer(header: list[str], rows: list[list[str]]) -> dict:
    """A schema for the rows: each column's type from all of its values."""
    fields = []
    for index, name in enumerate(header):
        values = [row[index] for row in rows if index < len(row) and row[index] != ""]
        fields.append(_infer_field(name, values))
    return {"fields": fields, "missingValues": ["", "-"]}


def _infer_field(name: str, values: list[str]) -> dict:
    """The first type most values (CONFIDENCE) fit: the few that do not become problems to show, rather than one
    mistyped cell turning a column of numbers into text."""
    lowered = name.lower()
    field: dict = {"name": name, "type": "string"}
    if not values:
        return field

    def most(*patterns) -> bool:
        return sum(1 for v in values if any(p.match(v) for p in patterns)) >= CONFIDENCE * len(values)

    plain = [v for v in values if _PLAIN_INT.match(v)]
    if most(_PLAIN_INT):
        if any(hint in lowered for hint in YEAR_HINTS) and all(1900 <= int(v) <= 2100 for v in plain):
            return {**field, "type": "year"}
        if len({len(v) for v in plain}) == 1 and plain[0].startswith("0") and len(plain[0]) > 1:
            return field  # codes with leading zeros ("01", "007") stay text
        return {**field, "type": "integer"}
    if most(_PLAIN_INT, _DOT_GROUPED):  # 1.245 is a thousand and more
        return {**field, "type": "integer", "groupChar": "."}
    if most(_PLAIN_INT, _COMMA_GROUPED):
        return {**field, "type": "integer", "groupChar": ","}
    if most(_PLAIN_INT, _COMMA_DECIMAL):
        return {**field, "type": "number", "decimalChar": ",", "groupChar": "."}
    if most(_PLAIN_INT, _DOT_DECIMAL) and not _looks_like_region(lowered, values):
        return {**field, "type": "number", "decimalChar": ".", "groupChar": ","}
    if most(_ISO_DATE) and all(_date(v, "%Y-%m-%d") for v in values if _ISO_DATE.match(v)):
        return {**field, "type": "date", "format": "%Y-%m-%d"}
    if most(_DMY_DATE) and all(_date(v, "%d/%m/%Y") for v in values if _DMY_DATE.match(v)):
        return {**field, "type": "date", "format": "%d/%m/%Y"}
    if _looks_like_region(lowered, values):
        return {**field, "regionCode": True}
    return field


def _looks_like_region(name: str, values: list[str]) -> bool:
    """Mostly Kemendagri-shaped codes under a name that says so (the rest are then problems to show), or all of
    them with two dots or more."""
    shaped = sum(1 for v in values if regions.CODE.match(v) and "." in v)
    if any(hint in name for hint in REGION_HINTS):
        return shaped >= 0.5 * len(values)
    return shaped == len(values) and all(v.count(".") >= 2 for v in values)


def _date(value: str, layout: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(value, layout).date()
    except ValueError:
        return None


def cast(field: dict, value: str):
    """The cell's value as its field's type (None when missing); ValueError with the reason when it is not."""
    if value in ("", "-"):
        if field.get("constraints", {}).get("required"):
            raise ValueError(_("empty, but this column is required"))
        return None
    kind = field.get("type", "string")
    if kind in ("integer", "year"):
        plain = value.replace(field.get("groupChar") or "\x00", "")
        if not _PLAIN_INT.match(plain):
            raise ValueError(_("not a whole number") if kind == "integer" else _("not a year"))
        number = int(plain)
        if kind == "year" and not 1900 <= number <= 2100:
            raise ValueError(_("not a year between 1900 and 2100"))
        return number
    if kind == "number":
        plain = value.replace(field.get("groupChar") or "\x00", "").replace(field.get("decimalChar") or ".", ".")
        if not _PLAIN_NUMBER.match(plain):
            raise ValueError(_("not a number"))
        return float(plain)
    if kind == "date":
        found = _date(value, field.get("format") or "%Y-%m-%d")
        if found is None:
            raise ValueError(_("not a date in the form %(form)s")
                             % {"form": (field.get("format") or "%Y-%m-%d").replace("%", "")})  # fmt: skip
        return found.isoformat()
    if field.get("regionCode"):
        verdict = regions.verdict(value)
        if verdict == regions.MALFORMED:
            raise ValueError(_("not a Kemendagri region code (e.g. 14.10.01)"))
        if verdict == regions.UNKNOWN:
            raise ValueError(_("no such Kemendagri region code in the forum's list"))
    return value


def check(schema: dict, header: list[str], rows: list[list[str]], lines: list[int] | None = None) -> dict:
    """Every cell against the schema: {"values": typed rows, "problems": [...], "problem_count": n,
    "unchecked_regions": n}. `lines` are the file's row numbers of the rows (blank rows skipped)."""
    fields = schema["fields"]
    problems, count, unchecked = [], 0, 0
    typed = []
    width = len(header)
    regional = [i for i, field in enumerate(fields) if field.get("regionCode")]
    for offset, row in enumerate(rows):
        number = lines[offset] if lines else offset + 2
        if len(row) > width and any(row[width:]):
            count += 1
            if len(problems) < MAX_PROBLEMS:
                problems.append({"row": number, "column": "", "value": "",
                                 "message": _("%(cells)d cells, but the header names %(columns)d columns")
                                 % {"cells": len(row), "columns": width}})  # fmt: skip
        values = []
        for index, field in enumerate(fields):
            raw = row[index] if index < len(row) else ""
            try:
                values.append(cast(field, raw))
            except ValueError as error:
                values.append(None)
                count += 1
                if len(problems) < MAX_PROBLEMS:
                    problems.append({"row": number, "column": field["name"], "value": raw[:40], "message": str(error)})
        for index in regional:
            if values[index] and regions.verdict(values[index]) == regions.UNCHECKED:
                unchecked += 1
        typed.append(values)
    return {"values": typed, "problems": problems, "problem_count": count, "unchecked_regions": unchecked}


def profile(schema: dict, values: list[list]) -> list[dict]:
    """Simple statistics per column: filled and missing cells; for numbers the least, the most and the mean;
    for text how many distinct values and the commonest."""
    found = []
    for index, field in enumerate(schema["fields"]):
        column = [row[index] for row in values if row[index] is not None]
        entry = {"name": field["name"], "type": field["type"], "filled": len(column),
                 "missing": len(values) - len(column)}  # fmt: skip
        if column and field["type"] in ("integer", "number", "year"):
            mean = math.fsum(column) / len(column)
            entry.update(min=min(column), max=max(column), mean=round(mean, 2) if math.isfinite(mean) else None)
        elif column and field["type"] == "date":
            entry.update(min=min(column), max=max(column))
        elif column:
            common = Counter(column)
            entry.update(distinct=len(common), common=[value for value, _n in common.most_common(3)])
        found.append(entry)
    return found


def same_columns(schema: dict, header: list[str]) -> bool:
    return [field["name"] for field in schema.get("fields", [])] == header


def datastore_fields(schema: dict) -> list[dict]:
    return [{"id": field["name"], "type": DATASTORE_TYPES.get(field["type"], "text")} for field in schema["fields"]]
