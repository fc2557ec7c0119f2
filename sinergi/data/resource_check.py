"""Checking a produsen's table before it joins the catalogue.

On upload (`inspect`, in the file budget's child with the dataset budget): the file is read (`tables.py`) and
every column is scanned by the personal-data guard over a sample of its values; a column of NIKs or phone
numbers refuses the file, which is never stored. Then (`apply`) the rows are typed against the schema (the
confirmed schema of the previous version when the columns are the same, else one inferred for the produsen
to confirm), every problem is kept by row and column, the columns are profiled, the version is compared with
the one before, and the typed rows go to the datastore. A version with problems, or with a schema nobody
confirmed, keeps the dataset from the walidata (`DatasetResource.blocks_submission`).
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from sinergi.core import file_budget, pii
from sinergi.data import datastore, table_schema, tables, versions
from sinergi.data.models import DatasetResource

SAMPLE_VALUES = 1000  # per column, spread over the whole table
SAMPLE_CHARS = 60_000


def budget() -> tuple[int, int, int]:
    return settings.DATASET_CHECK_CPU_SECONDS, settings.DATASET_CHECK_MEMORY_MB, settings.DATASET_CHECK_WALL_SECONDS


def inspect(data: bytes) -> dict:
    """The file read and its personal data found, in the budget; ValidationError when it cannot be used."""
    return file_budget.examine(_read_and_scan, data, budget())


def _read_and_scan(data: bytes) -> dict:
    table = tables.read_rows(data)
    personal = []
    for index, name in enumerate(table["header"]):
        kinds = _personal_kinds(name, [row[index] for row in _sample(table["rows"]) if index < len(row)])
        if kinds:
            personal.append({"column": name, "kinds": kinds})
    if personal:
        columns = "; ".join(f"“{entry['column']}”: {', '.join(entry['kinds'])}" for entry in personal[:5])
        raise ValidationError(_("The file holds personal data in the columns %(columns)s; a dataset is published "
                                "to everyone, so remove those columns first.") % {"columns": columns})  # fmt: skip
    return table


def _sample(rows: list[list[str]]) -> list[list[str]]:
    if len(rows) <= SAMPLE_VALUES:
        return rows
    step = len(rows) / SAMPLE_VALUES
    return [rows[int(i * step)] for i in range(SAMPLE_VALUES)]


def _personal_kinds(name: str, values: list[str]) -> list[str]:
    text = "\n".join(f"{name}: {value}" for value in values if value)[:SAMPLE_CHARS]
    return sorted({str(finding.label) for finding in pii.find_personal_data(text)})


def apply(resource: DatasetResource, table: dict, previous: DatasetResource | None, schema: dict | None = None,
          confirmed: bool = False) -> DatasetResource:
    """Type the rows of `table` (from `inspect`) against `schema` (or the previous version's confirmed one, or
    an inferred one), keep the outcome on the resource and its rows in the datastore."""
    header, rows = table["header"], table["rows"]
    if schema is None and previous and previous.schema_confirmed and table_schema.same_columns(previous.schema, header):
        schema, confirmed = previous.schema, True
    schema = schema or table_schema.infer(header, rows)
    outcome = table_schema.check(schema, header, rows, table.get("lines"))
    problems = (table["problems"] + outcome["problems"])[: table_schema.MAX_PROBLEMS]
    notes = list(table["notes"])
    if outcome["unchecked_regions"]:
        notes.append(_("%(count)d region codes are below the codes in the forum's list and were not checked; the "
                       "administrator can add the full Kemendagri list.") % {"count": outcome["unchecked_regions"]})  # fmt: skip
    resource.schema, resource.schema_confirmed, resource.header_rows = schema, confirmed, table["header_rows"]
    resource.problems, resource.problem_count = problems, len(table["problems"]) + outcome["problem_count"]
    resource.notes, resource.profile = notes, table_schema.profile(schema, outcome["values"])
    resource.changes = _changes(previous, schema, outcome["values"]) if previous else {}
    resource.save()
    datastore.store(resource, table_schema.datastore_fields(schema), outcome["values"])
    return resource


def _changes(previous: DatasetResource, schema: dict, values: list[list]) -> dict:
    stored = getattr(previous, "datastore", None)
    if stored is None:
        return {}
    if stored.row_count > versions.MAX_ROWS:
        return {"skipped": True}
    before = list(stored.rows.order_by("number").values_list("data", flat=True))
    return {"version": previous.version, **versions.compare([f["id"] for f in stored.fields], before, schema, values)}


def recheck(resource: DatasetResource, schema: dict | None) -> DatasetResource:
    """The stored file typed again against the schema the produsen confirmed (or, with None, read afresh with
    an inferred schema, for a version that has none)."""
    with resource.file.open("rb") as stored:
        data = stored.read()
    table = inspect(data)
    if schema is not None and not table_schema.same_columns(schema, table["header"]):
        raise ValidationError(_("The columns of the schema are not the file's columns."))
    return apply(resource, table, previous_of(resource), schema=schema, confirmed=schema is not None)


def previous_of(resource: DatasetResource) -> DatasetResource | None:
    return (DatasetResource.objects.filter(dataset=resource.dataset, name=resource.name, version__lt=resource.version)
            .select_related("datastore").order_by("-version").first())  # fmt: skip


def load_trusted(resource: DatasetResource, confirmed: bool = True) -> DatasetResource:
    """A file the project itself wrote (the demo): read and applied without the budget's child."""
    with resource.file.open("rb") as stored:
        table = tables.read_rows(stored.read())
    return apply(resource, table, previous_of(resource), confirmed=confirmed)
