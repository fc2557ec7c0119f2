"""Reminders to share go through the real task queue and a real worker process, once each, even when the
round runs twice."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from django.utils import timezone

from sinergi.dissemination import amplification
from sinergi.dissemination.models import AmplificationRequest, AmplificationTarget
from sinergi.dissemination.tasks import send_reminders
from sinergi.forum.tests.test_digest_worker import wait_for
from sinergi.releases.tests.factory import published


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_sends_the_reminder_once(forum, moderator, admin_dinkes, dinkes, imigrasi, worker, real_queue):
    release = published(imigrasi, title="Layanan paspor dibuka pada hari Sabtu")
    item = amplification.ask(release, moderator, [dinkes], ["x"], timezone.now() + dt.timedelta(hours=1))
    AmplificationRequest.objects.filter(pk=item.pk).update(created_at=timezone.now() - dt.timedelta(hours=5))
    assert wait_for(lambda: AmplificationTarget.objects.filter(request=item, told=1).exists()), "not asked in 60 s"
    send_reminders()
    send_reminders()  # a second round before the first one's mail went out
    assert wait_for(lambda: real_queue.pending_count() == 0)
    time.sleep(1)
    mails = [path.read_text() for path in worker.glob("*.log")]
    reminders = [text for text in mails if "Pengingat, segera dibagikan" in text]
    assert len(reminders) == 1 and "yusuf@demo.test" in reminders[0]
    assert "/ruang-kerja/amplifikasi/" in reminders[0]
