"""Search counts and pages only what the visitor may open: a hidden release is never "1 hasil".

The index is only ever a copy: even an entry left behind by a failure or an older version
(planted here directly) is neither counted, listed, paged nor quoted in a snippet.
"""

from __future__ import annotations

from django.test import Client

from sinergi.core import search
from sinergi.releases.effects import search_kind
from sinergi.releases.models import Status
from sinergi.releases.tests.factory import make_release, published


def plant(release) -> None:
    """Put a release in the index whatever its state, as a stale entry would be."""
    search.index(search_kind(release.agency.forum_id), release.pk, title=release.title, body=release.body,
                 published_at=release.published_at)  # fmt: skip


def page(query: str, number: int = 1) -> str:
    return Client().get("/cari/", {"q": query, "halaman": number}).content.decode()


def test_a_hidden_release_left_in_the_index_is_neither_counted_nor_quoted(imigrasi, dinkes, moderator):
    exempt = published(imigrasi, title="Nota sengketa lahan", body="Isi nota zirkon.", kip_class="dikecualikan",
                       exemption_ground="i")  # fmt: skip
    draft = make_release(dinkes, title="Draf sengketa lahan", body="Isi draf zirkon.")
    withdrawn = published(dinkes, title="Rilis sengketa lahan", body="Isi rilis zirkon.")
    withdrawn.withdraw(moderator, "Keliru.")
    scheduled = make_release(imigrasi, title="Jadwal sengketa lahan", body="Isi jadwal zirkon.",
                             status=Status.SCHEDULED)  # fmt: skip
    for release in (exempt, draft, withdrawn, scheduled):
        plant(release)

    for query in ("sengketa", "zirkon", exempt.title):
        html = page(query)
        assert "0 hasil" in html, query
        assert "zirkon</mark>" not in html and "Isi " not in html and "halaman=2" not in html


def test_the_count_and_the_pages_hold_the_public_releases_only(imigrasi, dinkes):
    for n in range(12):
        published(imigrasi, title=f"Lelang paket {n}", body="Pengadaan barang.")
    for n in range(9):
        plant(published(dinkes, title=f"Lelang rahasia {n}", kip_class="dikecualikan", exemption_ground="i"))

    first, second = page("lelang"), page("lelang", 2)
    assert "12 hasil" in first and "halaman=2" in first
    assert first.count('class="release-item"') == 10 and second.count('class="release-item"') == 2
    assert "halaman=3" not in second and "rahasia" not in first + second


def test_a_release_of_another_forum_is_not_counted(forum, imigrasi):
    from sinergi.conftest import make_agency
    from sinergi.forum.models import Forum

    other = Forum.objects.create(slug="bengkalis", name="Forum Bengkalis", region_code="14.03",
                                 region_name="Kabupaten Bengkalis, Riau")  # fmt: skip
    foreign = published(make_agency(other, "dishub", "Dinas Perhubungan"), title="Jadwal feri Bengkalis")
    # Filed under this forum's kind, as a bug could.
    search.index(search_kind(forum.pk), foreign.pk, title=foreign.title, body="", published_at=foreign.published_at)
    assert "0 hasil" in page("feri")
