"""The day before a meeting everyone invited who has not declined is reminded, once."""

from __future__ import annotations

import datetime as dt

import time_machine
from django.core import mail

from sinergi.meetings.models import Rsvp
from sinergi.meetings.tasks import remind_meetings
from sinergi.meetings.tests.factory import WIB, make_meeting


@time_machine.travel(dt.datetime(2026, 2, 4, 16, 0, tzinfo=WIB))
def test_the_invited_are_reminded_the_day_before_once_except_who_declined(forum, imigrasi, humas_imigrasi,
                                                                          admin_imigrasi):  # fmt: skip
    meeting = make_meeting(forum, start=dt.datetime(2026, 2, 5, 9, 0, tzinfo=WIB))
    later = make_meeting(forum, start=dt.datetime(2026, 2, 6, 9, 0, tzinfo=WIB), title="Rapat lusa")
    for m in (meeting, later):
        m.invitations.create(kind="agency", agency=imigrasi)
    Rsvp.objects.create(meeting=meeting, member=admin_imigrasi, answer="no")
    mail.outbox.clear()
    remind_meetings.call_local()
    remind_meetings.call_local()
    assert [m.to for m in mail.outbox] == [[humas_imigrasi.email]]
    assert "Besok" in mail.outbox[0].subject and "Kamis, 5 Februari 2026, 09.00" in mail.outbox[0].body


@time_machine.travel(dt.datetime(2026, 2, 4, 16, 0, tzinfo=WIB))
def test_a_cancelled_meeting_is_not_reminded(forum, imigrasi, humas_imigrasi):
    meeting = make_meeting(forum, start=dt.datetime(2026, 2, 5, 9, 0, tzinfo=WIB), status="cancelled")
    meeting.invitations.create(kind="agency", agency=imigrasi)
    mail.outbox.clear()
    remind_meetings.call_local()
    assert mail.outbox == []
