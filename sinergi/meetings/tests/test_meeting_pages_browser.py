"""In Debian's Chromium: a meeting's page for the secretariat, and the public agenda on a phone,
are accessible (axe finds nothing) and fit the screen."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from sinergi.conftest import sign_in
from sinergi.meetings.models import Action, Minutes
from sinergi.meetings.tests.factory import make_meeting
from sinergi.meetings.tests.test_checkin_browser import PHONE
from sinergi.ppid.tests.test_browser import accessibility_problems


@pytest.fixture
def _commits():
    """Browser tests commit for real, so on-commit work runs as in production."""


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_meeting_page_and_the_public_agenda_are_accessible(browser, live_server, forum, diskominfotik, imigrasi,
                                                               moderator, humas_imigrasi):  # fmt: skip
    past = make_meeting(forum, [imigrasi, diskominfotik], start=timezone.now() - dt.timedelta(days=3),
                        title="Kopi darat kehumasan", is_public=True, chair=moderator,
                        description="Pertemuan pertama para pejabat humas.")  # fmt: skip
    past.speakers.create(name="Zulkifli Amri", organisation="PWI", topic="Rilis yang layak muat", role="narasumber")
    past.agenda.create(title="Pembukaan", starts_at=dt.time(9))
    past.invitations.create(kind="agency", agency=imigrasi)
    past.attendances.create(member=humas_imigrasi, name=humas_imigrasi.full_name, method="qr")
    Minutes.objects.create(meeting=past, summary="Sepakat membentuk forum.", status="approved", is_public=True,
                           approved_by=moderator, approved_at=timezone.now())  # fmt: skip
    decision = past.decisions.create(text="Membentuk forum kehumasan yang tetap")
    Action.objects.create(forum=forum, meeting=past, decision=decision, title="Menyiapkan SK forum", agency=imigrasi,
                          due_on=timezone.localdate() + dt.timedelta(days=10))  # fmt: skip
    make_meeting(forum, [diskominfotik], start=timezone.now() + dt.timedelta(days=5), title="Coffee morning",
                 is_public=True)  # fmt: skip

    desk = browser.new_page()
    desk.set_default_timeout(10_000)
    sign_in(desk, live_server.url, moderator.email)
    desk.goto(live_server.url + past.get_absolute_url())
    expect(desk.get_by_role("heading", level=1)).to_have_text("Kopi darat kehumasan")
    expect(desk.locator("main")).to_contain_text("Menyiapkan SK forum")
    assert accessibility_problems(desk) == []

    phone = browser.new_context(**PHONE).new_page()
    phone.set_default_timeout(10_000)
    for path in ("/", "/agenda/", f"/agenda/{past.pk}/", f"/agenda/{past.pk}/notulen/"):
        phone.goto(live_server.url + path)
        assert accessibility_problems(phone) == [], path
        assert phone.evaluate("document.documentElement.scrollWidth") <= 390, path
    expect(phone.locator("main")).to_contain_text("Membentuk forum kehumasan yang tetap")
    expect(phone.locator("main")).not_to_contain_text(humas_imigrasi.full_name)  # attendance never public
