"""Who may see and handle information requests. Requesters' personal data is for the PPIDs
handling the request and the atasan PPID only (UU 27/2022)."""

from __future__ import annotations

import rules
from django.db.models import Q

from sinergi.forum.models import AgencyRoleKind, ForumRoleKind
from sinergi.forum.rules import is_active_member
from sinergi.ppid import bodies
from sinergi.ppid.models import PublicBody


def _forum_role(user, forum, *roles) -> bool:
    return is_active_member(user) and forum is not None and user.has_forum_role(forum, *roles)


@rules.predicate
def works_as_ppid(user, forum) -> bool:
    """PPID utama, atasan PPID, a public body's PPID or atasan, or a PPID pelaksana of an agency in the forum."""
    return _forum_role(user, forum, ForumRoleKind.PPID_UTAMA, ForumRoleKind.ATASAN_PPID) or (
        is_active_member(user)
        and (user.agency_roles.filter(role=AgencyRoleKind.PPID_PELAKSANA, agency__forum=forum).exists()
             or PublicBody.objects.filter(forum=forum).filter(Q(ppid_head=user) | Q(atasan=user)).exists())
    )  # fmt: skip


@rules.predicate
def coordinates(user, item) -> bool:
    """The PPID of the public body the request was made to (for the main body: the PPID utama)."""
    return is_active_member(user) and bodies.is_head_of(user, item.public_body)


@rules.predicate
def oversees(user, item) -> bool:
    """The atasan PPID of the request's public body: a Kejari's objection is decided by the Kejari's atasan."""
    return is_active_member(user) and bodies.is_atasan_of(user, item.public_body)


@rules.predicate
def holds(user, item) -> bool:
    """The PPID pelaksana of the agency the request is with."""
    return (
        item.agency_id is not None
        and is_active_member(user)
        and user.has_agency_role(item.agency, AgencyRoleKind.PPID_PELAKSANA)
    )


@rules.predicate
def keeps_registers_of(user, agency) -> bool:
    """The agency's PPID pelaksana, or the PPID of the public body the agency is a unit of."""
    return is_active_member(user) and (user.has_agency_role(agency, AgencyRoleKind.PPID_PELAKSANA)
                                       or bodies.is_head_of(user, PublicBody.objects.of_agency(agency)))  # fmt: skip


@rules.predicate
def heads_body(user, body) -> bool:
    """The body's PPID (for the forum's main body, the PPID utama): keeps its charter and annual report."""
    return is_active_member(user) and bodies.is_head_of(user, body)


rules.add_rule("ppid.view_requests", works_as_ppid)
rules.add_rule("ppid.register_request", works_as_ppid)  # the service desk
rules.add_rule("ppid.keep_register", keeps_registers_of)


@rules.predicate
def is_ppid_utama(user, forum) -> bool:
    return _forum_role(user, forum, ForumRoleKind.PPID_UTAMA)


rules.add_rule("ppid.change_charter", heads_body)


@rules.predicate
def manages_public_bodies(user, forum) -> bool:
    """The forum's PPID utama or a moderator: adds bodies, names who acts for each and assigns units."""
    return _forum_role(user, forum, ForumRoleKind.PPID_UTAMA, ForumRoleKind.MODERATOR)


@rules.predicate
def manages_bodies_of(user, body) -> bool:
    return manages_public_bodies(user, body.forum)


rules.add_rule("ppid.manage_public_bodies", manages_public_bodies)
# A body's own PPID keeps its letterhead, numbering and signatories' details.
rules.add_rule("ppid.change_public_body", heads_body | manages_bodies_of)
rules.add_rule("ppid.view_request", coordinates | holds | oversees)
rules.add_rule("ppid.route_request", coordinates)
rules.add_rule("ppid.forward_request", coordinates | holds)
rules.add_rule("ppid.answer_request", coordinates | holds)
rules.add_rule("ppid.check_public_subject", coordinates | holds)
rules.add_rule("ppid.decide_objection", oversees)


@rules.predicate
def objected_to(user, item) -> bool:
    return hasattr(item, "objection")


# The atasan PPID sees who the requester is only once there is an objection to decide.
rules.add_rule("ppid.view_identity", coordinates | holds | (oversees & objected_to))
rules.add_rule("ppid.record_dispute", coordinates | holds | oversees)
