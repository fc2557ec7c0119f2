"""What the minimal app offers the house: one of each contribution."""

from __future__ import annotations

import datetime as dt

from django.contrib.sitemaps import Sitemap

from sinergi.core import contributions
from sinergi.core.contributions import Card, InboxItem, NavEntry


class SurveySitemap(Sitemap):
    def items(self):
        return ["/survei/kepuasan-2026/"]

    def location(self, item):
        return item


def survey_card(request, forum):
    return Card("Survei kepuasan", (("Hasil survei", "/survei/kepuasan-2026/"),), order=5)


def surveys_to_fill(member, forum):
    yield InboxItem("Survei kepuasan layanan 2026", "/survei/kepuasan-2026/", "Survei", "Isi survei",
                    due_on=dt.date.today(), days_left=-3)  # fmt: skip


NAV = NavEntry("Survei", "portal:search", order=99)


def register() -> None:
    contributions.cards.register(survey_card)
    contributions.inbox.register(surveys_to_fill)
    contributions.sitemaps.register("survei", SurveySitemap)
    contributions.navigation.register(NAV)
    contributions.robots_closed.register("/survei/jawaban/")


def unregister() -> None:
    contributions.cards.unregister(survey_card)
    contributions.inbox.unregister(surveys_to_fill)
    contributions.sitemaps.unregister("survei")
    contributions.navigation.unregister(NAV)
    contributions.robots_closed.unregister("/survei/jawaban/")
