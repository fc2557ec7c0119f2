"""A public meeting's online link is for those invited: no public surface shows it, members still get it."""

from __future__ import annotations

import icalendar
from django.test import Client
from django.urls import reverse

from sinergi.conftest import client_for
from sinergi.meetings import calendar
from sinergi.meetings.models import Invitation, InviteeKind
from sinergi.meetings.tests.factory import make_meeting

LINK = "https://meet.example.test/ruang-rahasia-kopdar"


def public_surfaces(meeting) -> list[str]:
    return [reverse("agenda:list"), reverse("agenda:detail", args=[meeting.pk]), reverse("agenda:feed"),
            reverse("portal:home"), "/sitemap-agenda.xml"]  # fmt: skip


def test_an_online_only_public_meeting_says_online_and_never_gives_the_link(forum, imigrasi):
    meeting = make_meeting(forum, [imigrasi], title="Kopdar daring", venue="", online_url=LINK, is_public=True)
    for url in public_surfaces(meeting):
        response = Client().get(url)
        assert response.status_code == 200, url
        assert "ruang-rahasia-kopdar" not in response.content.decode(), url

    page = Client().get(reverse("agenda:detail", args=[meeting.pk])).content.decode()
    assert "Daring" in page and "Tautan dikirim kepada yang diundang." in page
    (event,) = icalendar.Calendar.from_ical(Client().get(reverse("agenda:feed")).content).walk("VEVENT")
    assert str(event["LOCATION"]) == "Daring"


def test_a_public_meeting_with_a_venue_and_a_link_shows_the_venue_only(forum, imigrasi):
    meeting = make_meeting(forum, [imigrasi], venue="Hotel Grand Meranti", online_url=LINK, is_public=True)
    (event,) = icalendar.Calendar.from_ical(Client().get(reverse("agenda:feed")).content).walk("VEVENT")
    assert str(event["LOCATION"]) == "Hotel Grand Meranti"
    assert LINK not in event.to_ical().decode()
    assert LINK not in Client().get(reverse("agenda:detail", args=[meeting.pk])).content.decode()


def test_invited_members_still_get_the_link_in_their_feed_and_workspace(forum, imigrasi, humas_imigrasi):
    meeting = make_meeting(forum, [imigrasi], venue="Hotel Grand Meranti", online_url=LINK, is_public=True)
    Invitation.objects.create(meeting=meeting, kind=InviteeKind.MEMBER, member=humas_imigrasi)

    feed = Client().get(reverse("meetings:calendar_member", args=[calendar.feed_token(humas_imigrasi)]))
    (event,) = icalendar.Calendar.from_ical(feed.content).walk("VEVENT")
    assert LINK in str(event["DESCRIPTION"])
    assert LINK in client_for(humas_imigrasi).get(meeting.get_absolute_url()).content.decode()
