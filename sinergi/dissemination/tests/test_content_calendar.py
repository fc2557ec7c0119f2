"""The content calendar: every agency's plans and publications, national and local days and holidays,
theme periods; for moderators, national days nobody planned for and two agencies on the same subject;
an iCalendar feed for each member."""

from __future__ import annotations

import datetime as dt

import time_machine
from django.test import Client
from django.urls import reverse
from icalendar import Calendar

from sinergi.conftest import client_for
from sinergi.dissemination.models import Observance
from sinergi.releases.tests.factory import make_release

NOW = dt.datetime(2026, 11, 2, 3, 0, tzinfo=dt.UTC)  # Monday 2 November 2026, 10.00 WIB
CALENDAR = reverse("dissemination:calendar")


def test_the_month_shows_other_agencies_plans_days_and_holidays_but_no_exempt_draft(
        forum, dinkes, imigrasi, humas_imigrasi):  # fmt: skip
    make_release(dinkes, title="Posyandu serentak di 13 desa Tebing Tinggi", planned_on=dt.date(2026, 11, 20))
    make_release(dinkes, title="Rekam medis rahasia", planned_on=dt.date(2026, 11, 21), kip_class="dikecualikan",
                 exemption_ground="h", exemption_legal_basis="UU 17/2023", exemption_consequence="Terbuka",
                 exemption_decree_number="SK/1", exemption_decree_date=dt.date(2026, 1, 1))  # fmt: skip
    Observance.objects.create(forum=forum, name="Hari Jadi Kabupaten Kepulauan Meranti", day=dt.date(2009, 12, 19),
                              source="UU 12/2009")  # fmt: skip
    with time_machine.travel(NOW):
        page = client_for(humas_imigrasi).get(CALENDAR, {"tampilan": "bulan", "dari": "2026-11"}).content.decode()
        assert "Posyandu serentak di 13 desa Tebing Tinggi" in page and "Dinas Kesehatan" in page
        assert "Rekam medis rahasia" not in page
        assert "Hari Kesehatan Nasional" in page and "Hari Pahlawan" in page
        december = client_for(humas_imigrasi).get(CALENDAR, {"dari": "2026-12"}).content.decode()
        assert "Hari Jadi Kabupaten Kepulauan Meranti" in december and "Natal" in december
        only_days = client_for(humas_imigrasi).get(CALENDAR, {"dari": "2026-11", "jenis": "day"}).content.decode()
        assert "Posyandu serentak" not in only_days and "Hari Pahlawan" in only_days
        week = client_for(humas_imigrasi).get(CALENDAR, {"tampilan": "minggu", "dari": "2026-11-19"}).content.decode()
        assert "16 November 2026 – 22 November 2026" in week and "Posyandu serentak" in week
        assert client_for(humas_imigrasi).get(CALENDAR, {"tampilan": "minggu", "dari": "2026-02-30"}).status_code == 200
        assert Client().get(CALENDAR).status_code == 302


def test_moderators_see_days_nobody_planned_for_and_two_agencies_on_one_subject(moderator, dinkes, imigrasi):
    with time_machine.travel(NOW):
        page = client_for(moderator).get(CALENDAR).content.decode()
        assert "Hari Pahlawan" in page.split("Datang tanpa rencana")[1].split("</div>")[0]
        make_release(dinkes, title="Peringatan Hari Pahlawan: tabur bunga", planned_on=dt.date(2026, 11, 10))
        make_release(dinkes, title="Posyandu serentak di 13 desa Tebing Tinggi", planned_on=dt.date(2026, 11, 20))
        make_release(imigrasi, title="Posyandu serentak 13 desa di Tebing Tinggi", planned_on=dt.date(2026, 11, 21))
        page = client_for(moderator).get(CALENDAR).content.decode()
        quiet = page.split("Datang tanpa rencana")[1].split("</div>")[0]
        assert "Hari Pahlawan" not in quiet and "Hari Kesehatan Nasional" in quiet
        assert "Dua instansi pada pokok yang sama" in page


def test_each_member_subscribes_with_their_own_address(forum, dinkes, humas_imigrasi):
    make_release(dinkes, title="Posyandu serentak di 13 desa Tebing Tinggi", planned_on=dt.date(2026, 11, 20))
    with time_machine.travel(NOW):
        page = client_for(humas_imigrasi).get(CALENDAR).content.decode()
        address = page.split("<code class=\"post-link\">")[1].split("/kalender-konten/")[1].split(".ics")[0]
        feed = Client().get(f"/kalender-konten/{address}.ics")
        calendar = Calendar.from_ical(feed.content)
        summaries = [str(event["summary"]) for event in calendar.walk("VEVENT")]
        assert "[Rencana rilis] (Dinas Kesehatan)" in summaries  # a draft's title stays in the forum
        assert not any("Posyandu" in summary for summary in summaries)
        assert any("Hari Kesehatan Nasional" in summary for summary in summaries)
        uids = [str(event["uid"]) for event in calendar.walk("VEVENT")]
        again = Calendar.from_ical(Client().get(f"/kalender-konten/{address}.ics").content)
        assert uids == [str(event["uid"]) for event in again.walk("VEVENT")]  # stable from one fetch to the next
        assert Client().get(f"/kalender-konten/{address[:-3]}abc.ics").status_code == 404


def test_two_plans_retelling_one_event_under_different_titles_are_shown_as_one_subject(dinkes, imigrasi):
    from sinergi.dissemination import content_calendar
    from sinergi.dissemination.tests.test_clash_review import DRILL, DRILL_RETOLD

    make_release(dinkes, title="BPBD gelar latihan siaga", body=DRILL, planned_on=dt.date(2026, 11, 20))
    make_release(imigrasi, title="Warga pesisir ikut berlatih", body=DRILL_RETOLD, planned_on=dt.date(2026, 11, 21))
    make_release(imigrasi, title="Layanan paspor Sabtu", planned_on=dt.date(2026, 11, 20))
    found = content_calendar.entries(dinkes.forum, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    pairs = content_calendar.clashes(found)
    assert [(a.title, b.title) for a, b in pairs] in (
        [("BPBD gelar latihan siaga", "Warga pesisir ikut berlatih")],
        [("Warga pesisir ikut berlatih", "BPBD gelar latihan siaga")],
    )


def test_moderators_keep_the_forums_own_days_with_their_source(forum, moderator, humas_imigrasi):
    url = reverse("dissemination:observances")
    client = client_for(moderator)
    response = client.post(url, {"name": "Festival Perang Air", "day": "2027-02-17", "source": "Dinas Pariwisata"})
    assert response.status_code == 302
    item = Observance.objects.get(forum=forum, name="Festival Perang Air")
    assert not item.every_year and item.day == dt.date(2027, 2, 17)
    page = client.post(url, {"name": "Hari tanpa sumber", "day": "2027-13-01", "source": ""}).content.decode()
    assert "Tanggal" in page and not Observance.objects.filter(name="Hari tanpa sumber").exists()
    client.post(reverse("dissemination:observance_edit", args=[item.pk]),
                {"name": "Festival Perang Air (Imlek)", "day": "2027-02-17", "source": "Dinas Pariwisata"})  # fmt: skip
    item.refresh_from_db()
    assert item.name == "Festival Perang Air (Imlek)"
    with time_machine.travel(NOW):
        february = client.get(CALENDAR, {"dari": "2027-02"}).content.decode()
        assert "Festival Perang Air (Imlek)" in february
    assert client_for(humas_imigrasi).get(url).status_code == 403
    assert client_for(humas_imigrasi).post(reverse("dissemination:observance_delete", args=[item.pk])).status_code == 403
    client.post(reverse("dissemination:observance_delete", args=[item.pk]))
    assert not Observance.objects.filter(pk=item.pk).exists()


def test_the_month_is_a_grid_of_whole_weeks_on_wide_screens(forum, dinkes, humas_imigrasi):
    make_release(dinkes, title="Posyandu serentak", planned_on=dt.date(2026, 11, 20))
    with time_machine.travel(NOW):
        page = client_for(humas_imigrasi).get(CALENDAR, {"tampilan": "bulan", "dari": "2026-11"}).content.decode()
    grid = page.split('<table class="calendar-grid"')[1].split("</table>")[0]
    assert grid.count("<tr>") == 1 + 6  # the header, and 1 November 2026 is a Sunday: six weeks
    assert "<th scope=\"col\">Sen</th>" in grid and "Posyandu serentak" in grid
