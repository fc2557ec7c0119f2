"""The meetings demo: the first kopi darat of 7 February 2024 and a monthly coffee morning, safe to load twice."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.management import call_command

from sinergi.core.models import AuditEntry
from sinergi.forum.models import Forum
from sinergi.meetings.demo import load_demo_meetings
from sinergi.meetings.models import Action, Attendance, Decision, Meeting, MeetingSeries, Minutes
from sinergi.meetings.tests.factory import WIB

pytestmark = pytest.mark.django_db


@pytest.fixture
def forum():
    call_command("load_demo", quiet_logins=True, stdout=io.StringIO())
    return Forum.objects.get(slug="meranti")


def counts():
    return tuple(model.objects.count() for model in (Meeting, Attendance, Minutes, Decision, Action, AuditEntry))


def test_loading_twice_changes_nothing(forum):
    before = counts()
    assert load_demo_meetings(forum) == 0
    call_command("load_demo", quiet_logins=True, stdout=io.StringIO())
    assert counts() == before


def test_the_channel_has_announcements_and_a_discussion_with_a_mention(forum):
    from sinergi.forum.models import Announcement, Mention, Thread

    assert Announcement.objects.filter(forum=forum).count() == 2
    assert Thread.objects.filter(forum=forum).count() == 2
    assert Mention.objects.filter(member__email="walidata@demo.test").exists()


def test_the_first_kopi_darat_with_its_organisers_speakers_and_follow_ups(forum):
    kopdar = Meeting.objects.get(forum=forum, kind="kopi_darat")
    assert kopdar.start == dt.datetime(2024, 2, 7, 9, 0, tzinfo=WIB) and "Grand Meranti" in kopdar.venue
    assert sorted(a.slug for a in kopdar.organisers.all()) == ["diskominfotik", "imigrasi", "prokopim"]
    roles = list(kopdar.speakers.values_list("role", flat=True))
    assert roles.count("narasumber") == 3 and "moderator" in roles and "sambutan" in roles
    assert kopdar.is_public and kopdar.minutes.is_public and kopdar.decisions.count() == 4
    assert kopdar.attendances.filter(member__isnull=True).exists()  # outside guests signed the list too


def test_a_monthly_series_and_actions_in_every_state(forum):
    series = MeetingSeries.objects.get(forum=forum)
    meetings = series.meetings.order_by("start")
    assert {m.local_date.weekday() for m in meetings if m.local_date == m.slot} == {3}  # Thursdays, unless moved
    assert meetings.filter(status="cancelled").count() == 1
    states = set(Action.objects.filter(forum=forum).values_list("status", flat=True))
    assert states == {"open", "in_progress", "done", "dropped"}
    assert Action.objects.filter(forum=forum).overdue().exists()
