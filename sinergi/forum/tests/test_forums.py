"""One installation can host several forums; each sees only its own directory."""

from __future__ import annotations

from sinergi.conftest import make_agency, make_member
from sinergi.forum.models import AgencyRole, Forum


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


def test_roles_in_another_forum_do_not_show_in_this_ones_lists_or_api(personas, forum, admin_dinkes):
    riau = Forum.objects.create(slug="riau", name="Forum Riau", region_code="14", region_name="Riau")
    secret = make_agency(riau, "badan-riau", "Badan Khusus Riau")
    AgencyRole.objects.create(member=admin_dinkes, agency=secret, role="pejabat_humas")
    client = personas["moderator"]
    assert "Badan Khusus Riau" not in client.get("/direktori/anggota/").content.decode()
    assert "badan-riau" not in client.get("/api/members/").content.decode()
    assert "badan-riau" not in client.get("/direktori/ekspor/members.csv").content.decode("utf-8-sig")
    assert "Dinas Kesehatan" in client.get("/direktori/anggota/").content.decode()
