"""What amplification brings to the house: inbox items, its card, its navigation entry and its e-mail kind."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sinergi.core import contributions
from sinergi.core.contributions import Card
from sinergi.core.notifications import register_kind
from sinergi.core.permissions import allowed
from sinergi.dissemination import inbox
from sinergi.dissemination.clash_views import clash_panel
from sinergi.dissemination.demo import load_demo_dissemination


def amplification_card(request, forum) -> Card | None:
    if forum is None or not allowed("dissemination.view", request.user, forum):
        return None
    links = [(_("Content calendar"), reverse("dissemination:calendar")),
             (_("Amplification requests"), reverse("dissemination:list")),
             (_("Monthly table"), reverse("dissemination:monthly")),
             (_("Report by national theme"), reverse("dissemination:upward"))]  # fmt: skip
    if allowed("dissemination.ask", request.user, forum):
        links.insert(1, (_("Ask agencies to share"), reverse("dissemination:ask")))
    return Card(_("Dissemination"), tuple(links), order=25)


def register() -> None:
    contributions.inbox.register(inbox.releases_to_share)
    contributions.inbox.register(inbox.links_to_accept)
    contributions.cards.register(amplification_card)
    contributions.review_panels.register(clash_panel)
    contributions.demo_loaders.register(load_demo_dissemination, order=50)
    # A kit opened on a phone is reached by its signed link only. Short links stay open to crawlers: the
    # platforms' previewers follow them to draw the post's card (and are not counted as clicks).
    contributions.robots_closed.register(lambda: "/kit-ponsel/")
    contributions.robots_closed.register(lambda: "/kalender-konten/")
    register_kind("dissemination.amplification", gettext_lazy("A request to share a release on our accounts"))
