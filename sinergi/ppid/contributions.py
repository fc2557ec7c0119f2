"""What the PPID office brings to the house: inbox items, its card, its public pages, the demo."""

from __future__ import annotations

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sinergi.core import contributions
from sinergi.core.classification import KipClass
from sinergi.core.contributions import Card, Reference
from sinergi.core.notifications import register_kind
from sinergi.core.permissions import allowed
from sinergi.ppid import inbox
from sinergi.ppid.demo import load_demo_ppid
from sinergi.ppid.models import DipEntry
from sinergi.ppid.sitemaps import PpidSitemap


def ppid_card(request, forum) -> Card | None:
    if forum is None or not allowed("ppid.view_requests", request.user, forum):
        return None
    return Card(_("PPID"), ((_("Information requests"), reverse("ppid_office:list")),
                            (_("Objections"), reverse("ppid_office:objections")),
                            (_("DIP and DIK"), reverse("ppid_registers:list")),
                            (_("Annual report"), reverse("ppid_annual_report:show")),
                            (_("Public bodies"), reverse("ppid_bodies:list"))), order=40)  # fmt: skip


def dip_rows_naming(forum, paths: list[str]) -> list[Reference]:
    """Rows of the public DIP whose address points at one of the paths (a dataset the PPID lists)."""
    if not paths:
        return []
    naming = Q()
    for path in paths[:20]:
        naming |= Q(url__endswith=path)
    rows = DipEntry.objects.filter(naming, agency__forum=forum).exclude(kip_class=KipClass.DIKECUALIKAN)
    return [Reference(_("Daftar Informasi Publik"), row.summary[:200], reverse("public_dip")) for row in rows[:10]]


def register() -> None:
    contributions.references.register(dip_rows_naming)
    for provider in (inbox.requests_waiting, inbox.notices_not_received, inbox.objections_to_decide):
        contributions.inbox.register(provider)
    contributions.cards.register(ppid_card)
    contributions.sitemaps.register("ppid", PpidSitemap, order=40)
    # A requester's private tracking page is never for crawlers (its address is the capability).
    contributions.robots_closed.register(lambda: reverse("ppid:request") + "lacak/")
    contributions.demo_loaders.register(load_demo_ppid, order=20)
    # Requesters are e-mailed with no kind at all: no setting can stop their receipt or notice.
    register_kind("ppid.request_routed", gettext_lazy("A request routed to my agency"))
    register_kind("ppid.objection_filed", gettext_lazy("A new objection to decide"))
    register_kind("ppid.overview", gettext_lazy("The PPID's daily overview of deadlines"))
    register_kind("ppid.escalation", gettext_lazy("A request past its legal deadline (to the PPID utama)"), required=True,
                  reason=gettext_lazy("The law sets the deadline (UU 14/2008 Pasal 22), and the PPID utama must act "
                           "on a late request at once."))  # fmt: skip
