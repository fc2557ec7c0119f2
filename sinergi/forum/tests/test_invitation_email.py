"""The invitation e-mail goes once: retried when the mail server is away, left unsent when refused for good."""

from __future__ import annotations

import smtplib

from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend

from sinergi.core.models import OutgoingEmail
from sinergi.core.tests.test_mail import FlakyBackend
from sinergi.forum.models import Invitation, Member
from sinergi.forum.tasks import send_invitation


class RefusingBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise smtplib.SMTPRecipientsRefused({"siti@demo.test": (550, b"No such user")})


def invitation(forum) -> Invitation:
    member = Member.objects.create_user("siti@demo.test", None, full_name="Siti Rahmah")
    return Invitation.objects.create(member=member, forum=forum)


def test_the_invitation_is_sent_in_indonesian_once(forum):
    item = invitation(forum)
    assert send_invitation.call(item.pk) == "sent"
    assert send_invitation.call(item.pk) == "skipped"
    assert [m.subject for m in mail.outbox] == ["Undangan bergabung dengan Forum Kehumasan Kabupaten Kepulauan Meranti"]
    assert Invitation.objects.get(pk=item.pk).sent_at is not None


def test_with_the_mail_server_away_it_is_queued_for_a_retry_and_not_sent_again_by_the_task(settings, forum):
    settings.EMAIL_BACKEND = "sinergi.core.tests.test_mail.FlakyBackend"
    FlakyBackend.away = 1
    item = invitation(forum)
    try:
        assert send_invitation.call(item.pk) == "retrying"
    finally:
        FlakyBackend.away = 0
    assert Invitation.objects.get(pk=item.pk).sent_at is not None  # on its way: the retry sends it
    assert send_invitation.call(item.pk) == "skipped"
    assert mail.outbox == [] and OutgoingEmail.objects.get().to == ["siti@demo.test"]


def test_refused_for_good_it_stays_unsent_so_it_can_be_sent_again(settings, forum):
    settings.EMAIL_BACKEND = f"{__name__}.RefusingBackend"
    item = invitation(forum)
    assert send_invitation.call(item.pk) == "failed"
    assert Invitation.objects.get(pk=item.pk).sent_at is None and not OutgoingEmail.objects.exists()
