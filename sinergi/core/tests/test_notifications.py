"""Each member chooses, per kind of message, an e-mail at once, the daily summary, or the inbox only;
a kind the law requires and a message with no kind (to a requester) always go at once."""

from __future__ import annotations

import datetime as dt
import logging

import time_machine
from django.core import mail

from sinergi.conftest import make_member
from sinergi.core.daily_summary import send_due
from sinergi.core.mail import send_templated
from sinergi.core.models import HeldNotification, NotificationSetting
from sinergi.core.tasks import send_daily_summaries
from sinergi.core.tests.test_mail_seam import invitation_to_a_meeting_at_nine_in_jayapura
from sinergi.meetings.tasks import send_meeting_mail
from sinergi.meetings.tests.factory import make_meeting

WIT = dt.timezone(dt.timedelta(hours=9))
MEETING = "meetings/email/meeting"


def choose(member, kind: str, delivery: str) -> None:
    NotificationSetting.objects.update_or_create(member=member, kind=kind, defaults={"delivery": delivery})


def yohana():
    return make_member("yohana@jayapura.test", "Yohana Wenda")


def test_by_default_every_kind_is_e_mailed_at_once(papua):
    context = invitation_to_a_meeting_at_nine_in_jayapura(papua)
    assert send_templated(MEETING, context, yohana(), forum=papua, kind="meetings.invitation") == "sent"
    assert len(mail.outbox) == 1


def test_inbox_only_sends_nothing_and_keeps_nothing(papua):
    member = yohana()
    choose(member, "meetings.invitation", "inbox")
    context = invitation_to_a_meeting_at_nine_in_jayapura(papua)
    assert send_templated(MEETING, context, member, forum=papua, kind="meetings.invitation") == "inbox"
    assert mail.outbox == [] and not HeldNotification.objects.exists()
    # Another kind still comes at once.
    assert send_templated(MEETING, context, member, forum=papua, kind="meetings.reminder") == "sent"


def test_held_messages_arrive_as_one_summary_in_the_forums_morning(papua):
    member, colleague = yohana(), make_member("markus@jayapura.test", "Markus Kogoya")
    choose(member, "meetings.invitation", "daily")
    choose(member, "meetings.reminder", "daily")
    meeting = make_meeting(papua, start=dt.datetime(2026, 2, 9, 9, 0, tzinfo=WIT), title="Rapat koordinasi")
    with time_machine.travel(dt.datetime(2026, 2, 4, 10, 15, tzinfo=WIT), tick=False):
        # What callers count as sent is only what went out: the held copy is not counted.
        assert send_meeting_mail.call(meeting.pk, "invitation", [member.pk, colleague.pk]) == 1
        reminder = {**invitation_to_a_meeting_at_nine_in_jayapura(papua), "message": "reminder"}
        assert send_templated(MEETING, reminder, member, forum=papua, kind="meetings.reminder") == "held"
    assert [m.to for m in mail.outbox] == [["markus@jayapura.test"]]
    assert HeldNotification.objects.filter(member=member).count() == 2
    mail.outbox.clear()

    with time_machine.travel(dt.datetime(2026, 2, 5, 6, 50, tzinfo=WIT), tick=False):
        assert send_due() == 0  # not before the morning in Jayapura
    with time_machine.travel(dt.datetime(2026, 2, 5, 7, 3, tzinfo=WIT), tick=False):
        send_daily_summaries.call_local()
        send_daily_summaries.call_local()  # the next run finds nothing left
    assert len(mail.outbox) == 1
    summary = mail.outbox[0]
    assert summary.to == ["yohana@jayapura.test"]
    assert summary.subject == "Ringkasan harian Sinergi Anda: 2 pesan"
    assert "4 Februari, 10.15 WIT: [Forum Kehumasan Kota Jayapura] Undangan: Rapat koordinasi" in summary.body
    assert "[Forum Kehumasan Kota Jayapura] Besok: Rapat koordinasi" in summary.body
    assert meeting.get_absolute_url() in summary.body and "https://sinergi.test/rapat/1/" in summary.body
    assert "/akun/pemberitahuan/" in summary.body
    assert not HeldNotification.objects.exists()


def test_a_message_held_after_the_morning_waits_for_the_next_day(papua):
    member = yohana()
    choose(member, "meetings.invitation", "daily")
    context = invitation_to_a_meeting_at_nine_in_jayapura(papua)
    with time_machine.travel(dt.datetime(2026, 2, 4, 8, 0, tzinfo=WIT), tick=False):
        send_templated(MEETING, context, member, forum=papua, kind="meetings.invitation")
        assert send_due() == 0
    with time_machine.travel(dt.datetime(2026, 2, 5, 7, 0, tzinfo=WIT), tick=False):
        assert send_due() == 1


def test_a_required_kind_goes_at_once_whatever_is_stored(papua):
    member = yohana()
    choose(member, "ppid.escalation", "inbox")  # as if it had been forged into the table
    context = invitation_to_a_meeting_at_nine_in_jayapura(papua)
    assert send_templated(MEETING, context, member, forum=papua, kind="ppid.escalation") == "sent"


def test_a_message_without_a_kind_goes_at_once_to_a_member_who_switched_everything_off(papua):
    member = yohana()
    for kind in ("meetings.invitation", "meetings.reminder", "forum.mention", "forum.announcement"):
        choose(member, kind, "inbox")
    context = invitation_to_a_meeting_at_nine_in_jayapura(papua)
    assert send_templated(MEETING, context, member, forum=papua) == "sent"
    assert send_templated(MEETING, context, "yohana@jayapura.test", forum=papua, kind="meetings.invitation") == "sent"


def test_an_unregistered_kind_is_sent_and_logged_as_a_mistake(papua, caplog):
    context = invitation_to_a_meeting_at_nine_in_jayapura(papua)
    with caplog.at_level(logging.ERROR):
        assert send_templated(MEETING, context, yohana(), forum=papua, kind="meetings.no_such_kind") == "sent"
    assert "meetings.no_such_kind" in caplog.text
