"""The PPID's public pages in sitemap.xml: the request form, the public register, the DIP and the charter."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class PpidSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return ["ppid:request", "ppid:public_register", "ppid:published_reports", "public_dip", "service_charter"]

    def location(self, item):
        return reverse(item)
