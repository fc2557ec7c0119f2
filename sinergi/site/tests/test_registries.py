"""A new app joins the house by being installed: its card, sitemap, inbox items, navigation and
robots lines appear without any other app changing (the app lives in `tests/minimal_app`)."""

from __future__ import annotations

import pytest

from sinergi.conftest import client_for
from sinergi.core.contributions import NamedRegistry, Registry
from sinergi.site.tests.minimal_app import contributions as minimal

pytestmark = pytest.mark.django_db


@pytest.fixture
def minimal_app(settings):
    settings.INSTALLED_APPS = [*settings.INSTALLED_APPS, "sinergi.site.tests.minimal_app"]
    yield
    minimal.unregister()


def test_an_installed_app_shows_its_card_inbox_items_and_navigation(minimal_app, admin_dinkes):
    page = client_for(admin_dinkes).get("/ruang-kerja/").content.decode()
    assert "Survei kepuasan" in page and 'href="/survei/kepuasan-2026/"' in page
    assert "Survei kepuasan layanan 2026" in page and "Isi survei" in page
    assert "terlambat 3 hari kerja" in page
    assert '<a href="/cari/">Survei</a>' in page
    assert '<span class="count" title="Menunggu saya">1<' in page


def test_an_installed_app_adds_its_sitemap_and_robots_lines(minimal_app, client, forum):
    index = client.get("/sitemap.xml").content.decode()
    assert "/sitemap-survei.xml" in index and "/sitemap-rilis.xml" in index and "/sitemap-agenda.xml" in index
    assert "/survei/kepuasan-2026/" in client.get("/sitemap-survei.xml").content.decode()
    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /survei/jawaban/" in robots and "Disallow: /permohonan-informasi/lacak/" in robots


def test_without_the_app_nothing_of_it_shows(admin_dinkes, client, forum):
    page = client_for(admin_dinkes).get("/ruang-kerja/").content.decode()
    assert "Survei" not in page
    assert client.get("/sitemap-survei.xml").status_code == 404
    assert "/survei/" not in client.get("/robots.txt").content.decode()


def test_registering_twice_changes_nothing_and_order_is_kept():
    registry = Registry("test")

    def first():
        pass

    def second():
        pass

    registry.register(second, order=20)
    registry.register(first, order=10)
    registry.register(first, order=10)
    assert list(registry) == [first, second]
    named = NamedRegistry("named")
    named.register("a", 1)
    named.register("a", 2)
    assert named.items() == [("a", 1)]
