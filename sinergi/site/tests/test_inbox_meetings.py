"""Meetings in the inbox: the chair's minutes to approve, minutes sent back, invitations to answer, actions due."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from sinergi.conftest import client_for
from sinergi.meetings.models import Action, InviteeKind, Meeting, Minutes, MinutesStatus
from sinergi.meetings.tests.factory import make_meeting
from sinergi.site.inbox import waiting_for

pytestmark = pytest.mark.django_db


def titles(member, forum, step_word: str = "") -> list[str]:
    return [item.title for item in waiting_for(member, forum) if step_word in item.step]


def test_the_chair_sees_minutes_waiting_for_approval_and_the_writer_sees_them_sent_back(forum, imigrasi, moderator,
                                                                                        humas_imigrasi):  # fmt: skip
    meeting = make_meeting(forum, [imigrasi], start=timezone.now() - dt.timedelta(days=2), chair=humas_imigrasi,
                           title="Rapat evaluasi")  # fmt: skip
    minutes = Minutes.objects.create(meeting=meeting, summary="Ringkasan", status=MinutesStatus.SUBMITTED,
                                     written_by=moderator)  # fmt: skip
    assert titles(humas_imigrasi, forum, "Setujui") == ["Rapat evaluasi"]
    assert "Rapat evaluasi" not in titles(moderator, forum)
    client_for(humas_imigrasi).post(f"/ruang-kerja/pertemuan/{meeting.pk}/notulen/kembalikan/",
                                    {"comment": "Lengkapi daftar keputusan."})  # fmt: skip
    minutes.refresh_from_db()
    assert minutes.status == MinutesStatus.DRAFT
    assert titles(humas_imigrasi, forum, "Setujui") == []
    assert titles(moderator, forum, "Perbaiki notula") == ["Rapat evaluasi"]


def test_an_invitation_waits_for_an_answer_until_given(forum, imigrasi, humas_imigrasi):
    soon = make_meeting(forum, [imigrasi], start=timezone.now() + dt.timedelta(days=3), title="Coffee morning")
    make_meeting(forum, [imigrasi], start=timezone.now() + dt.timedelta(days=90), title="Rapat akhir tahun")
    for meeting in Meeting.objects.all():
        meeting.invitations.create(kind=InviteeKind.AGENCY, agency=imigrasi)
    assert titles(humas_imigrasi, forum, "hadir") == ["Coffee morning"]
    soon.rsvps.create(member=humas_imigrasi, answer="yes")
    assert titles(humas_imigrasi, forum, "hadir") == []


def test_actions_due_within_a_week_or_late_are_listed_late_first(forum, imigrasi, humas_imigrasi):
    today = timezone.localdate()
    for title, days in (("Unggah infografis", 3), ("Laporan bulanan", -2), ("Rencana tahun depan", 40)):
        Action.objects.create(forum=forum, agency=imigrasi, person=humas_imigrasi, title=title,
                              due_on=today + dt.timedelta(days=days))  # fmt: skip
    items = [item for item in waiting_for(humas_imigrasi, forum) if item.kind == "Tindak lanjut"]
    assert [(item.title, item.days_left, item.late) for item in items] == [
        ("Laporan bulanan", -2, True), ("Unggah infografis", 3, False)]  # fmt: skip
