"""Reporting upward: the forum's output in a month by national theme (narasi tunggal, campaigns, national
days), for the province and the centre (Inpres 9/2015 on public communication): releases published, how
often agencies were asked to share them and did, and the clicks on their short links."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Sum
from django.utils.translation import gettext as _

from sinergi.dissemination.amplification import is_done
from sinergi.dissemination.models import AmplificationTarget, ShareClick
from sinergi.releases.models import Release, Theme, ThemeKind

UPWARD_KINDS = (ThemeKind.NARASI_TUNGGAL, ThemeKind.CAMPAIGN, ThemeKind.NATIONAL_DAY)


@dataclass
class ThemeRow:
    theme: Theme
    releases: int = 0
    asked: int = 0
    shared: int = 0
    clicks: int = 0


def month_bounds(forum, month: dt.date) -> tuple[dt.datetime, dt.datetime]:
    following = (month + dt.timedelta(days=32)).replace(day=1)
    return tuple(dt.datetime.combine(day, dt.time(), tzinfo=forum.zone) for day in (month, following))


def by_theme(forum, month: dt.date) -> list[ThemeRow]:
    start, end = month_bounds(forum, month)
    following = (month + dt.timedelta(days=32)).replace(day=1)
    rows = []
    themes = sorted(Theme.objects.filter(forum=forum, kind__in=UPWARD_KINDS),
                    key=lambda theme: (UPWARD_KINDS.index(theme.kind), theme.name))  # narasi tunggal first
    for theme in themes:
        releases = Release.objects.public().filter(themes=theme)
        row = ThemeRow(theme, releases=releases.filter(published_at__gte=start, published_at__lt=end).count())
        targets = (AmplificationTarget.objects.filter(request__release__in=releases, request__created_at__gte=start,
                                                      request__created_at__lt=end)
                   .select_related("request").prefetch_related("reports", "agency__social_accounts"))  # fmt: skip
        asked, shared = set(), set()  # agencies, each once however many releases it was asked to share
        for target in targets:
            asked.add(target.agency_id)
            if is_done(target):
                shared.add(target.agency_id)
        row.asked, row.shared = len(asked), len(shared)
        row.clicks = ShareClick.objects.filter(kit__release__in=releases, day__gte=month,
                                               day__lt=following).aggregate(total=Sum("count"))["total"] or 0  # fmt: skip
        rows.append(row)
    return rows


def csv_rows(rows: list[ThemeRow]) -> tuple[list[str], list[list]]:
    header = [_("Theme"), _("Kind"), _("Releases published"), _("Agencies asked to share"), _("Agencies that shared"),
              _("Clicks on short links")]  # fmt: skip
    return header, [[row.theme.name, row.theme.get_kind_display(), row.releases, row.asked, row.shared, row.clicks]
                    for row in rows]  # fmt: skip
