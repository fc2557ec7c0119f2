"""The forum's content calendar (kalender konten): what every agency plans and has published, national and
local days, holidays, the periods of themes and the forum's meetings, day by day; and, for moderators,
national days coming up that nobody has planned for, and two agencies planning the same subject.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import holidays
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from sinergi.core.classification import KipClass
from sinergi.dissemination import near_duplicates
from sinergi.dissemination.models import ClashFingerprint, Observance
from sinergi.dissemination.observances import NATIONAL_DAYS
from sinergi.meetings.models import Meeting, MeetingStatus
from sinergi.releases.models import Release, Status, Theme

KINDS = {"planned": _("Planned release"), "published": _("Published release"), "day": _("National or local day"),
         "holiday": _("Holiday"), "theme": _("Theme period"), "meeting": _("Forum meeting")}  # fmt: skip
PLANNED = (Status.DRAFT, Status.SUBMITTED, Status.IN_REVIEW, Status.CHANGES_REQUESTED, Status.APPROVED, Status.SCHEDULED)
QUIET_AHEAD = 14  # days ahead in which a national day with nothing planned is flagged
QUIET_BEFORE = 7  # days before a national day in which a release about it counts


@dataclass(frozen=True)
class Entry:
    day: dt.date
    kind: str
    title: str
    url: str = ""
    agency: str = ""
    agency_id: int | None = None
    themes: tuple[str, ...] = field(default=())
    until: dt.date | None = None  # the last day of a period
    key: str = ""  # the record it comes from, for a stable identity in calendar feeds
    since: dt.date | None = None  # the first day of a period that began before the days shown
    release_id: int | None = None

    @property
    def kind_label(self) -> str:
        return str(KINDS[self.kind])


def _release_entries(forum, start, end):
    planned = (Release.objects.in_forum(forum).filter(status__in=PLANNED, planned_on__gte=start, planned_on__lte=end)
               .exclude(kip_class=KipClass.DIKECUALIKAN))  # exempt information is never on a shared surface
    published = Release.objects.public().in_forum(forum).filter(published_at__date__gte=start,
                                                                 published_at__date__lte=end)  # fmt: skip
    for kind, releases in (("planned", planned), ("published", published)):
        for release in releases.select_related("agency").prefetch_related("themes"):
            day = release.planned_on if kind == "planned" else forum.date_of(release.published_at)
            url = release.get_workspace_url() if kind == "planned" else release.get_absolute_url()
            yield Entry(day, kind, release.title, url, release.agency.name, release.agency_id,
                        tuple(theme.slug for theme in release.themes.all()), key=f"{kind}-release-{release.pk}",
                        release_id=release.pk)  # fmt: skip


def _day_entries(forum, start, end):
    years = range(start.year, end.year + 1)
    for year in years:
        for month, day, name, source in NATIONAL_DAYS:
            date = dt.date(year, month, day)
            if start <= date <= end:
                yield Entry(date, "day", name, agency=source)
        for date, name in holidays.country_holidays("ID", years=year, language="id").items():
            if start <= date <= end:
                yield Entry(date, "holiday", name)
    for observance in Observance.objects.filter(forum=forum):
        for year in years if observance.every_year else [observance.day.year]:
            try:
                date = observance.day.replace(year=year)
            except ValueError:  # 29 February in a common year
                continue
            if start <= date <= end:
                yield Entry(date, "day", observance.name, agency=observance.source)


def _other_entries(forum, start, end):
    themes = Theme.objects.filter(forum=forum, is_active=True, starts_on__isnull=False).filter(
        starts_on__lte=end).filter(Q(ends_on__isnull=True) | Q(ends_on__gte=start))  # fmt: skip
    for theme in themes:
        yield Entry(max(theme.starts_on, start), "theme", theme.name, themes=(theme.slug,), until=theme.ends_on,
                    key=f"theme-{theme.pk}", since=theme.starts_on)  # fmt: skip
    meetings = (Meeting.objects.filter(forum=forum, start__date__gte=start, start__date__lte=end)
                .exclude(status=MeetingStatus.CANCELLED))  # fmt: skip
    for meeting in meetings:
        yield Entry(forum.date_of(meeting.start), "meeting", meeting.title, meeting.get_absolute_url(),
                    key=f"meeting-{meeting.pk}")  # fmt: skip


def entries(forum, start: dt.date, end: dt.date, *, agency_id: int | None = None, theme: str = "",
            kinds: set[str] | None = None) -> list[Entry]:  # fmt: skip
    found = [*_release_entries(forum, start, end), *_day_entries(forum, start, end), *_other_entries(forum, start, end)]
    if agency_id:
        found = [e for e in found if e.agency_id in (None, agency_id)]
    if theme:
        found = [e for e in found if theme in e.themes or e.kind in ("day", "holiday")]
    if kinds:
        found = [e for e in found if e.kind in kinds]
    return sorted(found, key=lambda e: (e.day, list(KINDS).index(e.kind), e.title))


def by_day(found: list[Entry]) -> list[tuple[dt.date, list[Entry]]]:
    days: dict[dt.date, list[Entry]] = {}
    for entry in found:
        days.setdefault(entry.day, []).append(entry)
    return sorted(days.items())


def month_grid(start: dt.date, end: dt.date, found: list[Entry]) -> list[list[tuple[dt.date | None, list[Entry]]]]:
    """The month as weeks from Monday to Sunday, each day with its entries; days outside the month are None."""
    entries_of = dict(by_day(found))
    weeks, week = [], [(None, [])] * start.weekday()
    day = start
    while day <= end:
        week.append((day, entries_of.get(day, [])))
        if len(week) == 7:
            weeks.append(week)
            week = []
        day += dt.timedelta(days=1)
    if week:
        weeks.append(week + [(None, [])] * (7 - len(week)))
    return weeks


def quiet_days(forum, today: dt.date) -> list[Entry]:
    """National and local days in the next two weeks with no release planned or published in the week
    before them that names the day or carries one of its themes."""
    ahead = [e for e in _day_entries(forum, today, today + dt.timedelta(days=QUIET_AHEAD)) if e.kind == "day"]
    quiet = []
    for day in ahead:
        window = list(_release_entries(forum, day.day - dt.timedelta(days=QUIET_BEFORE), day.day))
        if not any(_words(day.title) <= _words(entry.title) | set(entry.themes) or _mentions(entry, day)
                   for entry in window):  # fmt: skip
            quiet.append(day)
    return quiet


def _mentions(entry: Entry, day: Entry) -> bool:
    key = {w for w in _words(day.title) if w not in {"hari", "nasional", "hut"}}
    return bool(key) and key <= _words(entry.title)


def clashes(found: list[Entry], within: int = 1, threshold: float = 0.5) -> list[tuple[Entry, Entry]]:
    """Pairs of releases of two agencies, planned or published within `within` days of each other, about the
    same subject: titles sharing at least `threshold` of their words (Jaccard), or texts the clash detector of
    forum review finds alike (`near_duplicates`)."""
    releases = sorted((e for e in found if e.kind in ("planned", "published")), key=lambda e: e.day)
    signatures = _signatures([e.release_id for e in releases if e.release_id])
    pairs = []
    for index, first in enumerate(releases):
        for second in releases[index + 1:]:
            if (second.day - first.day).days > within:
                break  # sorted by day: nothing later is within reach of `first`
            if first.agency_id == second.agency_id:
                continue
            a, b = _words(first.title), _words(second.title)
            if (a and b and len(a & b) / len(a | b) >= threshold) or _alike(signatures, first, second):
                pairs.append((first, second))
    return pairs


def _signatures(release_ids: list[int]) -> dict:
    stored = ClashFingerprint.objects.filter(release_id__in=release_ids, signature__isnull=False)
    return {pk: near_duplicates.from_bytes(sig) for pk, sig in stored.values_list("release_id", "signature")}


def _alike(signatures: dict, first: Entry, second: Entry) -> bool:
    ours, theirs = signatures.get(first.release_id), signatures.get(second.release_id)
    return ours is not None and theirs is not None and \
        near_duplicates.similarity(ours, theirs) >= near_duplicates.THRESHOLD  # fmt: skip


STOP = {"di", "dan", "yang", "untuk", "ke", "dari", "pada", "dengan", "the", "of", "tahun", "kabupaten", "kepulauan"}


def _words(text: str) -> set[str]:
    return {word for word in re.findall(r"[a-z0-9]+", text.lower()) if len(word) > 2 and word not in STOP}
