"""The weekly digest goes through the real task queue and a real worker process, once per member."""

from __future__ import annotations

import time

import pytest

from sinergi.forum.models import DigestSent, Thread
from sinergi.forum.tasks import weekly_digest


def wait_for(condition, seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.25)
    return False


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_sends_the_digest_once_even_when_the_round_runs_twice(
    forum, moderator, admin_dinkes, worker, real_queue
):
    Thread.objects.create(forum=forum, author=moderator, title="Kopdar Februari", body="Siapa ikut?")
    # Two rounds queued back to back: the second finds the first's digests not yet sent.
    weekly_digest()
    weekly_digest()
    assert wait_for(lambda: DigestSent.objects.filter(member=admin_dinkes).exists()), "no digest within 60 s"
    assert wait_for(lambda: real_queue.pending_count() == 0)
    time.sleep(1)
    assert DigestSent.objects.count() == 1  # Rina started the thread: nothing is new for her
    digests = [p.read_text() for p in worker.glob("*.log") if "/ringkasan/berhenti/" in p.read_text()]
    assert len(digests) == 1
    assert "yusuf@demo.test" in digests[0] and "/ruang-kerja/kanal/diskusi/" in digests[0]
