"""`manage.py reindex` rebuilds each registered kind of the search index from the records themselves."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command

from sinergi.core import search
from sinergi.releases.effects import search_kind
from sinergi.releases.tests.factory import published

pytestmark = pytest.mark.django_db


def test_the_index_comes_back_from_the_releases(forum, imigrasi, commits_at_once):
    release = published(imigrasi, title="Layanan paspor pada hari Sabtu")
    search.clear(search_kind(forum.pk))
    assert search.search(search_kind(forum.pk), "paspor").total == 0
    out = io.StringIO()
    call_command("reindex", "releases", stdout=out)
    assert out.getvalue().strip() == "releases: 1"
    assert [hit.object_id for hit in search.search(search_kind(forum.pk), "paspor").hits] == [release.pk]


def test_an_unknown_kind_is_refused_by_name():
    with pytest.raises(CommandError, match="Unknown search kind"):
        call_command("reindex", "berita")
