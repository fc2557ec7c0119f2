"""Each step of the minutes is taken once, from the state it starts from, and leaves one event."""

from __future__ import annotations

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from sinergi.conftest import client_for, make_member
from sinergi.core.workflow import TransitionError
from sinergi.meetings.models import Minutes, MinutesAction, MinutesEvent, MinutesStatus
from sinergi.meetings.tests.factory import make_meeting


@pytest.fixture
def meeting(forum, imigrasi, diskominfotik):
    chair = make_member("ahmad@demo.test", "Ahmad Syafii", agency=diskominfotik, role="pranata_humas")
    return make_meeting(forum, [imigrasi], chair=chair)


def minutes_in(meeting, status: str) -> Minutes:
    return Minutes.objects.create(meeting=meeting, summary="Forum sepakat bertemu tiap bulan.", status=status)


# (step, the state it starts from, what the step takes, the state it leaves)
STEPS = [
    ("submit", MinutesStatus.DRAFT, {}, MinutesStatus.SUBMITTED),
    ("withdraw", MinutesStatus.SUBMITTED, {}, MinutesStatus.DRAFT),
    ("approve", MinutesStatus.SUBMITTED, {"public": False}, MinutesStatus.APPROVED),
    ("send_back", MinutesStatus.SUBMITTED, {"comment": "Tambahkan daftar hadir."}, MinutesStatus.DRAFT),
    ("reopen", MinutesStatus.APPROVED, {}, MinutesStatus.DRAFT),
]


@pytest.mark.parametrize(("step", "start", "options", "end"), STEPS, ids=[s[0] for s in STEPS])
def test_of_two_people_taking_the_same_step_at_once_exactly_one_wins(meeting, moderator, step, start, options, end):
    minutes = minutes_in(meeting, start)
    first, second = Minutes.objects.get(pk=minutes.pk), Minutes.objects.get(pk=minutes.pk)  # two open pages
    event = getattr(first, step)(meeting.chair, **options)
    with pytest.raises(TransitionError, match="Orang lain baru saja mengubah notulen ini"):
        getattr(second, step)(moderator, **options)
    assert Minutes.objects.get().status == end
    assert list(MinutesEvent.objects.values_list("pk", flat=True)) == [event.pk]
    assert (event.from_status, event.to_status, event.actor) == (start, end, meeting.chair)


@pytest.mark.parametrize(("step", "start", "options", "end"), STEPS, ids=[s[0] for s in STEPS])
def test_a_step_from_the_wrong_state_is_refused_and_nothing_is_saved(meeting, step, start, options, end):
    wrong = next(status for status in MinutesStatus if status != start)
    minutes = minutes_in(meeting, wrong)
    with pytest.raises(TransitionError, match="langkah itu tidak dapat dilakukan sekarang"):
        getattr(minutes, step)(meeting.chair, **options)
    stored = Minutes.objects.get()
    assert (stored.status, stored.approved_by, stored.chair_comment) == (wrong, None, "")
    assert not MinutesEvent.objects.exists()


def test_the_refusal_reads_in_indonesian_on_the_page(meeting):
    minutes_in(meeting, MinutesStatus.DRAFT)
    response = client_for(meeting.chair).post(reverse("meetings:minutes_approve", args=[meeting.pk]))
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "Notulen ini berstatus “Draf”; langkah itu tidak dapat dilakukan sekarang."
    ]
    assert Minutes.objects.get().status == MinutesStatus.DRAFT and not MinutesEvent.objects.exists()


def test_sending_back_keeps_the_chair_s_comment_in_the_event(meeting):
    minutes = minutes_in(meeting, MinutesStatus.SUBMITTED)
    minutes.send_back(meeting.chair, "  Tambahkan daftar hadir.  ")
    event = MinutesEvent.objects.get()
    assert (event.action, event.comment) == (MinutesAction.SENT_BACK, "Tambahkan daftar hadir.")
