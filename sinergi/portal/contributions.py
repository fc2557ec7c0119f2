"""What the portal brings to the house: its sections of sitemap.xml."""

from __future__ import annotations

from sinergi.core import contributions
from sinergi.portal.sitemaps import AgencySitemap, ReleaseSitemap, StaticSitemap, ThemeSitemap


def register() -> None:
    contributions.sitemaps.register("halaman", StaticSitemap, order=0)
    contributions.sitemaps.register("rilis", ReleaseSitemap, order=10)
    contributions.sitemaps.register("instansi", AgencySitemap, order=20)
    contributions.sitemaps.register("tema", ThemeSitemap, order=30)
