"""In Debian's Chromium: a moderator signs in and works with the directory, on a phone too."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from sinergi.conftest import sign_in


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_moderator_signs_in_searches_and_updates_an_agency(browser, live_server, moderator, imigrasi, dinkes):
    page = browser.new_page()
    page.set_default_timeout(10_000)
    sign_in(page, live_server.url, "rina@demo.test")
    page.get_by_role("link", name="Direktori").first.click()
    expect(page.get_by_role("heading", name="Direktori instansi")).to_be_visible()
    with page.expect_response(lambda r: "q=imigrasi" in r.url) as search:
        page.get_by_label("Cari").fill("imigrasi")  # htmx replaces the rows as one types
    assert search.value.status == 200, search.value.text()[:500]
    expect(page.locator("#agency-rows")).not_to_contain_text("Dinas Kesehatan")
    page.get_by_role("link", name="Kantor Imigrasi Kelas II TPI Selatpanjang").click()
    page.get_by_role("link", name="Ubah").click()
    page.get_by_label("Telepon").fill("0763-32111")
    page.get_by_role("button", name="Simpan").click()
    expect(page.get_by_role("status")).to_contain_text("Instansi telah disimpan")
    expect(page.locator("dl")).to_contain_text("0763-32111")
    imigrasi.refresh_from_db()
    assert imigrasi.phone == "0763-32111"


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_portal_and_the_directory_fit_a_phone(browser, live_server, admin_dinkes, dinkes):
    page = browser.new_page(viewport={"width": 360, "height": 740}, is_mobile=True)
    page.set_default_timeout(10_000)
    page.goto(live_server.url + "/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    sign_in(page, live_server.url, "yusuf@demo.test")
    page.goto(live_server.url + "/direktori/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"the page scrolls sideways on a phone ({width}px)"
    expect(page.get_by_role("link", name="Dinas Kesehatan")).to_be_visible()
