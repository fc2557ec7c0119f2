"""Members check in by scanning the meeting's QR code: once, only at that meeting, only while it is on."""

from __future__ import annotations

import datetime as dt

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from sinergi.conftest import client_for, make_member
from sinergi.forum.models import AgencyRole
from sinergi.meetings import attendance
from sinergi.meetings.models import Attendance
from sinergi.meetings.tests.factory import make_meeting


@pytest.fixture
def meeting(forum, imigrasi, diskominfotik):
    """Started ten minutes ago: check-in is open."""
    return make_meeting(forum, [imigrasi, diskominfotik], start=timezone.now() - dt.timedelta(minutes=10))


def url(meeting, token=None) -> str:
    return reverse("meetings:checkin", args=[meeting.pk, token or meeting.checkin_token])


def test_the_qr_code_carries_the_absolute_checkin_address(meeting):
    assert attendance.checkin_url(meeting) == (
        f"{settings.SITE_URL}/ruang-kerja/pertemuan/{meeting.pk}/hadir/{meeting.checkin_token}/"
    )
    svg = attendance.qr_svg(meeting, "QR")
    assert svg.startswith("<svg") and 'role="img"' in svg


def test_a_member_checks_in_with_one_tap_and_their_details_are_copied(meeting, admin_imigrasi, imigrasi):
    admin_imigrasi.position = "Analis Keimigrasian"
    admin_imigrasi.save()
    client = client_for(admin_imigrasi)
    page = client.get(url(meeting))
    assert page.status_code == 200 and b"checkin-button" in page.content
    assert not Attendance.objects.exists()  # looking is not checking in

    response = client.post(url(meeting))
    assert response.status_code == 302 and response.url == url(meeting)
    record = Attendance.objects.get()
    assert (record.member, record.name, record.agency, record.organisation, record.position, record.method) == (
        admin_imigrasi, "Dewi Anggraini", imigrasi, imigrasi.name, "Analis Keimigrasian", "qr",
    )  # fmt: skip
    # Changing position later does not rewrite the day's record.
    admin_imigrasi.position = "Kepala Seksi"
    admin_imigrasi.save()
    record.refresh_from_db()
    assert record.position == "Analis Keimigrasian"
    assert attendance.clock(record.checked_in_at) in client.get(url(meeting)).content.decode()


def test_checking_in_twice_records_one_attendance(meeting, humas_imigrasi):
    client = client_for(humas_imigrasi)
    client.post(url(meeting))
    second = client.post(url(meeting))
    assert second.status_code == 302
    assert Attendance.objects.filter(meeting=meeting, member=humas_imigrasi).count() == 1


def test_two_taps_at_once_record_one_attendance(meeting, humas_imigrasi, monkeypatch):
    first, created = attendance.check_in(meeting, humas_imigrasi)
    looks = iter([None, first])  # the second tap looked before the first one was written

    monkeypatch.setattr(attendance, "attendance_of", lambda meeting, member: next(looks))
    again, created_again = attendance.check_in(meeting, humas_imigrasi)
    assert created and not created_again and again == first
    assert Attendance.objects.filter(meeting=meeting).count() == 1


def test_the_agency_is_the_organising_one_or_else_the_first_joined(forum, dinkes, imigrasi, diskominfotik):
    person = make_member("dua@demo.test", "Dua Instansi", agency=dinkes, role="admin_medsos")
    AgencyRole.objects.create(member=person, agency=imigrasi, role="admin_medsos", since=dt.date(2030, 1, 1))
    organised_by_imigrasi = make_meeting(forum, [imigrasi, diskominfotik], start=timezone.now())
    elsewhere = make_meeting(forum, [diskominfotik], start=timezone.now())
    assert attendance.check_in(organised_by_imigrasi, person)[0].agency == imigrasi
    assert attendance.check_in(elsewhere, person)[0].agency == dinkes


def test_a_code_from_another_meeting_is_refused_and_nothing_recorded(forum, meeting, humas_imigrasi):
    other = make_meeting(forum, start=timezone.now())
    response = client_for(humas_imigrasi).post(url(meeting, token=other.checkin_token))
    assert response.status_code == 400
    assert client_for(humas_imigrasi).get(url(meeting, token="tebakan")).status_code == 400
    assert not Attendance.objects.exists()


@pytest.mark.parametrize(
    ("minutes_from_start", "status"),
    [
        (-(attendance.CHECKIN_OPENS_MINUTES + 1), 400),  # too early: not open yet
        (-(attendance.CHECKIN_OPENS_MINUTES - 1), 302),
        (120 + attendance.CHECKIN_CLOSES_MINUTES - 1, 302),  # the meeting lasts two hours
        (120 + attendance.CHECKIN_CLOSES_MINUTES + 1, 410),  # expired
    ],
)
def test_check_in_is_open_from_an_hour_before_to_two_hours_after(forum, humas_imigrasi, minutes_from_start, status):
    start = timezone.now() - dt.timedelta(minutes=minutes_from_start)
    meeting = make_meeting(forum, start=start, hours=2)
    response = client_for(humas_imigrasi).post(url(meeting))
    assert response.status_code == status
    assert Attendance.objects.exists() == (status == 302)


def test_an_expired_code_is_refused_on_the_page_too(forum, humas_imigrasi):
    meeting = make_meeting(forum, start=timezone.now() - dt.timedelta(days=3))
    response = client_for(humas_imigrasi).get(url(meeting))
    assert response.status_code == 410 and b"checkin-button" not in response.content


def test_a_cancelled_meeting_takes_no_check_in(meeting, humas_imigrasi):
    meeting.status = "cancelled"
    meeting.save()
    assert client_for(humas_imigrasi).post(url(meeting)).status_code == 410
    assert not Attendance.objects.exists()


def test_scanning_before_signing_in_leads_to_the_sign_in_page_and_back(meeting):
    response = Client().get(url(meeting))
    assert response.status_code == 302
    assert response.url == f"{reverse('account:login')}?next={url(meeting)}"
    assert Client().post(url(meeting)).status_code == 302 and not Attendance.objects.exists()


def test_people_outside_the_forum_cannot_check_in(meeting, outsider):
    assert client_for(outsider).post(url(meeting)).status_code == 403
    assert client_for(outsider).get(url(meeting)).status_code == 403
    assert not Attendance.objects.exists()


def test_the_qr_code_is_shown_to_those_who_run_the_meeting_only(meeting, moderator, humas_imigrasi, admin_dinkes):
    page = client_for(moderator).get(meeting.get_absolute_url()).content.decode()
    assert '<svg role="img"' in page and reverse("meetings:checkin_code", args=[meeting.pk]) in page
    # The head of PR of an organising agency runs it too; a member of another agency does not.
    assert '<svg role="img"' in client_for(humas_imigrasi).get(meeting.get_absolute_url()).content.decode()
    page = client_for(admin_dinkes).get(meeting.get_absolute_url()).content.decode()
    assert '<svg role="img"' not in page and meeting.checkin_token not in page


def test_the_projector_page_shows_the_code_the_address_and_a_live_count(
    meeting, moderator, humas_imigrasi, admin_dinkes
):
    attendance.check_in(meeting, humas_imigrasi)
    address = reverse("meetings:checkin_code", args=[meeting.pk])
    page = client_for(moderator).get(address).content.decode()
    assert '<svg role="img"' in page and attendance.checkin_url(meeting) in page
    count = client_for(moderator).get(address, headers={"HX-Request": "true"}).content.decode()
    assert "1" in count and "<svg" not in count
    assert client_for(admin_dinkes).get(address).status_code == 403


def test_a_member_sees_on_the_meeting_page_that_they_checked_in(meeting, humas_imigrasi):
    record, _ = attendance.check_in(meeting, humas_imigrasi)
    page = client_for(humas_imigrasi).get(meeting.get_absolute_url()).content.decode()
    assert attendance.clock(record.checked_in_at) in page and "Fajar Ramadhan" in page
