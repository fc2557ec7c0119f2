"""One installation can host several forums; each sees only its own directory."""

from __future__ import annotations

from sinergi.conftest import make_agency, make_member
from sinergi.forum.models import Forum


def test_a_second_forum_stays_out_of_the_first_ones_directory(personas, forum, dinkes):
    riau = Forum.objects.create(slug="riau", name="Forum Kehumasan Provinsi Riau", region_code="14", region_name="Riau")
    make_agency(riau, "diskominfo-riau", "Diskominfotik Provinsi Riau")
    make_member("ani@demo.test", "Ani Riau", agency=riau.agencies.get(), role="admin_medsos")
    client = personas["moderator"]
    assert "Diskominfotik Provinsi Riau" not in client.get("/direktori/").content.decode()
    assert "Ani Riau" not in client.get("/direktori/anggota/?status=all").content.decode()
    assert client.get("/direktori/instansi/diskominfo-riau/").status_code == 404
    assert "diskominfo-riau" not in client.get("/api/agencies/").content.decode()


def test_the_same_agency_code_may_exist_in_two_forums(forum, dinkes):
    riau = Forum.objects.create(slug="riau", name="Forum Riau", region_code="14", region_name="Riau")
    assert make_agency(riau, "dinkes", "Dinas Kesehatan").pk != dinkes.pk
