"""Who may ask agencies to share, report their posts, and accept a link that failed the check."""

from __future__ import annotations

import rules

from sinergi.forum.models import AgencyRoleKind, ForumRoleKind
from sinergi.forum.rules import is_active_member, is_forum_member, is_forum_moderator


@rules.predicate
def asks_for_amplification(user, forum) -> bool:
    """A moderator, or a pejabat humas of one of the forum's agencies."""
    return is_active_member(user) and forum is not None and (
        user.has_forum_role(forum, ForumRoleKind.MODERATOR)
        or user.agency_roles.filter(agency__forum=forum, role=AgencyRoleKind.PEJABAT_HUMAS).exists()
    )


@rules.predicate
def posts_for(user, target) -> bool:
    """The agency's social-media admin or its pejabat humas."""
    return is_active_member(user) and user.has_agency_role(target.agency, AgencyRoleKind.ADMIN_MEDSOS,
                                                            AgencyRoleKind.PEJABAT_HUMAS)  # fmt: skip


@rules.predicate
def words_the_kit(user, release) -> bool:
    """The release's own agency's PR people, or a moderator: they write what every agency will post."""
    return is_active_member(user) and (
        user.has_forum_role(release.agency.forum, ForumRoleKind.MODERATOR)
        or user.has_agency_role(release.agency, AgencyRoleKind.PEJABAT_HUMAS, AgencyRoleKind.ADMIN_MEDSOS,
                                AgencyRoleKind.PRANATA_HUMAS)
    )  # fmt: skip


rules.add_rule("dissemination.view", is_forum_member)
rules.add_rule("dissemination.edit_kit", words_the_kit)
rules.add_rule("dissemination.ask", asks_for_amplification)
rules.add_rule("dissemination.report", posts_for)
rules.add_rule("dissemination.accept_link", is_forum_moderator)
rules.add_rule("dissemination.edit_observances", is_forum_moderator)
