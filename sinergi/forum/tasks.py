"""Background work of the directory and the forum's channel, run by the task queue."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils import timezone
from django_tasks import task
from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from sinergi.core.mail import send_templated
from sinergi.forum.models import Invitation, Member


@task()
def send_invitation(invitation_id: int) -> str:
    """E-mail an invitation with its sign-up link, once: "sent", "retrying", "failed" or "skipped"."""
    from sinergi.forum.invitations import invitation_url  # a cycle: invitations enqueues this task

    invitation = Invitation.objects.select_related("member", "forum", "invited_by").filter(pk=invitation_id).first()
    if invitation is None or invitation.sent_at is not None or invitation.accepted_at is not None:
        return "skipped"
    # Claimed before sending, with a conditional update, so two workers racing on a retry send one copy.
    if not Invitation.objects.filter(pk=invitation.pk, sent_at__isnull=True).update(sent_at=timezone.now()):
        return "skipped"
    context = {"invitation": invitation, "url": invitation_url(invitation.member),
               "days": settings.INVITATION_TIMEOUT_DAYS}  # fmt: skip
    try:
        # No kind: the person is not a member yet, and has no settings to follow.
        outcome = send_templated("forum/email/invitation", context, invitation.member, forum=invitation.forum)
    except Exception:  # a bug, not an outage: leave it unsent, to be sent again
        Invitation.objects.filter(pk=invitation.pk).update(sent_at=None)
        raise
    # "sent": delivered; "retrying": kept and queued, it will go without this task (sent_at stays, so it
    # is never sent twice); "failed": refused for good (no such mailbox), so it stays unsent and can be
    # sent again once the address is corrected.
    if outcome == "failed":
        Invitation.objects.filter(pk=invitation.pk).update(sent_at=None)
    return outcome


@task()
def send_announcement(announcement_id: int) -> int:
    """E-mail an announcement to its recipients; returns how many copies went out this time."""
    from sinergi.forum import announcements  # a cycle: announcements enqueues this task

    return announcements.deliver(announcement_id)


@task()
def notify_mention(mention_id: int) -> str:
    """Tell a member they were mentioned in a discussion. Safe twice: sent once."""
    from sinergi.forum import mentions  # a cycle: mentions enqueues this task

    return mentions.notify(mention_id)


@task()
def send_digest(member_id: int, week: str) -> str:
    """Send one member the digest of the week starting on `week` (ISO date), unless already sent."""
    member = Member.objects.filter(pk=member_id).first()
    if member is None:
        return "skipped"
    from sinergi.forum import digest  # a cycle: digest enqueues this task

    return digest.send(member, dt.date.fromisoformat(week))


# huey's crontab reads UTC: Monday 00:00 UTC is Monday 07:00 in Jakarta (WIB).
@db_periodic_task(crontab(day_of_week="1", hour="0", minute="0"))
def weekly_digest() -> None:
    """Every Monday morning: queue each member's digest of the week before."""
    from sinergi.forum import digest  # a cycle: digest enqueues this task

    digest.send_all()
