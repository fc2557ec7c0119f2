"""Who may do what in the directory. Views call `require()` with these rule names."""

from __future__ import annotations

import rules

from sinergi.forum.models import AgencyRoleKind, ForumRoleKind


@rules.predicate
def is_active_member(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


@rules.predicate
def is_forum_member(user, forum) -> bool:
    if not is_active_member(user) or forum is None:
        return False
    return user.forum_roles.filter(forum=forum).exists() or user.agency_roles.filter(agency__forum=forum).exists()


@rules.predicate
def is_forum_moderator(user, forum) -> bool:
    return is_active_member(user) and forum is not None and user.has_forum_role(forum, ForumRoleKind.MODERATOR)


@rules.predicate
def moderates_agency_forum(user, agency) -> bool:
    return is_forum_moderator(user, agency.forum)


@rules.predicate
def is_agency_pejabat_humas(user, agency) -> bool:
    return is_active_member(user) and user.has_agency_role(agency, AgencyRoleKind.PEJABAT_HUMAS)


@rules.predicate
def is_agency_member(user, agency) -> bool:
    return is_active_member(user) and user.agency_roles.filter(agency=agency).exists()


@rules.predicate
def can_see_agency_forum(user, agency) -> bool:
    return is_forum_member(user, agency.forum)


rules.add_rule("forum.view_directory", is_forum_member)
rules.add_rule("forum.view_agency", can_see_agency_forum)
rules.add_rule("forum.add_agency", is_forum_moderator)
rules.add_rule("forum.change_agency", moderates_agency_forum | is_agency_pejabat_humas)
rules.add_rule("forum.manage_members", is_forum_moderator)
rules.add_rule("forum.import_directory", is_forum_moderator)
rules.add_rule("forum.export_directory", is_forum_moderator)
rules.add_rule("forum.change_forum", is_forum_moderator)
rules.add_rule("core.view_audit", is_forum_moderator)
