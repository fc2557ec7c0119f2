"""The PPID's public pages in sitemap.xml: the request form, the public register, the reports, and each
public body's DIP and service charter."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from sinergi.forum.models import Forum
from sinergi.ppid.models import PublicBody

BODY_PAGES = ("public_dip", "service_charter")


class PpidSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        pages = ["ppid:request", "ppid:public_register", "ppid:published_reports", "ppid:status_check"]
        bodies = PublicBody.objects.filter(forum=Forum.objects.default()).only("code", "is_main")
        return pages + [(body, name) for body in bodies for name in BODY_PAGES]

    def location(self, item):
        if isinstance(item, tuple):
            body, name = item
            return body.page_url(name)
        return reverse(item)
