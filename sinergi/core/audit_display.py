"""The audit trail as people read it: field labels, choice labels and local dates, not stored values.

The trail stores what changed as the database holds it (`{"status": ["draft", "review"]}`), so
it stays true when labels are renamed. This module turns an entry into lines a Sekda or a PPID
reads: "Status: Draf → Menunggu tinjauan", "Diterbitkan: 3 Maret 2026 09.15".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db import models
from django.utils import dateparse, formats, timezone
from django.utils.translation import gettext as _

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


def changes(entry) -> list[Change]:
    """The entry's changes, each under its field's label, in the model's field order."""
    model = entry.content_type.model_class()
    order = {field.attname: index for index, field in enumerate(model._meta.concrete_fields)} if model else {}
    lines = []
    for name in sorted(entry.changes, key=lambda key: order.get(key, len(order))):
        pair = entry.changes[name]
        before, after = (pair + [None, None])[:2] if isinstance(pair, list) else (None, pair)
        field = _field(model, name)
        label = str(field.verbose_name) if field is not None else name.replace("_", " ")
        lines.append(Change(label[:1].upper() + label[1:], readable(field, before), readable(field, after)))
    return lines
