"""The back-office home: each app's card shows what it holds for this member, and only to those it may."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from sinergi.conftest import client_for
from sinergi.meetings.tests.factory import make_meeting

pytestmark = pytest.mark.django_db


def test_each_card_shows_the_members_own_things(forum, imigrasi, humas_imigrasi):
    meeting = make_meeting(forum, [imigrasi], start=timezone.now() + dt.timedelta(days=2), title="Rapat forum")
    meeting.rsvps.create(member=humas_imigrasi, answer="yes")
    page = client_for(humas_imigrasi).get("/ruang-kerja/").content.decode()
    assert imigrasi.name in page  # "Your agencies"
    assert "Rapat forum" in page  # "Meetings": the next meetings
    assert "Rilis" in page and "/ruang-kerja/rilis/" in page


def test_cards_of_what_a_member_may_not_use_do_not_show(forum, humas_imigrasi, moderator):
    page = client_for(humas_imigrasi).get("/ruang-kerja/").content.decode()
    assert "/ruang-kerja/audit/" not in page and "/ruang-kerja/ppid/permohonan/" not in page
    page = client_for(moderator).get("/ruang-kerja/").content.decode()
    assert "/ruang-kerja/audit/" in page
