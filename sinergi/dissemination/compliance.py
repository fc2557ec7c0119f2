"""The monthly table of amplification per agency: how often it was asked, shared, and shared on time.

An agency counts as having shared when it reported a post on every platform asked on which it has an
account (`amplification.is_done`), on time when its last counted post came before the due time.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.translation import gettext as _

from sinergi.dissemination.amplification import is_done
from sinergi.dissemination.models import AmplificationTarget


@dataclass
class Row:
    agency: str
    short: str = ""  # the agency's short name, for the chart's labels
    asked: int = 0
    done: int = 0
    on_time: int = 0
    declined: int = 0

    @property
    def share(self) -> int:
        """Shared, as a whole percentage of asked."""
        return round(100 * self.done / self.asked) if self.asked else 0


def month_from(raw: str, forum) -> dt.date:
    """The first day of the month asked for (`2026-11`), else of the forum's current month."""
    found = re.fullmatch(r"(20[0-9]{2})-(0[1-9]|1[0-2])", raw or "")
    if found:
        return dt.date(int(found.group(1)), int(found.group(2)), 1)
    return forum.today().replace(day=1)


def table(forum, month: dt.date) -> list[Row]:
    following = (month + dt.timedelta(days=32)).replace(day=1)
    start, end = (dt.datetime.combine(day, dt.time(), tzinfo=forum.zone) for day in (month, following))
    # A request closed because its release was withdrawn asked nothing that could still be done.
    targets = (AmplificationTarget.objects.filter(request__forum=forum, request__created_at__gte=start,
                                                  request__created_at__lt=end, request__closed_at__isnull=True)
               .select_related("agency", "request").prefetch_related("reports", "agency__social_accounts"))  # fmt: skip
    rows: dict[int, Row] = {}
    for target in targets:
        row = rows.setdefault(target.agency_id, Row(target.agency.name, target.agency.short_name or target.agency.name))
        row.asked += 1
        row.declined += target.declined_at is not None
        if is_done(target):
            row.done += 1
            counted = [post for post in target.reports.all() if post.counts]
            row.on_time += all(post.reported_at <= target.request.due_at for post in counted)
    return sorted(rows.values(), key=lambda row: (-row.share, row.agency))


def export_rows(rows: list[Row]) -> tuple[list[str], list[list]]:
    header = [_("Agency"), _("Asked"), _("Shared"), _("On time"), _("Declined"), _("Shared (%)")]
    return header, [[row.agency, row.asked, row.done, row.on_time, row.declined, row.share] for row in rows]


def chart_svg(rows: list[Row]) -> str:
    """A bar per agency: the share of requests it shared (on time darker), drawn as SVG by the project."""
    if not rows:
        return ""
    # Sized for a phone: the viewBox is about as wide as its screen, so 14 units of text stay 13-14 pixels.
    bar, gap, label_width, width = 20, 8, 160, 180
    height = len(rows) * (bar + gap) + gap
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {label_width + width + 50} {height}" '
             f'role="img" aria-label="{escape(_("Share of requests shared, per agency"))}">']
    for number, row in enumerate(rows):
        y = gap + number * (bar + gap)
        done = width * row.done / row.asked if row.asked else 0
        on_time = width * row.on_time / row.asked if row.asked else 0
        label = row.short.replace("Kecamatan ", "Kec. ")
        label = label if len(label) <= 18 else label[:17].rstrip() + "…"
        parts.append(f'<text x="{label_width - 6}" y="{y + bar - 5}" text-anchor="end" font-size="14">'
                     f"<title>{escape(row.agency)}</title>{escape(label)}</text>")
        parts.append(f'<rect x="{label_width}" y="{y}" width="{width}" height="{bar}" fill="#e8e8e8"/>')
        parts.append(f'<rect x="{label_width}" y="{y}" width="{done:.1f}" height="{bar}" fill="#7fa6c4"/>')
        parts.append(f'<rect x="{label_width}" y="{y}" width="{on_time:.1f}" height="{bar}" fill="#0b4f6c"/>')
        parts.append(f'<text x="{label_width + width + 6}" y="{y + bar - 5}" font-size="14">{row.share}%</text>')
    parts.append("</svg>")
    return "".join(parts)
