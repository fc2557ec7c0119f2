"""A scheduled release is published by the task queue at its time, once, with a sweep as safety net."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from sinergi.conftest import client_for
from sinergi.releases.models import EventAction, Release, Status
from sinergi.releases.tasks import publish_due, publish_scheduled
from sinergi.releases.tests.factory import make_release


@pytest.fixture
def approved(imigrasi, admin_imigrasi):
    return make_release(imigrasi, admin_imigrasi, status=Status.APPROVED, title="Jadwal layanan paspor Ramadan")


def test_scheduling_takes_the_time_in_the_forums_zone(approved, moderator, settings):
    settings.TIME_ZONE = "UTC"
    client_for(moderator).post(reverse("releases:schedule", args=[approved.pk]), {"publish_at": "2099-03-01T09:00"})
    approved.refresh_from_db()
    assert approved.status == Status.SCHEDULED
    assert approved.publish_at == datetime.datetime(2099, 3, 1, 2, 0, tzinfo=datetime.UTC)  # 09.00 WIB


def test_a_time_in_the_past_is_refused(approved, moderator):
    response = client_for(moderator).post(reverse("releases:schedule", args=[approved.pk]),
                                          {"publish_at": "2020-01-01T09:00"}, follow=True)  # fmt: skip
    approved.refresh_from_db()
    assert approved.status == Status.APPROVED
    assert "masa depan" in response.content.decode()


def test_it_is_not_published_before_its_time_and_is_after(approved, moderator):
    at = timezone.now() + datetime.timedelta(hours=2)
    approved.schedule(moderator, at)
    assert publish_scheduled.call(approved.pk) == "skipped"
    assert not Release.objects.public().exists()
    with time_machine.travel(at + datetime.timedelta(seconds=1)):
        assert publish_scheduled.call(approved.pk) == "published"
        assert list(Release.objects.public()) == [approved]


def test_publishing_twice_yields_one_publication(approved, moderator):
    at = timezone.now() + datetime.timedelta(minutes=5)
    approved.schedule(moderator, at)
    with time_machine.travel(at + datetime.timedelta(minutes=1)):
        results = [publish_scheduled.call(approved.pk), publish_scheduled.call(approved.pk), publish_due()]
    assert results == ["published", "skipped", 0]
    assert approved.events.filter(action=EventAction.PUBLISHED).count() == 1


def test_the_sweep_publishes_what_the_queue_missed(approved, moderator):
    at = timezone.now() + datetime.timedelta(minutes=5)
    approved.schedule(moderator, at)
    with time_machine.travel(at + datetime.timedelta(minutes=1)):
        assert publish_due() == 1
    approved.refresh_from_db()
    assert approved.status == Status.PUBLISHED


def test_a_failed_publish_keeps_the_schedule_and_shows_why(approved, moderator):
    at = timezone.now() + datetime.timedelta(minutes=5)
    approved.schedule(moderator, at)
    Release.objects.filter(pk=approved.pk).update(body="Hubungi petugas di 0812-3456-7890.")
    with time_machine.travel(at + datetime.timedelta(minutes=1)):
        assert publish_scheduled.call(approved.pk) == "blocked"
    approved.refresh_from_db()
    assert approved.status == Status.SCHEDULED
    assert "data pribadi" in approved.publish_error
    page = client_for(moderator).get(approved.get_workspace_url()).content.decode()
    assert approved.publish_error in page
