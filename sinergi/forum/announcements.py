"""Announcements: who a moderator's message reaches, its e-mail, and what each member has read."""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sinergi.core.mail import send_templated
from sinergi.core.tasks import enqueue_or_defer
from sinergi.forum.models import (
    AgencyRole,
    AgencyRoleKind,
    Announcement,
    AnnouncementReceipt,
    Forum,
    ForumRole,
    ForumRoleKind,
    Member,
)
from sinergi.forum.tasks import send_announcement

# Role codes as the form offers them: "forum:moderator", "agency:admin_medsos".
FORUM, AGENCY = "forum", "agency"

log = logging.getLogger(__name__)


def audience_choices() -> list:
    """The roles an announcement can be addressed to, grouped as the forum knows them."""
    return [
        (_("Forum roles"), [(f"{FORUM}:{value}", label) for value, label in ForumRoleKind.choices]),
        (_("Agency roles"), [(f"{AGENCY}:{value}", label) for value, label in AgencyRoleKind.choices]),
    ]


def split_audience(codes: list[str]) -> tuple[list[str], list[str]]:
    """("forum:moderator", "agency:admin_medsos") -> (["moderator"], ["admin_medsos"]); unknown codes dropped."""
    forum_roles = [c.split(":", 1)[1] for c in codes if c.startswith(f"{FORUM}:")]
    agency_roles = [c.split(":", 1)[1] for c in codes if c.startswith(f"{AGENCY}:")]
    return (
        [r for r in forum_roles if r in ForumRoleKind.values],
        [r for r in agency_roles if r in AgencyRoleKind.values],
    )


def recipients(forum: Forum, forum_roles: list[str], agency_roles: list[str]) -> models.QuerySet[Member]:
    """Active members holding one of the roles in this forum; with no roles named, every active member."""
    held_in_forum = ForumRole.objects.filter(forum=forum)
    held_in_agencies = AgencyRole.objects.filter(agency__forum=forum)
    if forum_roles or agency_roles:
        held_in_forum = held_in_forum.filter(role__in=forum_roles)
        held_in_agencies = held_in_agencies.filter(role__in=agency_roles)
    return Member.objects.filter(is_active=True).filter(
        models.Q(pk__in=held_in_forum.values("member")) | models.Q(pk__in=held_in_agencies.values("member"))
    )


def publish(forum: Forum, by: Member, title: str, body: str, audience: list[str]) -> Announcement:
    """Record the announcement, a receipt for each recipient, and queue the e-mails for after commit."""
    forum_roles, agency_roles = split_audience(audience)
    with transaction.atomic():
        announcement = Announcement.objects.create(
            forum=forum, title=title, body=body, forum_roles=forum_roles, agency_roles=agency_roles, created_by=by
        )
        now = timezone.now()
        AnnouncementReceipt.objects.bulk_create(
            AnnouncementReceipt(
                announcement=announcement,
                member_id=pk,
                # The author has read what they wrote and needs no copy of it.
                read_at=now if pk == by.pk else None,
            )
            for pk in recipients(forum, forum_roles, agency_roles).values_list("pk", flat=True)
        )
        enqueue_or_defer(send_announcement, announcement.pk)
    return announcement


def deliver(announcement_id: int) -> int:
    """E-mail every recipient not e-mailed yet. Safe twice: each receipt is claimed before sending."""
    announcement = Announcement.objects.select_related("forum", "created_by").filter(pk=announcement_id).first()
    if announcement is None:
        return 0
    waiting = announcement.receipts.filter(emailed_at__isnull=True, member__is_active=True).select_related("member")
    if announcement.created_by_id:
        waiting = waiting.exclude(member_id=announcement.created_by_id)
    context = {"announcement": announcement, "url": settings.SITE_URL + announcement.get_absolute_url()}
    sent = 0
    for receipt in waiting:
        # A conditional update, so two workers racing on a retry send one copy. The claim stays when the
        # member chose the daily summary or the inbox: their copy was dealt with as they wished.
        claimed = AnnouncementReceipt.objects.filter(pk=receipt.pk, emailed_at__isnull=True).update(
            emailed_at=timezone.now()
        )
        if not claimed:
            continue
        try:
            outcome = send_templated("forum/channel/email/announcement", context, receipt.member,
                                     forum=announcement.forum, kind="forum.announcement")  # fmt: skip
        except Exception:  # not an outage (those are retried): release the claim, go on with the others
            AnnouncementReceipt.objects.filter(pk=receipt.pk).update(emailed_at=None)
            log.exception("Announcement %s could not be e-mailed to member %s", announcement.pk, receipt.member_id)
            continue
        sent += outcome == "sent"
    return sent


def for_member(forum: Forum, member: Member, *, everything: bool = False) -> models.QuerySet[Announcement]:
    """The forum's announcements addressed to the member (all of them with `everything`), each with `unread`."""
    announcements = Announcement.objects.filter(forum=forum)
    if not everything:
        announcements = announcements.filter(receipts__member=member)
    unread = AnnouncementReceipt.objects.filter(announcement=models.OuterRef("pk"), member=member, read_at__isnull=True)
    return announcements.annotate(unread=models.Exists(unread)).select_related("created_by")


def unread_count(forum: Forum, member: Member) -> int:
    return AnnouncementReceipt.objects.filter(announcement__forum=forum, member=member, read_at__isnull=True).count()


def mark_read(announcement: Announcement, member: Member) -> None:
    announcement.receipts.filter(member=member, read_at__isnull=True).update(read_at=timezone.now())


def mark_all_read(forum: Forum, member: Member) -> int:
    return AnnouncementReceipt.objects.filter(announcement__forum=forum, member=member, read_at__isnull=True).update(
        read_at=timezone.now()
    )


def reach(announcement: Announcement) -> dict[str, int]:
    """How many it reached and how many have read it, for the moderators."""
    receipts = announcement.receipts.all()
    return {"reached": receipts.count(), "read": receipts.filter(read_at__isnull=False).count()}
