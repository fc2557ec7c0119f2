"""The invitation e-mail goes through the real task queue and a real worker process."""

from __future__ import annotations

import time

import pytest

from sinergi.forum.invitations import invite
from sinergi.forum.models import Invitation, Member


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_sends_the_invitation_once(forum, worker):
    member = Member.objects.create_user("siti@demo.test", None, full_name="Siti Rahmah")
    invitation = invite(member, forum, by=None)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        invitation.refresh_from_db()
        if invitation.sent_at:
            break
        time.sleep(0.25)
    assert invitation.sent_at is not None, "the worker did not send the invitation within 60 s"
    time.sleep(0.5)
    messages = list(worker.glob("*.log"))
    assert len(messages) == 1
    text = messages[0].read_text()
    assert "siti@demo.test" in text and "/akun/undangan/" in text
    assert Invitation.objects.get(pk=invitation.pk).sent_at == invitation.sent_at
