"""Searching and filtering the directory of agencies and members."""

from __future__ import annotations

from sinergi.conftest import make_agency, make_member
from sinergi.forum.models import AgencyRole


def test_search_finds_agencies_by_name_or_short_name(personas, dinkes, imigrasi, diskominfotik):
    html = personas["admin_dinkes"].get("/direktori/?q=imigrasi").content.decode()
    assert "Kantor Imigrasi" in html and "Dinas Kesehatan" not in html
    html = personas["admin_dinkes"].get("/direktori/?q=dinkes").content.decode()
    assert "Dinas Kesehatan" in html and "Kantor Imigrasi" not in html


def test_filter_by_kind_lists_only_kecamatan(personas, forum, dinkes):
    make_agency(forum, "kec-merbau", "Kecamatan Merbau", "kecamatan", region_code="14.10.05")
    html = personas["moderator"].get("/direktori/?kind=kecamatan").content.decode()
    assert "Kecamatan Merbau" in html and "Dinas Kesehatan" not in html


def test_htmx_search_returns_only_the_rows(personas, dinkes):
    response = personas["moderator"].get("/direktori/?q=kes", HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert "Dinas Kesehatan" in html and "<html" not in html


def test_member_list_filters_by_role_and_agency(personas, humas_imigrasi, admin_dinkes, dinkes):
    html = personas["moderator"].get("/direktori/anggota/?role=admin_medsos").content.decode()
    assert "Yusuf Hidayat" in html and "Fajar Ramadhan" not in html
    html = personas["moderator"].get(f"/direktori/anggota/?agency={dinkes.pk}").content.decode()
    assert "Yusuf Hidayat" in html and "Fajar Ramadhan" not in html


def test_deactivated_members_are_hidden_unless_asked_for(personas, admin_dinkes):
    admin_dinkes.deactivate(by=None)
    assert "Yusuf Hidayat" not in personas["moderator"].get("/direktori/anggota/").content.decode()
    html = personas["moderator"].get("/direktori/anggota/?status=inactive").content.decode()
    assert "Yusuf Hidayat" in html


def test_people_outside_the_forum_are_not_in_its_member_list(personas, outsider):
    html = personas["moderator"].get("/direktori/anggota/?status=all").content.decode()
    assert "Tamu Luar" not in html


def test_agency_and_role_filters_must_hold_for_the_same_role(personas, dinkes, imigrasi):
    mixed = make_member("x@demo.test", "Xavier Campur", agency=dinkes, role="ppid_pelaksana")
    AgencyRole.objects.create(member=mixed, agency=imigrasi, role="admin_medsos")
    html = personas["moderator"].get(f"/direktori/anggota/?agency={dinkes.pk}&role=admin_medsos").content.decode()
    assert "Xavier Campur" not in html
    html = personas["moderator"].get(f"/direktori/anggota/?agency={imigrasi.pk}&role=admin_medsos").content.decode()
    assert "Xavier Campur" in html
