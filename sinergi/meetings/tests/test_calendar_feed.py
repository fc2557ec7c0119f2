"""Members subscribe to their meetings and follow-up deadlines in Google Calendar or Outlook.

Every feed is parsed back with the `icalendar` package, as a calendar app would read it.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

import icalendar
import pytest
import time_machine
from django.conf import settings
from django.test import Client
from django.urls import reverse

from sinergi.conftest import client_for, make_agency, make_member
from sinergi.forum.models import Forum
from sinergi.meetings import calendar
from sinergi.meetings.models import Action, ActionStatus, Invitation, InviteeKind
from sinergi.meetings.series import cancel
from sinergi.meetings.tests.factory import WIB, make_meeting

FEB_7 = dt.datetime(2030, 2, 7, 9, 0, tzinfo=WIB)


def invite(meeting, member=None, agency=None) -> None:
    kind = InviteeKind.MEMBER if member else InviteeKind.AGENCY
    Invitation.objects.create(meeting=meeting, kind=kind, member=member, agency=agency)


def feed(url: str, status: int = 200) -> icalendar.Calendar | None:
    response = Client().get(url)
    assert response.status_code == status, url
    if status != 200:
        return None
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def member_url(member) -> str:
    return reverse("meetings:calendar_member", args=[calendar.feed_token(member)])


def events(cal) -> dict[str, icalendar.Event]:
    return {str(event["UID"]): event for event in cal.walk("VEVENT")}


def action_uid(action) -> str:
    return f"action-{action.pk}@{urlsplit(settings.SITE_URL).hostname}"


def action_for(person, agency, forum, title="Menyelaraskan data dengan target nasional", due=dt.date(2030, 3, 1)):
    return Action.objects.create(forum=forum, title=title, agency=agency, person=person, due_on=due)


def test_a_members_feed_holds_only_their_meetings_at_the_forums_local_time(forum, imigrasi, humas_imigrasi):
    mine = make_meeting(forum, [imigrasi], start=FEB_7, title="Kopi darat kehumasan", venue="Hotel Grand Meranti")
    invite(mine, member=humas_imigrasi)
    make_meeting(forum, [imigrasi], start=FEB_7 + dt.timedelta(days=1), title="Rapat yang tidak mengundang Fajar")

    cal = feed(member_url(humas_imigrasi))

    found = events(cal)
    assert list(found) == [mine.ical_uid()]
    event = found[mine.ical_uid()]
    assert event["DTSTART"].params["TZID"] == "Asia/Jakarta"
    assert event.start == dt.datetime(2030, 2, 7, 9, 0, tzinfo=WIB)
    assert event.start.hour == 9 and event.end.hour == 11
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Asia/Jakarta"]
    assert str(event["SUMMARY"]) == "Kopi darat kehumasan" and str(event["LOCATION"]) == "Hotel Grand Meranti"
    assert str(event["URL"]) == settings.SITE_URL + mine.get_absolute_url()
    assert str(event["URL"]) in str(event["DESCRIPTION"])
    assert str(event["STATUS"]) == "CONFIRMED"
    assert cal["REFRESH-INTERVAL"].to_ical() == cal["X-PUBLISHED-TTL"].to_ical() == b"PT1H"
    assert "Forum Kehumasan Kabupaten Kepulauan Meranti" in str(cal["X-WR-CALNAME"])


def test_an_online_meeting_gives_its_link_as_the_location(forum, humas_imigrasi):
    meeting = make_meeting(forum, start=FEB_7, venue="", online_url="https://meet.example.test/kopdar")
    invite(meeting, member=humas_imigrasi)
    event = events(feed(member_url(humas_imigrasi)))[meeting.ical_uid()]
    assert str(event["LOCATION"]) == "https://meet.example.test/kopdar"


def test_an_edit_keeps_the_event_uid_and_raises_its_sequence(forum, imigrasi, humas_imigrasi):
    with time_machine.travel(dt.datetime(2030, 1, 1, tzinfo=dt.UTC), tick=False):
        meeting = make_meeting(forum, [imigrasi], start=FEB_7)
        invite(meeting, member=humas_imigrasi)
    before = events(feed(member_url(humas_imigrasi)))[meeting.ical_uid()]

    with time_machine.travel(dt.datetime(2030, 1, 5, tzinfo=dt.UTC), tick=False):
        meeting.start, meeting.end = FEB_7 + dt.timedelta(days=1), FEB_7 + dt.timedelta(days=1, hours=2)
        meeting.save()
    after = events(feed(member_url(humas_imigrasi)))

    assert list(after) == [meeting.ical_uid()]
    assert after[meeting.ical_uid()].start == dt.datetime(2030, 2, 8, 9, 0, tzinfo=WIB)
    assert int(after[meeting.ical_uid()]["SEQUENCE"]) > int(before["SEQUENCE"])


def test_a_cancelled_meeting_stays_in_the_feed_marked_cancelled(forum, imigrasi, humas_imigrasi):
    meeting = make_meeting(forum, [imigrasi], start=FEB_7)
    invite(meeting, member=humas_imigrasi)
    cancel(meeting, "Bertepatan dengan kunjungan Bupati.")

    for url in (
        member_url(humas_imigrasi),
        reverse("meetings:calendar_forum", args=[calendar.feed_token(humas_imigrasi)]),
    ):
        event = events(feed(url))[meeting.ical_uid()]
        assert str(event["STATUS"]) == "CANCELLED"
        assert "Bertepatan dengan kunjungan Bupati." in str(event["DESCRIPTION"])


def test_the_actions_a_member_answers_for_are_all_day_events_on_their_due_date(
    forum, imigrasi, diskominfotik, humas_imigrasi, moderator
):
    mine = action_for(humas_imigrasi, imigrasi, forum)
    action_for(moderator, diskominfotik, forum, title="Membentuk forum kehumasan yang tetap")

    found = events(feed(member_url(humas_imigrasi)))

    assert list(found) == [action_uid(mine)]
    event = found[action_uid(mine)]
    assert event.start == dt.date(2030, 3, 1) and not isinstance(event.start, dt.datetime)
    assert event.end == dt.date(2030, 3, 2)
    assert "Menyelaraskan data dengan target nasional" in str(event["SUMMARY"])
    assert str(event["TRANSP"]) == "TRANSPARENT"
    assert str(event["URL"]) == settings.SITE_URL + mine.get_absolute_url()


def test_a_dropped_action_is_marked_cancelled(forum, imigrasi, humas_imigrasi):
    action = action_for(humas_imigrasi, imigrasi, forum)
    action.status, action.dropped_reason = ActionStatus.DROPPED, "Digabung dengan tindak lanjut lain."
    action.save()
    (event,) = events(feed(member_url(humas_imigrasi))).values()
    assert str(event["STATUS"]) == "CANCELLED"


def test_an_agencys_feed_holds_what_it_organises_or_is_invited_to_and_its_deadlines(
    forum, imigrasi, diskominfotik, humas_imigrasi, moderator
):
    organised = make_meeting(forum, [imigrasi], start=FEB_7, title="Coffee morning Imigrasi")
    invited = make_meeting(forum, [diskominfotik], start=FEB_7 + dt.timedelta(days=7), title="Rapat koordinasi")
    invite(invited, agency=imigrasi)
    other = make_meeting(forum, [diskominfotik], start=FEB_7 + dt.timedelta(days=14), title="Pelatihan Diskominfotik")
    theirs = action_for(moderator, imigrasi, forum)
    action_for(moderator, diskominfotik, forum, title="Tindak lanjut Diskominfotik")

    url = reverse("meetings:calendar_agency", args=[calendar.feed_token(moderator), "imigrasi"])
    found = events(feed(url))

    assert organised.ical_uid() in found and invited.ical_uid() in found
    assert other.ical_uid() not in found
    assert [uid for uid in found if uid.startswith("action-")] == [action_uid(theirs)]


def test_the_forum_feed_holds_every_meeting_of_the_forum(forum, imigrasi, diskominfotik, humas_imigrasi):
    meetings = [
        make_meeting(forum, [a], start=FEB_7 + dt.timedelta(days=i)) for i, a in enumerate([imigrasi, diskominfotik])
    ]
    found = events(feed(reverse("meetings:calendar_forum", args=[calendar.feed_token(humas_imigrasi)])))
    assert set(found) == {m.ical_uid() for m in meetings}


def test_another_forums_meetings_never_reach_the_feeds(forum, imigrasi, humas_imigrasi):
    ours = make_meeting(forum, [imigrasi], start=FEB_7)
    invite(ours, member=humas_imigrasi)
    other_forum = Forum.objects.create(slug="bengkalis", name="Forum Kehumasan Bengkalis", region_code="14.03",
                                       region_name="Kabupaten Bengkalis, Riau")  # fmt: skip
    their_agency = make_agency(other_forum, "humas-bengkalis", "Bagian Humas Bengkalis")
    theirs = make_meeting(other_forum, [their_agency], start=FEB_7, title="Rapat forum Bengkalis")
    invite(theirs, member=humas_imigrasi)
    token = calendar.feed_token(humas_imigrasi)

    for name in ("meetings:calendar_member", "meetings:calendar_forum"):
        found = events(feed(reverse(name, args=[token])))
        assert ours.ical_uid() in found and theirs.ical_uid() not in found
    feed(reverse("meetings:calendar_agency", args=[token, "humas-bengkalis"]), status=404)
    # A member of the other forum only has no feed on this installation's forum.
    bengkalis = make_member("humas@bengkalis.test", "Humas Bengkalis", agency=their_agency, role="pejabat_humas")
    feed(member_url(bengkalis), status=404)


def test_a_tampered_token_is_not_found(forum, humas_imigrasi):
    token = calendar.feed_token(humas_imigrasi)
    other = make_member("lain@demo.test", "Orang Lain")
    pk, rest = token.split(".", 1)
    for bad in (
        token[:-1] + ("A" if token[-1] != "A" else "B"),
        f"{other.pk}.{rest}",
        "1",
        "x" * 40,
        f"{pk}.{rest[:5]}",
    ):
        feed(reverse("meetings:calendar_member", args=[bad]), status=404)
        feed(reverse("meetings:calendar_forum", args=[bad]), status=404)
        feed(reverse("meetings:calendar_agency", args=[bad, "imigrasi"]), status=404)


def test_new_addresses_revoke_the_old_ones_and_a_password_change_does_not(forum, humas_imigrasi):
    from sinergi.conftest import client_for
    from sinergi.core.audit import history_for

    old = calendar.feed_token(humas_imigrasi)
    assert calendar.feed_token(humas_imigrasi) == old, "the address must stay the same until revoked"
    humas_imigrasi.set_password("sandi-baru-2030")
    humas_imigrasi.save()
    assert calendar.feed_token(humas_imigrasi) == old  # an upgrade's re-hash must not break subscriptions
    client_for(humas_imigrasi).post(reverse("meetings:calendar_renew"))
    humas_imigrasi.refresh_from_db()
    new = calendar.feed_token(humas_imigrasi)
    assert new != old
    feed(reverse("meetings:calendar_member", args=[old]), status=404)
    feed(reverse("meetings:calendar_member", args=[new]))
    assert humas_imigrasi.calendar_secret not in str(list(history_for(humas_imigrasi).values()))


def test_a_deactivated_members_token_is_not_found(forum, humas_imigrasi, moderator):
    token = calendar.feed_token(humas_imigrasi)
    humas_imigrasi.deactivate(by=moderator)
    feed(reverse("meetings:calendar_member", args=[token]), status=404)
    feed(reverse("meetings:calendar_forum", args=[token]), status=404)


def test_the_calendar_page_gives_the_member_their_own_working_addresses(forum, imigrasi, humas_imigrasi):
    page = client_for(humas_imigrasi).get(reverse("meetings:calendar"))
    assert page.status_code == 200 and "no-store" in page["Cache-Control"]
    text = page.content.decode()
    token = calendar.feed_token(humas_imigrasi)
    urls = [
        reverse("meetings:calendar_member", args=[token]),
        reverse("meetings:calendar_forum", args=[token]),
        reverse("meetings:calendar_agency", args=[token, "imigrasi"]),
    ]
    for url in urls:
        assert settings.SITE_URL + url in text
        assert "webcal://" + settings.SITE_URL.split("://", 1)[1] + url in text
        feed(url)


@pytest.mark.parametrize("who", ["anonymous", "outsider"])
def test_the_calendar_page_is_for_forum_members_only(forum, outsider, who):
    client = Client() if who == "anonymous" else client_for(outsider)
    response = client.get(reverse("meetings:calendar"))
    assert response.status_code == (302 if who == "anonymous" else 403)
