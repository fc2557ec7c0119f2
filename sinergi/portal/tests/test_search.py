"""Searching public releases in Indonesian: stemmed, ranked, highlighted."""

from __future__ import annotations

from django.test import Client

from sinergi.releases.models import Status
from sinergi.releases.tests.factory import make_release, published


def search(query: str) -> str:
    return Client().get("/cari/", {"q": query}).content.decode()


def test_a_stemmed_query_finds_inflected_words_and_marks_them(imigrasi, dinkes):
    published(imigrasi, title="Warga membangun dermaga bersama", body="Gotong royong di desa.")
    published(dinkes, title="Posyandu", body="Pemeriksaan balita.")
    html = search("pembangunan")
    assert "<mark>membangun</mark>" in html and "Posyandu" not in html


def test_title_matches_rank_above_body_matches(imigrasi):
    published(imigrasi, title="Rapat koordinasi", body="Dibahas juga soal paspor.")
    published(imigrasi, title="Layanan paspor elektronik", body="Mulai bulan depan.")
    html = search("paspor")
    assert html.index("Layanan") < html.index("Rapat koordinasi")


def test_drafts_exempt_and_withdrawn_releases_are_never_found(imigrasi):
    make_release(imigrasi, title="Draf vaksinasi")
    published(imigrasi, title="Vaksinasi dikecualikan", kip_class="dikecualikan", exemption_ground="h")
    withdrawn = published(imigrasi, title="Vaksinasi ditarik")
    withdrawn.withdraw(None, "Keliru.")
    html = search("vaksinasi")
    assert "0 hasil" in html
    assert "Draf vaksinasi" not in html and "dikecualikan" not in html and "ditarik" not in html


def test_a_hostile_query_is_answered_calmly(imigrasi):
    published(imigrasi, title="Paspor")
    for query in ['"', "NEAR(", "paspor*", "'; DROP TABLE releases_release; --", "x " * 300]:
        assert Client().get("/cari/", {"q": query}).status_code == 200
    assert Client().get("/cari/", {"q": "paspor", "halaman": "abc"}).status_code == 200


def test_an_empty_query_shows_the_form_only(forum):
    response = Client().get("/cari/")
    assert response.status_code == 200 and 'name="q"' in response.content.decode()


def test_a_published_then_withdrawn_release_leaves_the_index(imigrasi):
    release = published(imigrasi, title="Banjir rob di pesisir")
    assert release.get_absolute_url() in search("banjir")
    release.withdraw(None, "Salah lokasi.")
    assert release.status == Status.WITHDRAWN
    assert release.get_absolute_url() not in search("banjir")
