"""The portal shows a meeting's minutes only when approved, made public by the chair, of a public meeting."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone

from sinergi.conftest import make_member
from sinergi.core.workflow import TransitionError
from sinergi.meetings import minutes as notulen
from sinergi.meetings.models import Action, Attendance, Decision, Invitation, Minutes, MinutesStatus
from sinergi.meetings.tests.factory import make_meeting

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting(forum, imigrasi, admin_imigrasi):
    chair = make_member("ahmad@demo.test", "Ahmad Syafii Ketua", agency=imigrasi, role="pranata_humas")
    meeting = make_meeting(forum, [imigrasi], title="Kopi darat kehumasan", is_public=True, chair=chair,
                           start=timezone.now() - dt.timedelta(days=2))  # fmt: skip
    Invitation.objects.create(meeting=meeting, kind="member", member=admin_imigrasi)
    Attendance.objects.create(meeting=meeting, name="Budi Hadirwan", organisation="Dinas Pariwisata",
                              position="Kepala Bidang", method="manual")  # fmt: skip
    Decision.objects.create(meeting=meeting, order=1, text="Membentuk forum kehumasan yang tetap")
    Action.objects.create(forum=forum, meeting=meeting, agency=imigrasi, person=admin_imigrasi, title="Draf SK",
                          due_on=timezone.localdate() + dt.timedelta(days=10))  # fmt: skip
    return meeting


def approved(meeting, *, public=True, summary="Forum bersepakat bertemu rutin.") -> Minutes:
    minutes = Minutes.objects.create(meeting=meeting, summary=summary, outputs="Rencana kopdar berikutnya.")
    minutes.submit(None)
    minutes.approve(meeting.chair, public=public)
    return minutes


def page(meeting):
    return Client().get(f"/agenda/{meeting.pk}/notulen/")


def test_approved_public_minutes_of_a_public_meeting_are_on_the_portal_without_personal_data(meeting):
    approved(meeting)
    response = page(meeting)
    assert response.status_code == 200
    text = response.content.decode()
    assert "Forum bersepakat bertemu rutin." in text and "Membentuk forum kehumasan yang tetap" in text
    assert "Rencana kopdar berikutnya." in text
    for private in ("Budi Hadirwan", "Dewi Anggraini", "Ahmad Syafii", "Draf SK", "dewi@demo.test"):
        assert private not in text  # the attendance list, the invited, the chair, follow-ups naming people


@pytest.mark.parametrize("case", ["draft", "submitted", "members_only", "private_meeting", "cancelled", "reopened"])
def test_anything_else_is_not_found(meeting, case):
    if case == "draft":
        Minutes.objects.create(meeting=meeting, summary="Draf", is_public=True)
    elif case == "submitted":
        Minutes.objects.create(meeting=meeting, summary="Diajukan", is_public=True, status=MinutesStatus.SUBMITTED)
    elif case == "members_only":
        approved(meeting, public=False)
    elif case == "private_meeting":
        approved(meeting)
        meeting.is_public = False
        meeting.save()
    elif case == "cancelled":
        approved(meeting)
        meeting.status = "cancelled"
        meeting.save()
    else:
        approved(meeting).reopen(meeting.chair)
    assert page(meeting).status_code == 404


def test_minutes_of_another_meeting_number_are_not_found(meeting):
    approved(meeting)
    assert Client().get(f"/agenda/{meeting.pk + 1}/notulen/").status_code == 404


def test_minutes_holding_personal_data_go_to_members_but_not_to_the_portal(meeting):
    minutes = Minutes.objects.create(meeting=meeting, summary="Hubungi panitia di 0812-7654-3210.")
    minutes.submit(None)
    with pytest.raises(TransitionError):
        minutes.approve(meeting.chair, public=True)
    assert Minutes.objects.get().status == MinutesStatus.SUBMITTED
    minutes.approve(meeting.chair, public=False)
    assert Minutes.objects.get().status == MinutesStatus.APPROVED
    assert page(meeting).status_code == 404


def test_the_queryset_is_the_one_way_in(meeting, forum):
    approved(meeting)
    other = make_meeting(forum, title="Rapat internal", start=timezone.now() - dt.timedelta(days=1))
    Minutes.objects.create(meeting=other, summary="Internal", is_public=True, status=MinutesStatus.APPROVED)
    assert list(notulen.public_minutes().values_list("meeting", flat=True)) == [meeting.pk]
