"""Who may do what with meetings, minutes and follow-up actions. Views call `require()` with these names.

The moderators are the forum's secretariat: they convene meetings, keep attendance and write
minutes. The head of PR (pejabat humas) of an organising agency may run its meetings too. The
chair approves the minutes. A follow-up action is reported on by its responsible person, the
responsible agency's head of PR, or the secretariat.
"""

from __future__ import annotations

import rules

from sinergi.forum.models import AgencyRoleKind
from sinergi.forum.rules import is_active_member, is_forum_member, is_forum_moderator


@rules.predicate
def member_of_meeting_forum(user, meeting) -> bool:
    return is_forum_member(user, meeting.forum)


@rules.predicate
def runs_meeting(user, meeting) -> bool:
    """The secretariat, or the head of PR of one of the organising agencies."""
    if is_forum_moderator(user, meeting.forum):
        return True
    return (
        is_active_member(user)
        and user.agency_roles.filter(role=AgencyRoleKind.PEJABAT_HUMAS, agency__in=meeting.organisers.all()).exists()
    )


@rules.predicate
def chairs(user, meeting) -> bool:
    return is_active_member(user) and meeting.chair_id == user.pk


@rules.predicate
def answers_for_action(user, action) -> bool:
    if is_forum_moderator(user, action.forum):
        return True
    return is_active_member(user) and (
        action.person_id == user.pk or user.has_agency_role(action.agency, AgencyRoleKind.PEJABAT_HUMAS)
    )


@rules.predicate
def member_of_action_forum(user, action) -> bool:
    return is_forum_member(user, action.forum)


rules.add_rule("meetings.view", is_forum_member)  # object: the forum
rules.add_rule("meetings.convene", is_forum_moderator)  # object: the forum
rules.add_rule("meetings.view_meeting", member_of_meeting_forum)
rules.add_rule("meetings.run_meeting", runs_meeting)  # edit, invite, check people in, upload materials
rules.add_rule("meetings.write_minutes", runs_meeting)
rules.add_rule("meetings.approve_minutes", chairs)
rules.add_rule("meetings.raise_action", runs_meeting)
rules.add_rule("meetings.view_action", member_of_action_forum)
rules.add_rule("meetings.report_on_action", answers_for_action)
