"""Background work of the directory, run by the task queue."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task


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
