"""The public home page: the portal's front door, open to everyone."""

from __future__ import annotations

from django.test import Client

from sinergi.conftest import make_agency


def test_anyone_sees_the_forum_and_how_many_agencies_it_has(forum, dinkes):
    make_agency(forum, "kec-merbau", "Kecamatan Merbau", "kecamatan")
    html = Client().get("/").content.decode()
    assert "Forum Kehumasan Kabupaten Kepulauan Meranti" in html
    assert "<strong>2</strong>" in html
    assert 'href="/akun/masuk/"' in html


def test_a_fresh_installation_without_a_forum_still_answers(db):
    assert Client().get("/").status_code == 200
