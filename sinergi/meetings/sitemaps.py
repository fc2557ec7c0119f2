"""The public agenda in sitemap.xml: only meetings marked public, read through `.public()`."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from sinergi.forum.models import Forum
from sinergi.meetings.models import Meeting


class AgendaSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        forum = Forum.objects.default()
        return Meeting.objects.public().filter(forum=forum).only("pk", "updated_at").order_by("-start")

    def location(self, item):
        return reverse("agenda:detail", args=[item.pk])

    def lastmod(self, item):
        return item.updated_at
