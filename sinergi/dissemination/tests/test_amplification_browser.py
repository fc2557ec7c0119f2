"""In Debian's Chromium, on a phone: the Dinkes admin opens the request to share from the inbox and reports
two post links (the one on someone else's account is refused with the reason, the other recorded), then
downloads the share kit."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from sinergi.conftest import sign_in
from sinergi.dissemination import amplification
from sinergi.dissemination.models import PostReport, ReportState
from sinergi.forum.models import SocialAccount
from sinergi.ppid.tests.test_browser import accessibility_problems, field
from sinergi.releases.tests.factory import published

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True}


def report(page, label: str, url: str) -> None:
    """Fill in one platform's link and press that form's own button."""
    field(page, label).fill(url)
    page.locator("form", has=field(page, label)).get_by_role("button").click()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_an_admin_reports_two_links_from_the_inbox_one_refused(browser, live_server, moderator, admin_dinkes, dinkes,
                                                                 imigrasi):  # fmt: skip
    SocialAccount.objects.create(agency=dinkes, platform="x", handle="diskesmeranti")
    SocialAccount.objects.create(agency=dinkes, platform="instagram", handle="diskesmeranti")
    release = published(imigrasi, title="Layanan paspor dibuka pada hari Sabtu")
    amplification.ask(release, moderator, [dinkes, imigrasi], ["x", "instagram"],
                      timezone.now() + dt.timedelta(hours=5))  # fmt: skip

    page = browser.new_context(**PHONE).new_page()
    page.set_default_timeout(10_000)
    base = live_server.url
    sign_in(page, base, admin_dinkes.email)
    page.goto(base + "/ruang-kerja/kotak-masuk/")
    page.get_by_role("link", name="Layanan paspor dibuka pada hari Sabtu").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Layanan paspor dibuka pada hari Sabtu")
    assert accessibility_problems(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    report(page, "Tautan unggahan di X (Twitter)", "https://x.com/akunlain/status/1864000000000000001")
    expect(page.get_by_role("status")).to_contain_text("akunlain, yang bukan akun instansi di direktori")
    report(page, "Tautan unggahan di Instagram", "https://www.instagram.com/diskesmeranti/p/DCx1aB2/")
    expect(page.get_by_role("status")).to_contain_text("Tautan unggahan sudah dicatat")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    states = dict(PostReport.objects.values_list("platform", "state"))
    assert states == {"x": ReportState.REFUSED, "instagram": ReportState.CHECKED}

    page.get_by_role("link", name="Kit berbagi").click()  # the kit, to share the next one
    assert accessibility_problems(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    with page.expect_download() as download:
        page.get_by_role("link", name="Unduh semuanya (ZIP)").click()
    archive = zipfile.ZipFile(download.value.path())
    assert "keterangan.txt" in archive.namelist()
    assert "Layanan paspor dibuka pada hari Sabtu" in archive.read("keterangan.txt").decode()
