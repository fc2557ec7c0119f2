"""The secretariat convenes a meeting, invites, and members answer; the page shows it all."""

from __future__ import annotations

import datetime as dt
import re

from django.core import mail
from django.test import Client
from django.urls import reverse

from sinergi.conftest import client_for
from sinergi.meetings.models import Meeting, Rsvp
from sinergi.meetings.tests.factory import WIB, make_meeting


def meeting_data(diskominfotik, imigrasi, **changes) -> dict:
    data = {
        "kind": "kopi_darat", "title": "Kopi darat kehumasan", "description": "Pertemuan pertama",
        "start": "2030-02-07T09:00", "end": "2030-02-07T12:00", "venue": "Hotel Grand Meranti, Selatpanjang",
        "online_url": "", "organisers": [diskominfotik.pk, imigrasi.pk], "chair": "", "is_public": "on",
        "pembicara-TOTAL_FORMS": "2", "pembicara-INITIAL_FORMS": "0",
        "pembicara-0-role": "narasumber", "pembicara-0-member": "", "pembicara-0-name": "Zulkifli Amri",
        "pembicara-0-organisation": "PWI Kepulauan Meranti", "pembicara-0-topic": "Menulis rilis yang dimuat media",
        "pembicara-1-role": "moderator", "pembicara-1-member": "", "pembicara-1-name": "",
        "pembicara-1-organisation": "", "pembicara-1-topic": "",
        "acara-TOTAL_FORMS": "1", "acara-INITIAL_FORMS": "0", "acara-0-starts_at": "09:00", "acara-0-title": "Pembukaan",
    }  # fmt: skip
    return {**data, **changes}


def test_the_secretariat_convenes_a_meeting_with_speakers_and_agenda(moderator, diskominfotik, imigrasi):
    response = client_for(moderator).post(reverse("meetings:create"), meeting_data(diskominfotik, imigrasi))
    meeting = Meeting.objects.get()
    assert response.url == meeting.get_absolute_url()
    assert meeting.start == dt.datetime(2030, 2, 7, 9, 0, tzinfo=WIB)
    assert [s.display_name for s in meeting.speakers.all()] == ["Zulkifli Amri"]
    page = client_for(moderator).get(meeting.get_absolute_url()).content.decode()
    assert "Kamis, 7 Februari 2030, 09.00" in page and "PWI Kepulauan Meranti" in page and "Pembukaan" in page


def test_a_meeting_that_ends_before_it_starts_is_refused_and_the_text_kept(moderator, diskominfotik, imigrasi):
    data = meeting_data(diskominfotik, imigrasi, end="2030-02-07T08:00", venue="")
    page = client_for(moderator).post(reverse("meetings:create"), data).content.decode()
    assert "Pertemuan harus selesai setelah dimulai." in page and "Beri tempat atau tautan" in page
    assert "Pertemuan pertama" in page and not Meeting.objects.exists()


def test_only_the_secretariat_convenes_and_only_members_see_meetings(forum, humas_imigrasi, outsider):
    assert client_for(humas_imigrasi).get(reverse("meetings:create")).status_code == 403
    meeting = make_meeting(forum)
    assert client_for(humas_imigrasi).get(meeting.get_absolute_url()).status_code == 200
    assert client_for(outsider).get(meeting.get_absolute_url()).status_code == 403
    assert Client().get(meeting.get_absolute_url()).status_code == 302


def test_inviting_an_agency_emails_its_people_and_they_answer(
    forum, moderator, imigrasi, humas_imigrasi, admin_imigrasi
):
    meeting = make_meeting(forum, [imigrasi])
    mail.outbox.clear()
    client_for(moderator).post(
        reverse("meetings:invitations", args=[meeting.pk]), {"kind": "agency", "agency": imigrasi.pk}
    )
    assert sorted(m.to[0] for m in mail.outbox) == ["dewi@demo.test", "fajar@demo.test"]
    assert meeting.get_absolute_url() in mail.outbox[0].body
    client_for(humas_imigrasi).post(reverse("meetings:rsvp", args=[meeting.pk]), {"answer": "yes", "note": ""})
    client_for(humas_imigrasi).post(reverse("meetings:rsvp", args=[meeting.pk]), {"answer": "no", "note": "Dinas luar"})
    assert list(Rsvp.objects.values_list("answer", "note")) == [("no", "Dinas luar")]
    page = client_for(moderator).get(meeting.get_absolute_url()).content.decode()
    assert "Dinas luar" in page


def test_inviting_a_role_reaches_everyone_with_it_across_agencies(forum, moderator, admin_imigrasi, dinkes):
    from sinergi.conftest import make_member

    make_member("admin.dinkes@demo.test", "Yusuf", agency=dinkes, role="admin_medsos")
    meeting = make_meeting(forum)
    mail.outbox.clear()
    client_for(moderator).post(reverse("meetings:invitations", args=[meeting.pk]),
                               {"kind": "agency_role", "role": "admin_medsos"})  # fmt: skip
    assert sorted(m.to[0] for m in mail.outbox) == ["admin.dinkes@demo.test", "dewi@demo.test"]


def test_cancelling_tells_the_invited_with_the_reason(forum, moderator, humas_imigrasi):
    meeting = make_meeting(forum)
    meeting.invitations.create(kind="member", member=humas_imigrasi)
    mail.outbox.clear()
    client_for(moderator).post(
        reverse("meetings:cancel", args=[meeting.pk]), {"reason": "Bertepatan dengan banjir rob"}
    )
    meeting.refresh_from_db()
    assert meeting.is_cancelled and "Bertepatan dengan banjir rob" in mail.outbox[0].body
    assert (
        client_for(humas_imigrasi).post(reverse("meetings:rsvp", args=[meeting.pk]), {"answer": "yes"}).status_code
        == 302
    )
    assert not Rsvp.objects.exists()


def test_editing_a_series_first_warns_what_it_changes(forum, moderator, diskominfotik):
    import time_machine

    from sinergi.meetings import series as planner
    from sinergi.meetings.tests.factory import make_series

    with time_machine.travel(dt.datetime(2025, 12, 1, 8, 0, tzinfo=WIB)):
        series = make_series(forum, [diskominfotik], ends_on=dt.date(2026, 3, 31))
        planner.plan(series)
        planner.cancel(series.meetings.get(slot=dt.date(2026, 3, 5)), "Rapat paripurna")
        data = {"kind": "coffee_morning", "title": "Coffee morning bulanan", "description": "", "frequency": "monthly",
                "weekday": "3", "week_of_month": "1", "starts_on": "2025-12-01", "ends_on": "2026-03-31",
                "start_time": "08:30", "end_time": "10:30", "on_holiday": "next", "venue": "Aula Diskominfotik",
                "online_url": "", "organisers": [diskominfotik.pk]}  # fmt: skip
        url = reverse("meetings:series_edit", args=[series.pk])
        page = client_for(moderator).post(url, data).content.decode()
        assert "3 pertemuan mendatang berubah." in page and "1 pertemuan yang dipindah" in page
        assert series.meetings.get(slot=dt.date(2025, 12, 4)).start.astimezone(WIB).hour == 9  # nothing saved yet
        client_for(moderator).post(url, {**data, "konfirmasi": "a-stale-preview"})  # a different preview
        assert series.meetings.get(slot=dt.date(2025, 12, 4)).start.astimezone(WIB).hour == 9
        fingerprint = re.search(r'name="konfirmasi" value="(\w+)"', page).group(1)
        client_for(moderator).post(url, {**data, "konfirmasi": fingerprint})
    assert series.meetings.get(slot=dt.date(2025, 12, 4)).start == dt.datetime(2025, 12, 4, 8, 30, tzinfo=WIB)
    assert series.meetings.get(slot=dt.date(2026, 3, 5)).status == "cancelled"


def test_moving_a_meeting_tells_the_invited_and_reminds_them_again(forum, moderator, diskominfotik, imigrasi,
                                                                  humas_imigrasi):  # fmt: skip
    meeting = make_meeting(forum, [diskominfotik], start=dt.datetime(2030, 2, 7, 9, 0, tzinfo=WIB))
    meeting.invitations.create(kind="member", member=humas_imigrasi)
    Meeting.objects.filter(pk=meeting.pk).update(reminded_at=dt.datetime(2030, 2, 6, 9, 0, tzinfo=WIB))
    data = meeting_data(diskominfotik, imigrasi, start="2030-02-08T09:00", end="2030-02-08T11:00",
                        **{"pembicara-TOTAL_FORMS": "0", "acara-TOTAL_FORMS": "0"})  # fmt: skip
    mail.outbox.clear()
    client_for(moderator).post(reverse("meetings:edit", args=[meeting.pk]), data)
    meeting.refresh_from_db()
    assert meeting.reminded_at is None and meeting.start == dt.datetime(2030, 2, 8, 9, 0, tzinfo=WIB)
    assert [m.to for m in mail.outbox] == [[humas_imigrasi.email]] and "Jumat, 8 Februari 2030" in mail.outbox[0].body


def test_the_organisers_may_not_choose_the_chair_who_approves_their_minutes(forum, moderator, imigrasi,
                                                                           humas_imigrasi, diskominfotik):  # fmt: skip
    meeting = make_meeting(forum, [imigrasi], chair=moderator, start=dt.datetime(2030, 2, 7, 9, 0, tzinfo=WIB))
    data = meeting_data(diskominfotik, imigrasi, chair=humas_imigrasi.pk,
                        **{"pembicara-TOTAL_FORMS": "0", "acara-TOTAL_FORMS": "0"})  # fmt: skip
    client_for(humas_imigrasi).post(reverse("meetings:edit", args=[meeting.pk]), data)
    meeting.refresh_from_db()
    assert meeting.chair == moderator and meeting.title == "Kopi darat kehumasan"


def test_a_public_description_with_personal_data_is_refused(moderator, diskominfotik, imigrasi):
    data = meeting_data(diskominfotik, imigrasi, description="Konfirmasi ke Rina di 0812-3456-7890")
    page = client_for(moderator).post(reverse("meetings:create"), data).content.decode()
    assert "data pribadi" in page and not Meeting.objects.exists()


def test_cancelling_twice_tells_no_one_twice(forum, moderator, humas_imigrasi):
    meeting = make_meeting(forum)
    meeting.invitations.create(kind="member", member=humas_imigrasi)
    url = reverse("meetings:cancel", args=[meeting.pk])
    client_for(moderator).post(url, {"reason": "Banjir rob"})
    mail.outbox.clear()
    client_for(moderator).post(url, {"reason": "Lagi"})
    assert mail.outbox == []


def test_odd_input_to_the_invitations_page_is_ignored_not_a_crash(forum, moderator, humas_imigrasi):
    meeting = make_meeting(forum)
    invitation = meeting.invitations.create(kind="member", member=humas_imigrasi)
    url = reverse("meetings:invitations", args=[meeting.pk])
    for value in ("abc", "²", ""):
        assert client_for(moderator).post(url, {"hapus": value}).status_code == 302
    page = client_for(moderator).post(url, {"kind": "agency_role", "role": "moderator"}).content.decode()
    assert "bukan peran instansi" in page
    mail.outbox.clear()
    client_for(moderator).post(url, {"kind": "member", "member": humas_imigrasi.pk})  # invited already
    assert mail.outbox == [] and meeting.invitations.count() == 2
    client_for(moderator).post(url, {"hapus": str(invitation.pk)})
    assert meeting.invitations.count() == 1


def test_a_series_invites_and_chairs_every_meeting_it_plans(forum, moderator, diskominfotik, imigrasi,
                                                            humas_imigrasi):  # fmt: skip
    import time_machine

    from sinergi.meetings import series as planner
    from sinergi.meetings.tests.factory import make_series

    with time_machine.travel(dt.datetime(2025, 12, 1, 8, 0, tzinfo=WIB)):
        series = make_series(forum, [diskominfotik], ends_on=dt.date(2026, 3, 31), chair=moderator)
        planner.plan(series)
        mail.outbox.clear()
        client_for(moderator).post(reverse("meetings:series_invitations", args=[series.pk]),
                                   {"kind": "agency", "agency": imigrasi.pk})  # fmt: skip
        assert [m.to for m in mail.outbox] == [[humas_imigrasi.email]]  # once, for the next meeting
        assert all(m.invitations.filter(agency=imigrasi).exists() for m in series.meetings.all())
        assert {m.chair for m in series.meetings.all()} == {moderator}
        series.ends_on = dt.date(2026, 4, 30)
        series.save()
        planner.plan(series)
    april = series.meetings.get(slot=dt.date(2026, 4, 2))
    assert april.invitations.filter(agency=imigrasi).exists() and april.chair == moderator


def test_a_cancelled_meeting_can_be_held_after_all_and_the_invited_hear_of_it(forum, moderator, humas_imigrasi):
    meeting = make_meeting(forum)
    meeting.invitations.create(kind="member", member=humas_imigrasi)
    client_for(moderator).post(reverse("meetings:cancel", args=[meeting.pk]), {"reason": "Banjir rob"})
    mail.outbox.clear()
    client_for(moderator).post(reverse("meetings:reinstate", args=[meeting.pk]))
    meeting.refresh_from_db()
    assert not meeting.is_cancelled and meeting.cancel_reason == ""
    assert [m.to for m in mail.outbox] == [[humas_imigrasi.email]] and "Berubah" in mail.outbox[0].subject
    assert client_for(humas_imigrasi).post(reverse("meetings:reinstate", args=[meeting.pk])).status_code == 403
