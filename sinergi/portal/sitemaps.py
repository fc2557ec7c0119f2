"""The portal's sections of sitemap.xml (registered in `contributions`): public pages, read through `.public()`."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from sinergi.forum.models import Agency, Forum
from sinergi.releases.models import Release, Theme


def _forum():
    return Forum.objects.default()


class StaticSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return ["portal:home", "portal:releases", "portal:agencies", "agenda:list"]

    def location(self, item):
        return reverse(item)


class ReleaseSitemap(Sitemap):
    changefreq = "weekly"
    limit = 10000

    def items(self):
        return Release.objects.public().in_forum(_forum()).only("pk", "slug", "updated_at").order_by("-pk")

    def lastmod(self, item):
        return item.updated_at


class AgencySitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return Agency.objects.active().filter(forum=_forum()).order_by("slug")

    def location(self, item):
        return reverse("portal:agency", args=[item.slug])


class ThemeSitemap(Sitemap):
    def items(self):
        return Theme.objects.filter(forum=_forum(), is_active=True).order_by("slug")
