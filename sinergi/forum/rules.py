"""Who may do what in the directory. Views call `require()` with these rule names."""

from __future__ import annotations

import rules

from sinergi.forum.models import AgencyRoleKind, ForumRole, ForumRoleKind


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


@rules.predicate
def may_manage_member(user, member) -> bool:
    """A moderator manages a person only if every forum the person is in is one they moderate.

    Staff and superusers, and people who also belong to another forum, are managed elsewhere:
    otherwise a moderator could take over an account by importing or editing its e-mail.
    """
    if not is_active_member(user) or member.is_staff or member.is_superuser:
        return False
    forums = member.forum_ids()
    if not forums:
        return False
    moderated = set(
        ForumRole.objects.filter(member=user, role=ForumRoleKind.MODERATOR, forum_id__in=forums).values_list(
            "forum_id", flat=True
        )
    )
    return forums <= moderated


rules.add_rule("forum.view_directory", is_forum_member)
rules.add_rule("forum.view_agency", can_see_agency_forum)
rules.add_rule("forum.add_agency", is_forum_moderator)
rules.add_rule("forum.change_agency", moderates_agency_forum | is_agency_pejabat_humas)
rules.add_rule("forum.manage_members", is_forum_moderator)
rules.add_rule("forum.manage_member", may_manage_member)
rules.add_rule("forum.import_directory", is_forum_moderator)
rules.add_rule("forum.export_directory", is_forum_moderator)
rules.add_rule("forum.change_forum", is_forum_moderator)
rules.add_rule("core.view_audit", is_forum_moderator)


# --- The forum's channel: announcements and discussions -----------------------------------


@rules.predicate
def may_edit_post(user, post) -> bool:
    """Authors correct their own thread or reply for a short while, and only while it is open."""
    return (
        is_forum_member(user, post.forum)
        and post.author_id == user.pk
        and post.within_edit_window()
        and not post.thread.is_closed
    )


rules.add_rule("forum.view_channel", is_forum_member)
rules.add_rule("forum.announce", is_forum_moderator)
rules.add_rule("forum.start_thread", is_forum_member)
rules.add_rule("forum.reply", is_forum_member)
rules.add_rule("forum.moderate_threads", is_forum_moderator)
rules.add_rule("forum.edit_post", may_edit_post)
