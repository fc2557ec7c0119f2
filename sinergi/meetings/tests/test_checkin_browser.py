"""In Debian's Chromium on a phone-sized screen: scan the meeting's QR code, sign in, check in
with one tap; a second tap records nothing more."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from sinergi.conftest import PASSWORD
from sinergi.meetings.models import Attendance
from sinergi.meetings.tests.factory import make_meeting
from sinergi.ppid.tests.test_browser import accessibility_problems

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "device_scale_factor": 3}


@pytest.fixture
def _commits():
    """Browser tests commit for real, so on-commit work runs as in production."""


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_member_scans_the_code_signs_in_and_checks_in_once(browser, live_server, forum, imigrasi, humas_imigrasi):
    meeting = make_meeting(forum, [imigrasi], start=timezone.now() - dt.timedelta(minutes=5),
                           title="Coffee morning kehumasan")  # fmt: skip
    scanned = live_server.url + reverse("meetings:checkin", args=[meeting.pk, meeting.checkin_token])
    phone = browser.new_context(**PHONE)

    page = phone.new_page()
    page.set_default_timeout(10_000)
    page.goto(scanned)  # what the phone's camera opens
    expect(page).to_have_url(re.compile(r"/akun/masuk/\?next="))
    page.get_by_label("E-mail").fill(humas_imigrasi.email)
    page.get_by_label(re.compile(r"^Sandi")).fill(PASSWORD)
    page.get_by_role("button", name="Masuk").tap()
    expect(page).to_have_url(scanned)  # back where the code pointed
    expect(page.get_by_role("heading", level=1)).to_have_text("Coffee morning kehumasan")
    assert accessibility_problems(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    button = page.locator("main form button[type=submit]")
    box = button.bounding_box()
    assert box["width"] >= 300 and box["height"] >= 60  # big enough for a thumb

    second = phone.new_page()  # the same code opened twice, e.g. a double scan
    second.set_default_timeout(10_000)
    second.goto(scanned)
    expect(second.locator("main form button[type=submit]")).to_be_visible()

    button.tap()
    expect(page.locator("#checked-in")).to_be_visible()
    expect(page.get_by_role("status")).to_be_visible()
    assert accessibility_problems(page) == []
    record = Attendance.objects.get(meeting=meeting)
    assert (record.member_id, record.method, record.agency_id) == (humas_imigrasi.pk, "qr", imigrasi.pk)
    expect(page.locator("#checked-in")).to_contain_text(timezone.localtime(record.checked_in_at).strftime("%H.%M"))

    second.locator("main form button[type=submit]").tap()
    expect(second.locator("#checked-in")).to_be_visible()
    assert Attendance.objects.filter(meeting=meeting).count() == 1
