"""In Debian's Chromium at 390 px: the release list and the PPID request list show each row as a card,
the title on the card's full width, status and deadline in sight, and the page never scrolls sideways."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from sinergi.conftest import make_member, sign_in
from sinergi.meetings.tests.test_checkin_browser import PHONE
from sinergi.ppid.models import InformationRequest
from sinergi.releases.models import Status
from sinergi.releases.tests.factory import make_release

LONG_TITLE = "Pemerintah Kabupaten Kepulauan Meranti menyalurkan bantuan pangan cadangan beras kepada keluarga penerima"


def cards(page) -> list[dict]:
    """Each row of the list's table as the phone lays it out."""
    return page.eval_on_selector_all("table.stacked tbody tr", """rows => rows.map(row => ({
        display: getComputedStyle(row).display,
        title: row.querySelector('td.card-title').getBoundingClientRect().width,
        cells: [...row.querySelectorAll('td[data-label]')].map(td => {
            const box = td.getBoundingClientRect();
            return {label: td.dataset.label, text: td.innerText, visible: box.width > 0 && box.height > 0,
                    inside: box.left >= 0 && box.right <= window.innerWidth};
        }),
    }))""")


def assert_cards(page, *, status: str, deadline: str, text: str) -> None:
    rows = cards(page)
    assert rows, page.url
    for row in rows:
        assert row["display"] == "block"
        assert row["title"] > 300  # the whole card's width: a title wraps between words
        shown = {cell["label"]: cell for cell in row["cells"]}
        for label in (status, deadline):
            assert shown[label]["visible"] and shown[label]["inside"], (label, shown[label])
    assert any(text in cell["text"] for row in rows for cell in row["cells"])
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, page.url


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("national_rules")
def test_the_release_list_and_the_request_list_are_cards_on_a_phone(browser, live_server, forum, imigrasi, dinkes,
                                                                     moderator):  # fmt: skip
    make_release(imigrasi, title=LONG_TITLE, status=Status.SCHEDULED, publish_at=timezone.now() + dt.timedelta(days=1))
    make_release(dinkes, title="Jadwal posyandu Maret", status=Status.PUBLISHED)
    make_member("ppid.utama@demo.test", "Bambang Sutrisno", forum_role="ppid_utama", forum=forum)
    late = InformationRequest.objects.create(forum=forum, agency=dinkes, name="Siti Aminah", address="Jl. Merdeka 1",
                                             subject=LONG_TITLE, purpose="Liputan", consent_at=timezone.now())  # fmt: skip
    InformationRequest.objects.filter(pk=late.pk).update(received_at=timezone.now() - dt.timedelta(days=40))
    InformationRequest.objects.create(forum=forum, name="Budi", address="Jl. Sudirman 2", subject="Data anggaran",
                                      purpose="Penelitian", consent_at=timezone.now())  # fmt: skip

    desk = browser.new_context(**PHONE).new_page()
    desk.set_default_timeout(10_000)
    sign_in(desk, live_server.url, moderator.email)
    desk.goto(live_server.url + "/ruang-kerja/rilis/")
    assert_cards(desk, status="Status", deadline="Penerbitan", text="Terjadwal")

    office = browser.new_context(**PHONE).new_page()
    office.set_default_timeout(10_000)
    sign_in(office, live_server.url, "ppid.utama@demo.test")
    office.goto(live_server.url + "/ruang-kerja/ppid/permohonan/")
    assert_cards(office, status="Status", deadline="Tenggat", text="terlambat")
