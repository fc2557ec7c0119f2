"""Adding and changing agencies in the directory."""

from __future__ import annotations

from sinergi.forum.models import Agency, SocialAccount

VALID = {
    "name": "Badan Penanggulangan Bencana Daerah", "short_name": "BPBD", "slug": "bpbd", "kind": "dinas",
    "region_code": "14.10", "address": "Jl. Dorak, Selatpanjang", "phone": "0763-31000",
    "email": "bpbd@demo.test", "website": "https://bpbd.demo.test",
    "social-TOTAL_FORMS": "1", "social-INITIAL_FORMS": "0", "social-0-platform": "instagram",
    "social-0-handle": "@bpbd.meranti", "social-0-url": "",
}  # fmt: skip


def test_a_moderator_adds_an_agency_with_its_social_accounts(personas, forum):
    response = personas["moderator"].post("/direktori/instansi/baru/", VALID)
    assert response.status_code == 302
    agency = Agency.objects.get(forum=forum, slug="bpbd")
    assert agency.email == "bpbd@demo.test"
    account = SocialAccount.objects.get(agency=agency)
    assert account.url == "https://www.instagram.com/bpbd.meranti"


def test_a_duplicate_name_is_refused_beside_the_field_and_the_typed_values_stay(personas, dinkes):
    data = {**VALID, "name": "dinas kesehatan", "slug": "dinkes-2"}
    response = personas["moderator"].post("/direktori/instansi/baru/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Instansi dengan nama ini sudah ada di direktori." in html
    assert 'value="dinkes-2"' in html and 'value="0763-31000"' in html
    assert Agency.objects.filter(slug="dinkes-2").count() == 0


def test_a_duplicate_code_is_refused(personas, dinkes):
    response = personas["moderator"].post("/direktori/instansi/baru/", {**VALID, "slug": "dinkes"})
    assert response.status_code == 200
    assert Agency.objects.filter(slug="dinkes").count() == 1
    assert response.context["form"].errors["slug"]


def test_a_upt_needs_its_parent_agency(personas, dinkes):
    data = {**VALID, "kind": "upt", "slug": "upt-puskesmas", "name": "UPT Puskesmas Selatpanjang"}
    response = personas["moderator"].post("/direktori/instansi/baru/", data)
    assert "parent" in response.context["form"].errors
    response = personas["moderator"].post("/direktori/instansi/baru/", {**data, "parent": dinkes.pk})
    assert response.status_code == 302
    assert Agency.objects.get(slug="upt-puskesmas").parent == dinkes


def test_a_bad_region_code_is_explained_in_indonesian(personas, forum):
    response = personas["moderator"].post("/direktori/instansi/baru/", {**VALID, "region_code": "1410"})
    assert "region_code" in response.context["form"].errors
    assert "14.10" in response.context["form"].errors["region_code"][0]


def test_the_agency_pr_head_updates_contacts_but_not_its_code_or_kind(personas, imigrasi):
    data = {**VALID, "name": imigrasi.name, "slug": "changed", "kind": "dinas", "phone": "0763-32111"}
    response = personas["humas_imigrasi"].post("/direktori/instansi/imigrasi/ubah/", data)
    assert response.status_code == 302
    imigrasi.refresh_from_db()
    assert imigrasi.phone == "0763-32111"
    assert (imigrasi.slug, imigrasi.kind) == ("imigrasi", "vertikal")


def test_the_agency_page_shows_its_people_and_accounts(personas, imigrasi, humas_imigrasi):
    SocialAccount.objects.create(agency=imigrasi, platform="instagram", handle="@imigrasi.slp")
    html = personas["admin_dinkes"].get("/direktori/instansi/imigrasi/").content.decode()
    assert "Fajar Ramadhan" in html and "@imigrasi.slp" in html
    assert "Riwayat" not in html  # the history is for those who may change the agency
