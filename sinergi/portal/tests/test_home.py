"""The public home page: the portal's front door, open to everyone."""

from __future__ import annotations

from django.test import Client

from sinergi.conftest import make_agency


def test_anyone_sees_the_forum_and_how_many_agencies_it_has(forum, dinkes):
    make_agency(forum, "kec-merbau", "Kecamatan Merbau", "kecamatan")
    html = Client().get("/").content.decode()
    assert "Forum Kehumasan Kabupaten Kepulauan Meranti" in html
    assert "Semua 2 instansi, termasuk 1 kecamatan" in html
    assert 'href="/akun/masuk/"' in html


def test_a_fresh_installation_without_a_forum_still_answers(db):
    assert Client().get("/").status_code == 200


def test_the_home_page_lists_the_latest_releases_and_browses_by_agency_and_theme(forum, imigrasi):
    from sinergi.releases.tests.factory import make_theme, published

    theme = make_theme(forum, "hari-pers", "Hari Pers Nasional")
    published(imigrasi, title="Imigrasi menyapa insan pers", themes=[theme])
    html = Client().get("/").content.decode()
    assert "Imigrasi menyapa insan pers" in html
    assert 'href="/instansi/imigrasi/"' in html and 'href="/tema/hari-pers/"' in html
