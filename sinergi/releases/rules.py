"""Who may do what with releases. The role is checked here; the state on the model."""

from __future__ import annotations

import rules

from sinergi.forum.models import AgencyRoleKind, ForumRoleKind
from sinergi.forum.rules import is_active_member, is_forum_moderator
from sinergi.releases.models.release import DRAFTING_ROLES, Status


def _has_agency_role(user, agency, *roles) -> bool:
    return is_active_member(user) and user.has_agency_role(agency, *roles)


@rules.predicate
def drafts_for_agency(user, agency) -> bool:
    return _has_agency_role(user, agency, *DRAFTING_ROLES)


@rules.predicate
def moderates(user, agency) -> bool:
    return is_forum_moderator(user, agency.forum)


@rules.predicate
def may_view(user, release) -> bool:
    return is_active_member(user) and (
        user.agency_roles.filter(agency=release.agency).exists() or is_forum_moderator(user, release.agency.forum)
    )


@rules.predicate
def heads_release_agency(user, release) -> bool:
    return _has_agency_role(user, release.agency, AgencyRoleKind.PEJABAT_HUMAS)


@rules.predicate
def drafts_release(user, release) -> bool:
    return _has_agency_role(user, release.agency, *DRAFTING_ROLES)


@rules.predicate
def moderates_release(user, release) -> bool:
    return is_forum_moderator(user, release.agency.forum)


@rules.predicate
def may_edit(user, release) -> bool:
    """Drafters while it is theirs, the PR head while it waits for them, moderators in review."""
    if release.status in (Status.DRAFT, Status.CHANGES_REQUESTED):
        return drafts_release(user, release) or moderates_release(user, release)
    if release.status == Status.SUBMITTED:
        return heads_release_agency(user, release) or moderates_release(user, release)
    if release.status == Status.IN_REVIEW:
        return moderates_release(user, release)
    return False


@rules.predicate
def guards_personal_data(user, release) -> bool:
    """Moderators, the PPID utama, and the agency's PPID pelaksana or PR head may override a finding."""
    return (
        moderates_release(user, release)
        or (is_active_member(user) and user.has_forum_role(release.agency.forum, ForumRoleKind.PPID_UTAMA))
        or _has_agency_role(user, release.agency, AgencyRoleKind.PPID_PELAKSANA, AgencyRoleKind.PEJABAT_HUMAS)
    )


@rules.predicate
def decides_openness(user, release) -> bool:
    """Opening exempt information is the PPID's call (or a moderator's), not the drafter's."""
    return (
        moderates_release(user, release)
        or (is_active_member(user) and user.has_forum_role(release.agency.forum, ForumRoleKind.PPID_UTAMA))
        or _has_agency_role(user, release.agency, AgencyRoleKind.PPID_PELAKSANA)
    )


rules.add_rule("releases.add_release", drafts_for_agency | moderates)
rules.add_rule("releases.view_release", may_view)
rules.add_rule("releases.change_release", may_edit)
rules.add_rule("releases.comment_release", may_view)
rules.add_rule("releases.submit_release", drafts_release | moderates_release)
rules.add_rule("releases.approve_for_agency", heads_release_agency)
rules.add_rule("releases.review_release", moderates_release)
rules.add_rule("releases.request_changes", heads_release_agency | moderates_release)
rules.add_rule("releases.publish_release", moderates_release | heads_release_agency)
rules.add_rule("releases.publish_at_once", moderates_release | heads_release_agency)
rules.add_rule("releases.correct_release", moderates_release | heads_release_agency)
rules.add_rule("releases.withdraw_release", moderates_release | heads_release_agency)
rules.add_rule("releases.override_pii", guards_personal_data)
rules.add_rule("releases.declassify", decides_openness)
rules.add_rule("releases.share_preview", may_view)
rules.add_rule("releases.manage_themes", is_forum_moderator)
