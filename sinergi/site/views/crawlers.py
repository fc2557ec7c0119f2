"""What crawlers read: robots.txt and the sitemap index, from what every app registers."""

from __future__ import annotations

from django.contrib.sitemaps import views as sitemap_views
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control

from sinergi.core import contributions

# Never for crawlers, whatever the apps register: the back office, accounts, the admin, the API.
ALWAYS_CLOSED = ("/ruang-kerja/", "/direktori/", "/akun/", "/admin/", "/api/")


def closed_paths() -> list[str]:
    paths = list(ALWAYS_CLOSED)
    for entry in contributions.robots_closed:
        path = entry() if callable(entry) else entry
        if path not in paths:
            paths.append(path)
    return paths


@cache_control(public=True, max_age=86400)
def robots(request):
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in closed_paths()), "",
             f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}", ""]  # fmt: skip
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def sitemap_index(request):
    return sitemap_views.index(request, sitemaps=dict(contributions.sitemaps.items()),
                               sitemap_url_name="sitemap_section")  # fmt: skip


def sitemap_section(request, section):
    return sitemap_views.sitemap(request, sitemaps=dict(contributions.sitemaps.items()), section=section)
