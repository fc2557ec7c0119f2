"""RSS 2.0 and Atom feeds (all, per agency, per theme), sitemap.xml and robots.txt."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from django.test import Client

from sinergi.releases.tests.factory import make_theme, published

ATOM = "{http://www.w3.org/2005/Atom}"


def rss_titles(path: str) -> list[str]:
    response = Client().get(path)
    assert response.status_code == 200 and response["Content-Type"].startswith("application/rss+xml")
    return [item.findtext("title") for item in ET.fromstring(response.content).iter("item")]


def atom_titles(path: str) -> list[str]:
    response = Client().get(path)
    assert response["Content-Type"].startswith("application/atom+xml")
    return [entry.findtext(f"{ATOM}title") for entry in ET.fromstring(response.content).iter(f"{ATOM}entry")]


def test_feeds_carry_public_releases_all_per_agency_and_per_theme(forum, imigrasi, dinkes):
    theme = make_theme(forum, "hkn", "Hari Kesehatan Nasional")
    published(imigrasi, title="Paspor untuk jemaah umrah")
    published(dinkes, title="Peringatan HKN", themes=[theme])
    assert sorted(rss_titles("/feed/rss/")) == ["Paspor untuk jemaah umrah", "Peringatan HKN"]
    assert sorted(atom_titles("/feed/atom/")) == ["Paspor untuk jemaah umrah", "Peringatan HKN"]
    assert rss_titles("/instansi/imigrasi/rss/") == ["Paspor untuk jemaah umrah"]
    assert atom_titles("/instansi/dinkes/atom/") == ["Peringatan HKN"]
    assert rss_titles("/tema/hkn/rss/") == ["Peringatan HKN"]
    assert atom_titles("/tema/hkn/atom/") == ["Peringatan HKN"]


def test_an_unknown_agency_feed_is_not_found(forum):
    assert Client().get("/instansi/tidak-ada/rss/").status_code == 404


def test_the_sitemap_lists_public_pages(forum, imigrasi):
    release = published(imigrasi, title="Paspor")
    index = Client().get("/sitemap.xml")
    assert index.status_code == 200
    sections = [
        loc.text for loc in ET.fromstring(index.content).iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    ]
    urls = []
    for section in sections:
        body = Client().get(section.replace("http://testserver", "")).content
        urls += [loc.text for loc in ET.fromstring(body).iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert f"http://testserver{release.get_absolute_url()}" in urls
    assert "http://testserver/instansi/imigrasi/" in urls


def test_robots_keeps_crawlers_out_of_the_back_office_and_points_to_the_sitemap(db):
    text = Client().get("/robots.txt").content.decode()
    assert "Disallow: /ruang-kerja/" in text and "Sitemap: http://testserver/sitemap.xml" in text
