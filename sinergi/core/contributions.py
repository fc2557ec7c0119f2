"""What each app contributes to the house, for the composition layer (`sinergi.site`) to gather.

An app never edits another app to appear in the back office, the inbox, the sitemap, the search,
the demo or the navigation: it registers what it offers, in its `AppConfig.ready()`, with the
registries below (the weekly digest's `register_section` in `sinergi.forum.digest` works the same
way). For example, in `sinergi/meetings/apps.py`:

    def ready(self):
        from sinergi.meetings import contributions  # noqa: F401  (registers on import)

and in `sinergi/meetings/contributions.py`:

    inbox.register(meetings_to_answer)          # (member, forum) -> iterable of InboxItem
    cards.register(meetings_card)               # (request, forum) -> Card | None
    sitemaps.register("agenda", AgendaSitemap)  # a django.contrib.sitemaps.Sitemap class
    demo_loaders.register(load_demo_meetings, order=30)   # (forum) -> None
    navigation.register(NavEntry(_("Meetings"), "meetings:list", order=30))
    review_panels.register(clash_panel)         # (request, release) -> Panel | None, on a release's page
    editor_panels.register(citation_panel)      # (request, release or None) -> Panel | None, beside its editor
    references.register(releases_citing)        # (forum, paths) -> iterable of Reference, public records only

Registering the same thing twice changes nothing, so a test may register a small app of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class InboxItem:
    """One piece of work waiting for a member: what, which step, and by when."""

    title: str
    url: str
    kind: str  # what it is, e.g. "Permohonan informasi"
    step: str  # what waits, e.g. "Teruskan ke instansi yang menguasai"
    due_on: dt.date | None = None
    days_left: int | None = None  # negative when late
    in_working_days: bool = True  # days_left counts working days (the law's deadlines) or calendar days
    agency: str = ""
    since: dt.datetime | None = None  # when it started waiting, for the order of undated items
    urgent: bool = False  # something went wrong (a failed delivery): first in the list, whatever the dates

    @property
    def late(self) -> bool:
        return self.days_left is not None and self.days_left < 0

    def urgency(self) -> tuple:
        """Something gone wrong first, then late, then the nearest deadline, then undated items oldest first."""
        far = dt.date.max
        since = self.since.timestamp() if self.since else 0.0
        return (not self.urgent, self.days_left if self.days_left is not None else 10**6, self.due_on or far, since, self.title)


@dataclass(frozen=True)
class Card:
    """A card on the back-office home: a title and links, or a template of the app's own."""

    title: str
    links: tuple[tuple[str, str], ...] = ()  # (label, url)
    order: int = 100
    note: str = ""
    template: str = ""  # rendered inside the card instead of the links; it reads `card.context`
    context: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Panel:
    """A section another app adds to a record's page (a release under review): a template and what it reads.

    The template reads `panel.context`; `anchor` is the section's id, for links to it.
    """

    title: str
    template: str
    anchor: str
    context: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    order: int = 100


@dataclass(frozen=True)
class NavEntry:
    """A link in the signed-in navigation, shown to those who hold `permission` (any member if empty)."""

    label: str
    url_name: str
    order: int = 100
    permission: str = ""


class Registry:
    """An ordered set of contributions; `register` also works as a decorator."""

    def __init__(self, name: str):
        self.name = name
        self._entries: list[tuple[int, Any]] = []

    def register(self, entry=None, *, order: int | None = None):
        if entry is None:
            return lambda func: self.register(func, order=order)
        if all(existing is not entry and existing != entry for _order, existing in self._entries):
            rank = order if order is not None else getattr(entry, "order", 100)
            self._entries.append((rank, entry))
            self._entries.sort(key=lambda pair: pair[0])  # stable: equal ranks keep their registration order
        return entry

    def unregister(self, entry) -> None:
        self._entries = [(rank, existing) for rank, existing in self._entries if existing is not entry]

    def __iter__(self) -> Iterator:
        return iter([entry for _rank, entry in self._entries])

    def __len__(self) -> int:
        return len(self._entries)


class NamedRegistry(Registry):
    """Contributions under a unique name (a sitemap section, a search kind); the first name wins."""

    def register(self, name: str, entry=None, *, order: int | None = None):  # type: ignore[override]
        if entry is None:
            return lambda value: self.register(name, value, order=order)
        if name not in dict(self.items()):
            super().register((name, entry), order=order if order is not None else getattr(entry, "order", 100))
        return entry

    def unregister(self, name: str) -> None:  # type: ignore[override]
        self._entries = [(rank, pair) for rank, pair in self._entries if pair[0] != name]

    def items(self) -> list[tuple[str, Any]]:
        return list(super().__iter__())


@dataclass(frozen=True)
class SearchKind:
    """A kind of document in the search index (`sinergi.core.search`) and how to rebuild it."""

    label: str
    reindex: Callable[[], int]  # puts every document of the kind back in the index; returns how many


InboxProvider = Callable[[Any, Any], Iterable[InboxItem]]  # (member, forum)
CardProvider = Callable[[Any, Any], "Card | None"]  # (request, forum)

inbox = Registry("inbox providers")
cards = Registry("workspace cards")
navigation = Registry("navigation entries")
demo_loaders = Registry("demo loaders")  # (forum) -> None, run in order after the demo forum exists
sitemaps = NamedRegistry("sitemaps")  # section name -> Sitemap class
search_kinds = NamedRegistry("search kinds")  # kind -> SearchKind
robots_closed = Registry("paths closed to crawlers")  # a path, or a callable returning one
review_panels = Registry("panels on a release's page")  # (request, release) -> Panel | None
editor_panels = Registry("panels beside a release's editor")  # (request, release or None) -> Panel | None
references = Registry("public records that link to a page")  # (forum, paths) -> iterable of Reference
api_routes = NamedRegistry("API routes")  # URL prefix under /api/ -> (REST framework viewset, basename)


@dataclass(frozen=True)
class Reference:
    """A public record that links to a page (a release quoting a dataset, a DIP row naming it)."""

    kind: str
    title: str
    url: str


MAX_REFERENCES = 20


def references_to(forum, paths: list[str]) -> list[Reference]:
    """What the registered apps' public records link to any of `paths` (site-relative addresses)."""
    found: list[Reference] = []
    for provider in references:
        found.extend(provider(forum, paths))
    return found[:MAX_REFERENCES]


def panels_for(request, record, registry: Registry = review_panels) -> list[Panel]:
    """The panels the registered apps add to `record`'s page (or its editor) for this request, in order."""
    found = [panel for panel in (provider(request, record) for provider in registry) if panel is not None]
    return sorted(found, key=lambda panel: panel.order)
