"""Who acts for which public body: the PPID who heads it and the atasan who decides its objections.

A body names its own PPID and atasan; the forum's main body (its regional government) is also headed
by whoever holds the forum's PPID utama role and overseen by whoever holds its atasan role.
"""

from __future__ import annotations

from django.db.models import Q

from sinergi.forum.models import ForumRoleKind, Member
from sinergi.ppid.models import PublicBody


def headed_by(member, forum):
    """The public bodies whose requests `member` answers for as their PPID."""
    mine = Q(ppid_head=member)
    if member.has_forum_role(forum, ForumRoleKind.PPID_UTAMA):
        mine |= Q(is_main=True)
    return PublicBody.objects.filter(mine, forum=forum)


def overseen_by(member, forum):
    """The public bodies whose objections `member` decides as their atasan PPID."""
    mine = Q(atasan=member)
    if member.has_forum_role(forum, ForumRoleKind.ATASAN_PPID):
        mine |= Q(is_main=True)
    return PublicBody.objects.filter(mine, forum=forum)


def is_head_of(member, body: PublicBody | None) -> bool:
    """Whether `member` acts as the body's PPID (what `headed_by` lists, for one body)."""
    return body is not None and (body.ppid_head_id == member.pk or
                                 (body.is_main and member.has_forum_role(body.forum, ForumRoleKind.PPID_UTAMA)))  # fmt: skip


def is_atasan_of(member, body: PublicBody | None) -> bool:
    """Whether `member` decides the body's objections (what `overseen_by` lists, for one body)."""
    return body is not None and (body.atasan_id == member.pk or
                                 (body.is_main and member.has_forum_role(body.forum, ForumRoleKind.ATASAN_PPID)))  # fmt: skip


def _people(body: PublicBody, field: str, role: str):
    if body is None:
        return Member.objects.none()
    mine = Q(pk=getattr(body, f"{field}_id")) if getattr(body, f"{field}_id") else Q(pk__in=[])
    if body.is_main:
        mine |= Q(forum_roles__forum=body.forum_id, forum_roles__role=role)
    return Member.objects.filter(mine, is_active=True).distinct().order_by("pk")


def heads_of(body: PublicBody):
    """The members who act as the body's PPID."""
    return _people(body, "ppid_head", ForumRoleKind.PPID_UTAMA)


def atasan_of(body: PublicBody):
    """The members who decide the body's objections."""
    return _people(body, "atasan", ForumRoleKind.ATASAN_PPID)
