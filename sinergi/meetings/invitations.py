"""Who a meeting invites: whole agencies, roles, or people, worked out when asked."""

from __future__ import annotations

from django.db.models import Q

from sinergi.forum.models import AgencyRoleKind, ForumRoleKind, Member
from sinergi.meetings.models import Invitation, InviteeKind, Meeting

ROLE_CHOICES = [*AgencyRoleKind.choices, *ForumRoleKind.choices]


def _reach(invitation: Invitation, forum_id: int) -> Q:
    if invitation.kind == InviteeKind.AGENCY:
        return Q(agency_roles__agency_id=invitation.agency_id)
    if invitation.kind == InviteeKind.AGENCY_ROLE:
        return Q(agency_roles__role=invitation.role, agency_roles__agency__forum_id=forum_id)
    if invitation.kind == InviteeKind.FORUM_ROLE:
        return Q(forum_roles__role=invitation.role, forum_roles__forum_id=forum_id)
    return Q(pk=invitation.member_id)


def reached_by(invitation: Invitation):
    """Active members one invitation reaches."""
    query = _reach(invitation, (invitation.meeting or invitation.series).forum_id)
    return Member.objects.filter(query, is_active=True).distinct().order_by("full_name")


def invitees(meeting: Meeting, invitations=None):
    """Active members the meeting's invitations (or the ones given) reach, each once."""
    query = Q(pk__in=[])
    for invitation in meeting.invitations.all() if invitations is None else invitations:
        query |= _reach(invitation, meeting.forum_id if meeting else (invitation.meeting or invitation.series).forum_id)
    return Member.objects.filter(query, is_active=True).distinct().order_by("full_name")


def is_invited(meeting: Meeting, member) -> bool:
    return invitees(meeting).filter(pk=member.pk).exists()


def meetings_for(member, forum):
    """The meetings a member is invited to, organises or chairs: their own calendar."""
    own = Q(chair=member) | Q(rsvps__member=member) | Q(invitations__member=member) | Q(speakers__member=member)
    own |= Q(invitations__kind=InviteeKind.AGENCY, invitations__agency__member_roles__member=member)
    agency_roles = list(member.agency_roles.filter(agency__forum=forum).values_list("role", flat=True))
    forum_roles = list(member.forum_roles.filter(forum=forum).values_list("role", flat=True))
    own |= Q(invitations__kind=InviteeKind.AGENCY_ROLE, invitations__role__in=agency_roles)
    own |= Q(invitations__kind=InviteeKind.FORUM_ROLE, invitations__role__in=forum_roles)
    return Meeting.objects.filter(own, forum=forum).distinct()
