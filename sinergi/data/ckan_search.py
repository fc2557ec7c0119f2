"""package_search as CKAN answers it: `q` over the text, `fq` filters ("organization:dinkes",
"tags:stunting", "metadata_modified:[2026-01-01T00:00:00Z TO NOW]"), `sort`, `rows` (capped at 1,000 as
CKAN caps it), `start`, and facets. A filter Sinergi cannot read is a 409 with the reason, as CKAN returns
for a query Solr refuses; never a 500.
"""

from __future__ import annotations

import datetime as dt
import re
import shlex
import uuid

from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from sinergi.data.ckan import organization_id
from sinergi.forum.models import Agency

MAX_ROWS = 1000
DEFAULT_ROWS = 10
MAX_QUERY = 1000  # characters of q or fq read
FACET_FIELDS = {"organization": "agency__slug", "groups": "topic", "license_id": "licence", "res_format": None,
                "tags": None}  # fmt: skip
SORTS = {"metadata_modified": "modified_at", "metadata_created": "created_at", "name": "name",
         "title_string": "title", "score": None}  # fmt: skip
_RANGE = re.compile(r"^\[(?P<low>\S+)\s+TO\s+(?P<high>\S+)\]$")


class SearchError(ValueError):
    """A query Sinergi cannot read; the message says why (CKAN's 409 "Search Query is invalid")."""


def apply_q(found: QuerySet, q: str) -> QuerySet:
    q = (q or "").strip()[:MAX_QUERY]
    if not q or q in ("*:*", "*"):
        return found
    for word in q.split():
        if ":" in word and not word.startswith("http"):
            field, _sep, value = word.partition(":")
            found = apply_fq(found, f"{field}:{value}")
            continue
        found = found.filter(Q(title__icontains=word) | Q(description__icontains=word) | Q(name__icontains=word)
                             | Q(tags__icontains=word))  # fmt: skip
    return found


def apply_fq(found: QuerySet, fq: str) -> QuerySet:
    """Each `field:value` term (quoted values allowed, `+` and `AND` between terms ignored) narrows the set."""
    fq = (fq or "").strip()[:MAX_QUERY]
    if not fq:
        return found
    try:
        terms = shlex.split(re.sub(r"(\[[^\]]*\])", lambda m: '"' + m.group(1) + '"', fq))
    except ValueError as error:
        raise SearchError(f"Search Query is invalid: {error}") from None
    for term in terms:
        term = term.lstrip("+")
        if term.upper() in ("AND", "") or term == "*:*":
            continue
        field, sep, value = term.partition(":")
        if not sep or not value:
            raise SearchError(f'Search Query is invalid: "{term}" is not field:value')
        found = _filter(found, field, value.strip('"'))
    return found


def _filter(found: QuerySet, field: str, value: str) -> QuerySet:
    if field in ("organization", "owner_org"):
        return found.filter(Q(agency__slug=value) | Q(agency__pk__in=_org_pks(value)))
    if field in ("groups", "topic"):
        return found.filter(topic=value)
    if field == "tags":
        return found.filter(tags__icontains=f'"{value}"')
    if field == "license_id":
        return found.filter(licence=value)
    if field == "res_format":
        return found.filter(resources__format__iexact=value).distinct()
    if field in ("name", "id"):
        return found.filter(name=value) if field == "name" else found.filter(uid=_uuid(value))
    if field in ("metadata_modified", "metadata_created"):
        column = "modified_at" if field == "metadata_modified" else "created_at"
        low, high = _range(value)
        if low:
            found = found.filter(**{f"{column}__gte": low})
        if high:
            found = found.filter(**{f"{column}__lte": high})
        return found
    raise SearchError(f'Search Query is invalid: unknown field "{field}"')


def _range(value: str) -> tuple[dt.datetime | None, dt.datetime | None]:
    found = _RANGE.match(value)
    if not found:
        raise SearchError(f'Search Query is invalid: "{value}" is not a range [X TO Y]')
    return _moment(found.group("low")), _moment(found.group("high"))


def _moment(text: str) -> dt.datetime | None:
    if text == "*":
        return None
    if text.upper().startswith("NOW"):
        return timezone.now()
    parsed = parse_datetime(text.replace("Z", "+00:00")) if "T" in text else None
    if parsed is None:
        raise SearchError(f'Search Query is invalid: "{text}" is not a date and time')
    return parsed if timezone.is_aware(parsed) else parsed.replace(tzinfo=dt.UTC)


def _org_pks(value: str) -> list[int]:
    """The agency whose CKAN organization id is `value` (an id is derived from the pk alone)."""
    return [pk for pk in Agency.objects.values_list("pk", flat=True) if organization_id(Agency(pk=pk)) == value]


def _uuid(value: str):
    try:
        return uuid.UUID(value)
    except ValueError:
        return uuid.UUID(int=0)


def order(found: QuerySet, sort: str) -> QuerySet:
    """CKAN's `sort`: "metadata_modified desc", "name asc, title_string desc"; default by name."""
    columns = []
    for part in (sort or "").split(",")[:3]:
        words = part.split()
        if not words:
            continue
        column = SORTS.get(words[0])
        if words[0] not in SORTS:
            raise SearchError(f'Search Query is invalid: cannot sort by "{words[0]}"')
        if column:
            columns.append(("-" if len(words) > 1 and words[1].lower() == "desc" else "") + column)
    return found.order_by(*columns, "pk") if columns else found.order_by("name", "pk")


def page(rows, start) -> tuple[int, int]:
    """(rows, start) as CKAN reads them: whole numbers, rows capped at MAX_ROWS."""
    try:
        rows = DEFAULT_ROWS if rows in (None, "") else int(rows)
        start = 0 if start in (None, "") else int(start)
    except (TypeError, ValueError):
        raise SearchError("Search Query is invalid: rows and start must be whole numbers") from None
    if rows < 0 or start < 0:
        raise SearchError("Search Query is invalid: rows and start must not be negative")
    return min(rows, MAX_ROWS), start


def facets(found: QuerySet, fields: list[str], limit: int = 50) -> dict[str, dict[str, int]]:
    result: dict[str, dict[str, int]] = {}
    for field in fields:
        if field not in FACET_FIELDS:
            continue
        if field == "tags":
            counts: dict[str, int] = {}
            for tags in found.values_list("tags", flat=True):
                for tag in tags:
                    counts[tag] = counts.get(tag, 0) + 1
            result[field] = dict(sorted(counts.items(), key=lambda pair: -pair[1])[:limit])
        elif field == "res_format":
            rows = found.values("resources__format").annotate(n=Count("pk", distinct=True)).order_by("-n")[:limit]
            result[field] = {row["resources__format"].upper(): row["n"] for row in rows if row["resources__format"]}
        else:
            column = FACET_FIELDS[field]
            rows = found.order_by().values(column).annotate(n=Count("pk")).order_by("-n")[:limit]
            result[field] = {str(row[column]): row["n"] for row in rows}
    return result
