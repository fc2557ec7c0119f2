"""A search within a queryset ranks, pages and counts only documents whose record is in that queryset."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from sinergi.core import search
from sinergi.core.models import AuditEntry

pytestmark = pytest.mark.django_db

KIND = "audit-test"


def entries(*actions: str) -> list[AuditEntry]:
    from django.contrib.contenttypes.models import ContentType

    kind = ContentType.objects.get_for_model(AuditEntry)
    return [AuditEntry.objects.create(action=a, content_type=kind, object_id="1", object_repr=a) for a in actions]


def test_only_documents_of_rows_in_the_queryset_are_found_and_counted():
    # Any model serves: an audit entry stands for "a record the visitor may see" or not.
    shown, hidden, deleted_later = entries("created", "deleted", "created")
    for n, item in enumerate((shown, hidden, deleted_later), start=1):
        search.index(KIND, item.pk, title="Banjir rob", body=f"Dokumen {n}", published_at=datetime(2026, 3, n, tzinfo=UTC))
    deleted_later.delete()  # its document stays behind, as a stale index entry would

    visible = AuditEntry.objects.filter(action="created")
    results = search.search(KIND, "banjir", within=visible)
    assert [hit.object_id for hit in results.hits] == [shown.pk] and results.total == 1
    assert search.search(KIND, "banjir").total == 3  # without it, everything in the index counts


def test_the_total_beyond_the_last_page_counts_only_the_queryset_too():
    items = entries(*["created"] * 12, *["deleted"] * 5)
    search.index_many(KIND, [(item.pk, "Lelang kapal", "", None) for item in items])
    visible = AuditEntry.objects.filter(action="created")
    pages = [search.search(KIND, "lelang", limit=5, offset=offset, within=visible) for offset in (0, 5, 10, 15)]
    assert [page.total for page in pages] == [12, 12, 12, 12]
    assert [len(page.hits) for page in pages] == [5, 5, 2, 0]
    assert {hit.object_id for page in pages for hit in page.hits} == {item.pk for item in items[:12]}


def test_within_and_restrict_to_combine():
    items = entries("created", "created", "deleted")
    search.index_many(KIND, [(item.pk, "Siaran pers", "", None) for item in items])
    visible = AuditEntry.objects.filter(action="created")
    results = search.search(KIND, "siaran", within=visible, restrict_to=[items[1].pk, items[2].pk])
    assert [hit.object_id for hit in results.hits] == [items[1].pk] and results.total == 1
