"""Background work of the directory and the forum's channel, run by the task queue."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task
from huey import crontab
from huey.contrib.djhuey import db_periodic_task


@task()
def send_invitation(invitation_id: int) -> str:
    """E-mail an invitation with its sign-up link. Safe to run twice: a sent one is not re-sent."""
    from sinergi.forum.invitations import invitation_url
    from sinergi.forum.models import Invitation

    invitation = Invitation.objects.select_related("member", "forum", "invited_by").filter(pk=invitation_id).first()
    if invitation is None or invitation.sent_at is not None or invitation.accepted_at is not None:
        return "skipped"
    context = {
        "invitation": invitation,
        "url": invitation_url(invitation.member),
        "days": settings.INVITATION_TIMEOUT_DAYS,
    }
    with translation.override("id"):
        subject = render_to_string("forum/email/invitation_subject.txt", context).strip()
        body = render_to_string("forum/email/invitation.txt", context)
    send_mail(subject, body, None, [invitation.member.email])
    # A conditional update, so two workers racing on a retry record one sending.
    Invitation.objects.filter(pk=invitation.pk, sent_at__isnull=True).update(sent_at=timezone.now())
    return "sent"


@task()
def send_announcement(announcement_id: int) -> int:
    """E-mail an announcement to its recipients; returns how many copies went out this time."""
    from sinergi.forum.announcements import deliver

    return deliver(announcement_id)


@task()
def notify_mention(mention_id: int) -> str:
    """Tell a member they were mentioned in a discussion. Safe twice: sent once."""
    from sinergi.forum.mentions import notify

    return notify(mention_id)


@task()
def send_digest(member_id: int, week: str) -> str:
    """Send one member the digest of the week starting on `week` (ISO date), unless already sent."""
    import datetime as dt

    from sinergi.forum.digest import send
    from sinergi.forum.models import Member

    member = Member.objects.filter(pk=member_id).first()
    if member is None:
        return "skipped"
    return send(member, dt.date.fromisoformat(week))


# huey's crontab reads UTC: Monday 00:00 UTC is Monday 07:00 in Jakarta (WIB).
@db_periodic_task(crontab(day_of_week="1", hour="0", minute="0"))
def weekly_digest() -> None:
    """Every Monday morning: queue each member's digest of the week before."""
    from sinergi.forum.digest import send_all

    send_all()
