"""The search index follows every change that makes a release public or not, in the change's own transaction.

Whether the change comes from a workflow step, the Django admin or a script, the index holds the
public releases with their current text and nothing else; if the change rolls back, so does the index.
"""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.urls import reverse

from sinergi.conftest import client_for
from sinergi.core import search
from sinergi.core.models import SearchDocument
from sinergi.forum.models import Member
from sinergi.releases.effects import search_kind
from sinergi.releases.models import Release
from sinergi.releases.tests.factory import admin_change, make_release, published


@pytest.fixture
def superuser(db) -> Member:
    return Member.objects.create_superuser("admin@demo.test", "kopi-darat-2024", full_name="Admin Situs")


@pytest.fixture
def no_commit_hooks(monkeypatch):
    """Work left for after the commit never runs: what the index shows must have happened inside the change."""
    monkeypatch.setattr("django.db.transaction.on_commit", lambda func, using=None, robust=False: None)


def indexed(release: Release) -> SearchDocument | None:
    return SearchDocument.objects.filter(kind=search_kind(release.agency.forum_id), object_id=release.pk).first()


def test_reclassifying_a_published_release_as_exempt_in_the_admin_takes_it_out_of_the_index(
    imigrasi, superuser, no_commit_hooks
):
    release = published(imigrasi, author=superuser, title="Rekap vaksinasi per desa", body="Jumlah penerima vaksin di Alai.")
    assert indexed(release) is not None

    admin_change(client_for(superuser), release, kip_class="dikecualikan", exemption_ground="h",
                 exemption_legal_basis="UU 14/2008 Pasal 17 huruf h", exemption_consequence="Data pribadi terbuka.",
                 exemption_decree_number="SK/PPID/1", exemption_decree_date="2026-01-05")  # fmt: skip

    assert Release.objects.get(pk=release.pk).is_exempt
    assert indexed(release) is None
    page = Client().get("/cari/", {"q": "vaksinasi"}).content.decode()
    assert "0 hasil" in page and "Alai" not in page


def test_text_removed_through_the_admin_leaves_the_snippets(imigrasi, superuser, no_commit_hooks):
    release = published(imigrasi, author=superuser, title="Banjir rob di pesisir",
                        body="Warga Desa Alai dan Bapak Sulaiman mengungsi.")  # fmt: skip

    admin_change(client_for(superuser), release, body="Warga Desa Alai mengungsi ke balai desa.")

    assert "Sulaiman" not in indexed(release).body
    assert "0 hasil" in Client().get("/cari/", {"q": "Sulaiman"}).content.decode()
    page = Client().get("/cari/", {"q": "balai"}).content.decode()
    assert "1 hasil" in page and "<mark>balai</mark>" in page


def test_a_release_deleted_in_the_admin_leaves_the_index(imigrasi, superuser, no_commit_hooks):
    release = published(imigrasi, title="Pengumuman lelang kapal")
    response = client_for(superuser).post(reverse("admin:releases_release_delete", args=[release.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert not SearchDocument.objects.filter(object_id=release.pk).exists()
    assert "0 hasil" in Client().get("/cari/", {"q": "lelang"}).content.decode()


def test_a_withdrawal_leaves_the_index_within_its_own_transaction(imigrasi, moderator, no_commit_hooks):
    release = published(imigrasi, title="Jadwal kapal ke Selatpanjang")
    release.withdraw(moderator, "Jadwal berubah.")
    assert indexed(release) is None


def test_a_save_by_a_script_updates_the_index_too(imigrasi, no_commit_hooks):
    release = published(imigrasi, title="Pasar murah Ramadan")
    release.title = "Pasar murah menjelang Lebaran"
    release.save()
    assert indexed(release).title == "Pasar murah menjelang Lebaran"


def test_a_change_that_rolls_back_leaves_the_index_as_it_was(imigrasi, no_commit_hooks):
    release = published(imigrasi, title="Festival Perang Air", body="Di Selatpanjang.")
    with pytest.raises(RuntimeError), transaction.atomic():
        release.kip_class, release.exemption_ground = "dikecualikan", "h"
        release.save()
        assert indexed(release) is None
        raise RuntimeError("the rest of the change failed")
    assert indexed(release) is not None and indexed(release).title == "Festival Perang Air"


def test_a_draft_never_enters_the_index(imigrasi, no_commit_hooks):
    release = make_release(imigrasi, title="Draf pengumuman")
    release.body = "Masih draf."
    release.save()
    assert indexed(release) is None


def test_reindexing_rebuilds_the_index_from_the_public_releases(imigrasi, no_commit_hooks):
    public = published(imigrasi, title="Layanan paspor Sabtu")
    exempt = published(imigrasi, title="Nota internal", kip_class="dikecualikan", exemption_ground="i")
    # An index written by an older version: an exempt release in it, the public one missing.
    kind = search_kind(imigrasi.forum_id)
    SearchDocument.objects.filter(kind=kind).delete()
    search.index(kind, exempt.pk, title=exempt.title, body="", published_at=None)

    call_command("reindex_releases", stdout=io.StringIO())

    assert indexed(public) is not None and indexed(exempt) is None
