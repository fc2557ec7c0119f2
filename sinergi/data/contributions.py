"""What Satu Data brings to the house: its inbox items, its card, its demo."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sinergi.core import contributions
from sinergi.core.contributions import Card, Panel, SearchKind
from sinergi.core.forums import current_forum
from sinergi.core.permissions import allowed
from sinergi.data import catalogue_search, inbox, indicators
from sinergi.data.demo import load_demo_data


def data_card(request, forum) -> Card | None:
    if forum is None or not allowed("data.view_office", request.user, forum):
        return None
    return Card(_("Satu Data"), ((_("Datasets"), reverse("data:office")), (_("Data catalogue"), reverse("data:catalogue"))),
                order=35)  # fmt: skip


def citation_panel(request, release) -> Panel | None:
    """Beside a release's editor: the published indicators' latest values, ready to quote with their link."""
    forum = current_forum(request)
    found = indicators.citations(forum) if forum else []
    if not found:
        return None
    return Panel(_("Cite a figure from Satu Data"), "data/_citation_panel.html", "kutip-data",
                 context={"citations": found}, order=50)  # fmt: skip


def register() -> None:
    contributions.editor_panels.register(citation_panel)
    contributions.search_kinds.register(catalogue_search.KIND, SearchKind(gettext_lazy("Datasets"),
                                                                          catalogue_search.reindex_all))  # fmt: skip
    contributions.demo_loaders.register(load_demo_data, order=45)
    contributions.inbox.register(inbox.datasets_waiting)
    contributions.cards.register(data_card)
