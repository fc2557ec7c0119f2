"""Anyone can see the meetings the chair made public, on the portal's agenda and in its calendar feed."""

from __future__ import annotations

import datetime as dt

import icalendar
import time_machine
from django.conf import settings
from django.test import Client
from django.urls import reverse

from sinergi.forum.models import Forum
from sinergi.meetings.models import Invitation, Minutes, MinutesStatus
from sinergi.meetings.series import cancel
from sinergi.meetings.tests.factory import WIB, make_meeting

KOPDAR = dt.datetime(2024, 2, 7, 9, 0, tzinfo=WIB)  # a Wednesday
BEFORE_KOPDAR = dt.datetime(2024, 1, 20, 3, 0, tzinfo=dt.UTC)


def agenda_meetings(forum, imigrasi, diskominfotik):
    """The public kopi darat, and what must stay off the portal: a private meeting, a cancelled public one."""
    public = make_meeting(
        forum, [imigrasi, diskominfotik], start=KOPDAR, hours=3, kind="kopi_darat", title="Kopi darat kehumasan",
        venue="Hotel Grand Meranti, Selatpanjang", description="Terbuka untuk wartawan dan masyarakat.", is_public=True,
    )  # fmt: skip
    private = make_meeting(forum, [diskominfotik], start=KOPDAR + dt.timedelta(days=1), title="Rapat internal sekretariat",
                           online_url="https://meet.example.test/internal")  # fmt: skip
    dropped = make_meeting(forum, [imigrasi], start=KOPDAR + dt.timedelta(days=2), title="Media gathering yang batal",
                           is_public=True)  # fmt: skip
    cancel(dropped, "Ditunda.")
    return public, private, dropped


def get(url: str, status: int = 200):
    response = Client().get(url)
    assert response.status_code == status, url
    return response


def test_the_agenda_shows_only_public_scheduled_meetings_with_indonesian_dates(forum, imigrasi, diskominfotik):
    with time_machine.travel(BEFORE_KOPDAR, tick=False):
        public, private, dropped = agenda_meetings(forum, imigrasi, diskominfotik)
        page = get(reverse("agenda:list")).content.decode()

    assert public.title in page and reverse("agenda:detail", args=[public.pk]) in page
    assert "Rabu, 7 Februari 2024, 09.00" in page and "12.00" in page and "Hotel Grand Meranti" in page
    assert private.title not in page and dropped.title not in page
    assert reverse("agenda:feed") in page


def test_a_past_public_meeting_stays_on_the_agenda(forum, imigrasi, diskominfotik):
    public, _private, _dropped = agenda_meetings(forum, imigrasi, diskominfotik)
    page = get(reverse("agenda:list")).content.decode()
    assert reverse("agenda:detail", args=[public.pk]) in page and "Rabu, 7 Februari 2024" in page


def test_a_public_meetings_page_shows_what_the_chair_published_and_nothing_more(
    forum, imigrasi, diskominfotik, moderator, humas_imigrasi
):
    public, _private, _dropped = agenda_meetings(forum, imigrasi, diskominfotik)
    public.chair = moderator
    public.save()
    Invitation.objects.create(meeting=public, kind="member", member=humas_imigrasi)

    page = get(reverse("agenda:detail", args=[public.pk])).content.decode()

    assert public.title in page and "Rabu, 7 Februari 2024, 09.00" in page
    assert "Terbuka untuk wartawan dan masyarakat." in page and "Hotel Grand Meranti, Selatpanjang" in page
    assert imigrasi.name in page and reverse("portal:agency", args=["imigrasi"]) in page
    assert humas_imigrasi.full_name not in page and moderator.full_name not in page
    assert public.get_absolute_url() not in page, "the workspace page is for members only"


def test_a_public_meetings_page_links_its_minutes_once_they_are_made_public(forum, imigrasi, diskominfotik):
    public, _private, _dropped = agenda_meetings(forum, imigrasi, diskominfotik)
    minutes = Minutes.objects.create(meeting=public, summary="Ringkasan", status=MinutesStatus.APPROVED)
    minutes_url = reverse("agenda:minutes", args=[public.pk])
    assert minutes_url not in get(reverse("agenda:detail", args=[public.pk])).content.decode()
    minutes.is_public = True
    minutes.save()
    assert minutes_url in get(reverse("agenda:detail", args=[public.pk])).content.decode()
    get(minutes_url)


def test_private_cancelled_and_foreign_meetings_have_no_public_page(forum, imigrasi, diskominfotik):
    _public, private, dropped = agenda_meetings(forum, imigrasi, diskominfotik)
    other_forum = Forum.objects.create(slug="bengkalis", name="Forum Kehumasan Bengkalis", region_code="14.03",
                                       region_name="Kabupaten Bengkalis, Riau")  # fmt: skip
    foreign = make_meeting(other_forum, start=KOPDAR, title="Kopdar Bengkalis", is_public=True)
    for meeting in (private, dropped, foreign):
        get(reverse("agenda:detail", args=[meeting.pk]), status=404)


def test_the_agenda_feed_holds_the_public_meetings_only(forum, imigrasi, diskominfotik):
    with time_machine.travel(BEFORE_KOPDAR, tick=False):
        public, private, dropped = agenda_meetings(forum, imigrasi, diskominfotik)
        response = get(reverse("agenda:feed"))

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "public" in response["Cache-Control"]
    cal = icalendar.Calendar.from_ical(response.content)
    (event,) = cal.walk("VEVENT")
    assert str(event["UID"]) == public.ical_uid()
    assert event.start == KOPDAR and event["DTSTART"].params["TZID"] == "Asia/Jakarta"
    assert str(event["URL"]) == settings.SITE_URL + reverse("agenda:detail", args=[public.pk])
    assert "Terbuka untuk wartawan dan masyarakat." in str(event["DESCRIPTION"])
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Asia/Jakarta"]
    body = response.content.decode()
    assert private.title not in body and dropped.title not in body and "/ruang-kerja/" not in body


def test_the_home_page_links_to_the_agenda_and_shows_the_next_public_meeting(forum, imigrasi, diskominfotik):
    with time_machine.travel(BEFORE_KOPDAR, tick=False):
        public, private, dropped = agenda_meetings(forum, imigrasi, diskominfotik)
        page = get(reverse("portal:home")).content.decode()

    assert reverse("agenda:list") in page and reverse("agenda:feed") in page
    assert reverse("agenda:detail", args=[public.pk]) in page and "Rabu, 7 Februari 2024" in page
    assert private.title not in page and dropped.title not in page


def test_the_sitemap_lists_public_meetings_only(forum, imigrasi, diskominfotik):
    public, private, dropped = agenda_meetings(forum, imigrasi, diskominfotik)
    sitemap = get("/sitemap-agenda.xml").content.decode()
    assert reverse("agenda:detail", args=[public.pk]) in sitemap
    for meeting in (private, dropped):
        assert reverse("agenda:detail", args=[meeting.pk]) not in sitemap
    assert reverse("agenda:list") in get("/sitemap-halaman.xml").content.decode()
