"""The audit trail as people read it: field labels, choice labels and local dates, not stored values.

The trail stores what changed as the database holds it (`{"status": ["draft", "review"]}`), so
it stays true when labels are renamed. This module turns an entry into lines a Sekda or a PPID
reads: "Status: Draf → Menunggu tinjauan", "Diterbitkan: 3 Maret 2026 09.15".

A foreign key is stored as the related record's id; it reads as that record's name, looked up
for a whole page of entries at once (`name_related`), or "(dihapus)" once the record is gone.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import dateparse, formats, timezone
from django.utils.translation import gettext as _

from sinergi.core import capabilities
from sinergi.core.params import BIGINT_MAX

MASKED = "***"


@dataclass(frozen=True)
class Change:
    label: str
    before: str
    after: str


def _field(model: type[models.Model] | None, attname: str) -> models.Field | None:
    if model is None:
        return None
    for field in model._meta.concrete_fields:
        if attname in (field.attname, field.name):
            return field
    return None


def _when(value: str, with_time: bool) -> str | None:
    parsed = dateparse.parse_datetime(value) if with_time else dateparse.parse_date(value)
    if parsed is None:
        return None
    if isinstance(parsed, dt.datetime):
        if timezone.is_aware(parsed):
            parsed = timezone.localtime(parsed)  # the forum's zone, activated by its middleware
        return formats.date_format(parsed, "j F Y H.i")
    return formats.date_format(parsed, "j F Y")


def readable(field: models.Field | None, value: Any) -> str:
    """One stored value as it reads on a page."""
    if value is None or value == "" or value == [] or value == {}:
        return "–"
    if value == MASKED:
        return _("(changed; not shown)")
    if field is not None and field.choices:
        labels = {str(key): label for key, label in field.flatchoices}
        if str(value) in labels:
            return str(labels[str(value)])
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, str) and isinstance(field, models.DateTimeField | models.DateField):
        shown = _when(value, isinstance(field, models.DateTimeField))
        if shown:
            return shown
    if isinstance(value, list):
        return ", ".join(readable(None, item) for item in value)
    return str(value)


def _model(entry) -> type[models.Model] | None:
    return ContentType.objects.get_for_id(entry.content_type_id).model_class()  # cached: no query per entry


def _pair(value: Any) -> tuple[Any, Any]:
    before, after = (value + [None, None])[:2] if isinstance(value, list) else (None, value)
    return before, after


def _key(field: models.ForeignKey, value: Any) -> tuple[type[models.Model], Any] | None:
    """The related record's model and key as the database holds it; None for a value no record can have."""
    if value in (None, "", MASKED):
        return None
    try:
        key = field.target_field.to_python(value)
    except (ValidationError, TypeError, ValueError):
        return None
    if isinstance(key, int) and not 0 < key <= BIGINT_MAX:
        return None
    return field.related_model, key


def _name(record: models.Model) -> str:
    """The record's name with any capability secret it holds blotted out: the trail is read by officers."""
    text = str(record)
    for name in capabilities.masked_fields(record):
        secret = getattr(record, name, "")
        if secret:
            text = text.replace(str(secret), capabilities.HIDDEN)
    return capabilities.redact(text)


def name_related(entries: Iterable) -> list:
    """The entries, each knowing the names of the records its foreign keys point to, read with one
    query per related model for all of them. Returns the entries as a list."""
    entries = list(entries)
    wanted: dict[tuple[type[models.Model], str], set] = defaultdict(set)
    for entry in entries:
        model = _model(entry)
        for attname, pair in entry.changes.items():
            field = _field(model, attname)
            if isinstance(field, models.ForeignKey):
                for value in _pair(pair):
                    if (key := _key(field, value)) is not None:
                        wanted[(key[0], field.target_field.attname)].add(key[1])
    names: dict[tuple[type[models.Model], Any], str] = {}
    for (related, target), keys in wanted.items():
        for record in related._base_manager.filter(**{f"{target}__in": keys}):
            names[(related, getattr(record, target))] = _name(record)
    for entry in entries:
        entry.related_names = names
    return entries


def _readable_key(field: models.ForeignKey, value: Any, names: dict) -> str:
    key = _key(field, value)
    if key is None:
        return readable(field, value)  # nothing, or a masked value
    return names.get(key, _("(deleted)"))


def changes(entry) -> list[Change]:
    """The entry's changes, each under its field's label, in the model's field order."""
    model = _model(entry)
    if not hasattr(entry, "related_names"):
        name_related([entry])
    order = {field.attname: index for index, field in enumerate(model._meta.concrete_fields)} if model else {}
    lines = []
    for name in sorted(entry.changes, key=lambda key: order.get(key, len(order))):
        before, after = _pair(entry.changes[name])
        field = _field(model, name)
        label = str(field.verbose_name) if field is not None else name.replace("_", " ")
        if isinstance(field, models.ForeignKey):
            shown = (_readable_key(field, before, entry.related_names), _readable_key(field, after, entry.related_names))
        else:
            shown = (readable(field, before), readable(field, after))
        lines.append(Change(label[:1].upper() + label[1:], *shown))
    return lines
