"""The back office list: what waits for me, and every release I may see, filtered by status."""

from __future__ import annotations

import pytest
from django.urls import reverse

from sinergi.conftest import client_for
from sinergi.releases.models import Status
from sinergi.releases.tests.factory import make_release


def test_members_see_their_agencys_releases_and_moderators_see_all(imigrasi, dinkes, admin_imigrasi, moderator):
    make_release(imigrasi, admin_imigrasi, title="Rilis imigrasi")
    make_release(dinkes, title="Rilis dinkes")
    mine = client_for(admin_imigrasi).get(reverse("releases:list")).content.decode()
    assert "Rilis imigrasi" in mine and "Rilis dinkes" not in mine
    everything = client_for(moderator).get(reverse("releases:list")).content.decode()
    assert "Rilis imigrasi" in everything and "Rilis dinkes" in everything


def test_the_list_filters_by_status(imigrasi, admin_imigrasi):
    make_release(imigrasi, admin_imigrasi, title="Masih draf")
    make_release(imigrasi, admin_imigrasi, title="Sudah terbit", status=Status.PUBLISHED)
    page = client_for(admin_imigrasi).get(reverse("releases:list"), {"status": "published"}).content.decode()
    table = page[page.index("<table") :]
    assert "Sudah terbit" in table and "Masih draf" not in table


def test_someone_without_a_drafting_role_cannot_start_a_release(outsider, forum):
    assert client_for(outsider).get(reverse("releases:create")).status_code == 403


@pytest.mark.parametrize("status", Status.values)
def test_the_release_page_offers_the_steps_of_its_state(imigrasi, admin_imigrasi, moderator, status):
    release = make_release(imigrasi, admin_imigrasi, status=status, kip_class="serta_merta")
    page = client_for(moderator).get(release.get_workspace_url()).content.decode()
    expected = {
        Status.DRAFT: "Ajukan ke pejabat humas", Status.SUBMITTED: "Minta perbaikan",
        Status.IN_REVIEW: "Setujui untuk terbit", Status.CHANGES_REQUESTED: "Terbitkan seketika",
        Status.APPROVED: "Jadwalkan", Status.SCHEDULED: "Batalkan jadwal", Status.PUBLISHED: "Tarik",
        Status.WITHDRAWN: "Arsipkan", Status.ARCHIVED: "Riwayat",
    }[status]  # fmt: skip
    assert expected in page
