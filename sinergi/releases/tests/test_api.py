"""The REST API serves public releases and themes to anyone, and nothing else."""

from __future__ import annotations

from django.test import Client

from sinergi.releases.models import Status
from sinergi.releases.tests.factory import make_release, make_theme, published


def test_anyone_reads_public_releases_with_their_themes_and_agency(forum, imigrasi, dinkes):
    theme = make_theme(forum, "satu-data", "Satu Data")
    published(imigrasi, title="Paspor", themes=[theme])
    published(dinkes, title="Posyandu")
    make_release(imigrasi, title="Draf", status=Status.DRAFT)
    data = Client().get("/api/releases/").json()
    assert data["count"] == 2
    first = {r["title"]: r for r in data["results"]}["Paspor"]
    assert first["agency"] == "imigrasi" and first["themes"] == ["satu-data"]
    assert first["url"].endswith(f"/rilis/{first['id']}/paspor/")


def test_releases_filter_by_agency_and_theme(forum, imigrasi, dinkes):
    theme = make_theme(forum, "hkn", "HKN")
    published(imigrasi, title="Paspor")
    published(dinkes, title="Posyandu", themes=[theme])
    assert [r["title"] for r in Client().get("/api/releases/?agency=imigrasi").json()["results"]] == ["Paspor"]
    assert [r["title"] for r in Client().get("/api/releases/?theme=hkn").json()["results"]] == ["Posyandu"]


def test_a_draft_or_exempt_release_is_not_found_by_id(imigrasi):
    draft = make_release(imigrasi)
    exempt = published(imigrasi, kip_class="dikecualikan", exemption_ground="h")
    assert Client().get(f"/api/releases/{draft.pk}/").status_code == 404
    assert Client().get(f"/api/releases/{exempt.pk}/").status_code == 404


def test_themes_are_listed(forum):
    make_theme(forum, "hkn", "Hari Kesehatan Nasional")
    make_theme(forum, "lama", "Tema lama", is_active=False)
    assert [t["slug"] for t in Client().get("/api/themes/").json()["results"]] == ["hkn"]


def test_the_list_costs_the_same_queries_however_many_attachments(imigrasi, django_assert_max_num_queries):
    for number in range(12):
        release = published(imigrasi, title=f"Rilis {number}")
        for index in range(3):
            release.attachments.create(kind="pdf", token=f"{number}-{index}", original_name="a.pdf", title="Jadwal")
    with django_assert_max_num_queries(10):
        assert len(Client().get("/api/releases/").json()["results"]) == 12
