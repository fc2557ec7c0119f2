"""What meetings bring to the house: inbox items, the workspace card, navigation, the agenda's sitemap, demo."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sinergi.core import contributions
from sinergi.core.contributions import Card, NavEntry
from sinergi.core.notifications import register_kind
from sinergi.core.permissions import allowed
from sinergi.meetings import inbox
from sinergi.meetings.actions import answered_for_by
from sinergi.meetings.demo import load_demo_meetings
from sinergi.meetings.invitations import meetings_for
from sinergi.meetings.sitemaps import AgendaSitemap


def meetings_card(request, forum) -> Card | None:
    """The member's next meetings and the follow-up actions they answer for."""
    user = request.user
    if forum is None or not allowed("meetings.view", user, forum):
        return None
    return Card(_("Meetings"), order=30, template="meetings/workspace/card.html", context={
        "my_meetings": meetings_for(user, forum).upcoming()[:3],
        "my_actions": answered_for_by(user, forum).unfinished().select_related("agency")[:5],
        "today": timezone.localdate(),
    })  # fmt: skip


def register() -> None:
    for provider in (inbox.minutes_to_approve, inbox.minutes_sent_back, inbox.meetings_to_answer, inbox.actions_due):
        contributions.inbox.register(provider)
    contributions.cards.register(meetings_card)
    contributions.navigation.register(NavEntry(gettext_lazy("Meetings"), "meetings:list", order=30))
    contributions.sitemaps.register("agenda", AgendaSitemap, order=50)
    contributions.demo_loaders.register(load_demo_meetings, order=30)
    register_kind("meetings.invitation", gettext_lazy("Meeting invitations, changes and cancellations"))
    register_kind("meetings.reminder", gettext_lazy("Meeting reminders, the day before"))
    register_kind("meetings.minutes", gettext_lazy("Minutes to approve, approved, or sent back to me"))
    register_kind("meetings.action", gettext_lazy("Follow-up actions: new, due soon or overdue"))
