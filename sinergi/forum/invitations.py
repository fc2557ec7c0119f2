"""Inviting a person into the forum: the record, the link, and accepting it."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.encoding import force_bytes
from django.utils.http import base36_to_int, urlsafe_base64_encode

from sinergi.core.tasks import enqueue_or_defer
from sinergi.forum.models import Forum, Invitation, Member
from sinergi.forum.tasks import send_invitation


class InvitationTokenGenerator(PasswordResetTokenGenerator):
    """Like a reset token (void once a password is set), but valid for the invitation period."""

    key_salt = "sinergi.forum.invitations"

    def check_token(self, user, token) -> bool:
        if not (user and token):
            return False
        try:
            ts = base36_to_int(token.split("-")[0])
        except ValueError:
            return False
        secrets = [self.secret, *self.secret_fallbacks]
        if not any(constant_time_compare(self._make_token_with_timestamp(user, ts, s), token) for s in secrets):
            return False
        return self._num_seconds(self._now()) - ts <= settings.INVITATION_TIMEOUT_DAYS * 24 * 60 * 60


invitation_tokens = InvitationTokenGenerator()


def invite(member: Member, forum: Forum, by: Member | None) -> Invitation:
    """Record an invitation and queue its e-mail once the transaction commits."""
    invitation = Invitation.objects.create(member=member, forum=forum, invited_by=by)
    enqueue_or_defer(send_invitation, invitation.pk)
    return invitation


def invitation_url(member: Member) -> str:
    uid = urlsafe_base64_encode(force_bytes(member.pk))
    path = reverse("account:invitation", args=[uid, invitation_tokens.make_token(member)])
    return settings.SITE_URL + path


def mark_accepted(member: Member) -> None:
    member.invitations.filter(accepted_at__isnull=True).update(accepted_at=timezone.now())
