"""A scheduled release is published by a real worker process reading the real queue."""

from __future__ import annotations

import datetime
import time

import pytest
from django.utils import timezone

from sinergi.releases.models import Release, Status
from sinergi.releases.tests.factory import make_release


@pytest.fixture
def _commits():
    """Here commits are real (transactional test), so on-commit work runs as in production."""


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_publishes_at_the_set_time_once(imigrasi, moderator, worker):
    release = make_release(imigrasi, status=Status.APPROVED, title="Pengumuman jadwal layanan")
    at = timezone.now() + datetime.timedelta(seconds=3)
    release.schedule(moderator, at)
    assert Release.objects.get(pk=release.pk).status == Status.SCHEDULED
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        release.refresh_from_db()
        if release.status == Status.PUBLISHED:
            break
        time.sleep(0.25)
    assert release.status == Status.PUBLISHED, "the worker did not publish within 60 s"
    assert release.published_at >= at
    assert release.events.filter(action="published").count() == 1
    assert release.is_public
