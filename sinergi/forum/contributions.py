"""What the forum brings to the house: the cards of the channel, agencies, directory and account; navigation."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from sinergi.core import contributions
from sinergi.core.contributions import Card, NavEntry
from sinergi.core.notifications import register_kind
from sinergi.core.permissions import allowed
from sinergi.forum.announcements import unread_count
from sinergi.forum.api import AgencyViewSet, MemberViewSet
from sinergi.forum.channel_demo import load_demo_channel


def channel_card(request, forum) -> Card | None:
    if forum is None or not allowed("forum.view_channel", request.user, forum):
        return None
    unread = unread_count(forum, request.user)
    note = ngettext("%(count)d unread", "%(count)d unread", unread) % {"count": unread} if unread else ""
    return Card(_("Forum channel"), ((_("Announcements"), reverse("channel:announcements")),
                                     (_("Discussions"), reverse("channel:home"))), order=20, note=note)  # fmt: skip


def agencies_card(request, forum) -> Card:
    user = request.user
    return Card(_("Your agencies"), order=50, template="forum/workspace/agencies_card.html", context={
        "my_agencies": user.agencies().filter(forum=forum) if forum else [],
        "my_forum_roles": user.forum_roles.filter(forum=forum) if forum else [],
    })  # fmt: skip


def directory_card(request, forum) -> Card | None:
    if not allowed("forum.view_directory", request.user, forum):
        return None
    links = [(_("Agencies"), reverse("forum:directory")), (_("Members"), reverse("forum:member_list"))]
    if allowed("forum.manage_members", request.user, forum):
        links += [(_("Invite a member"), reverse("forum:member_invite")),
                  (_("Import from a spreadsheet"), reverse("forum:import_upload")),
                  (_("Forum details"), reverse("forum:forum_edit"))]  # fmt: skip
    return Card(_("Directory"), tuple(links), order=60)


def account_card(request, forum) -> Card:
    return Card(_("Your account"), ((_("Change password"), reverse("account:password_change")),
                                    (_("API token"), reverse("account:api_token")),
                                    (_("Two-step sign-in"), reverse("account:two_factor")),
                                    (_("Notifications"), reverse("account:notifications"))), order=90)  # fmt: skip


def register() -> None:
    for card in (channel_card, agencies_card, directory_card, account_card):
        contributions.cards.register(card)
    contributions.navigation.register(NavEntry(gettext_lazy("Channel"), "channel:home", order=40))
    contributions.navigation.register(NavEntry(gettext_lazy("Directory"), "forum:directory", order=50))
    contributions.navigation.register(NavEntry(gettext_lazy("Members"), "forum:member_list", order=60))
    contributions.demo_loaders.register(load_demo_channel, order=40)
    contributions.api_routes.register("agencies", (AgencyViewSet, "agency"), order=10)
    contributions.api_routes.register("members", (MemberViewSet, "member"), order=20)
    register_kind("forum.announcement", gettext_lazy("Announcements from the moderators"))
    register_kind("forum.mention", gettext_lazy("Someone mentions me in a discussion"))
