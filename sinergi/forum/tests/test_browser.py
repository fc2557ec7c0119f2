"""In Debian's Chromium: a moderator signs in and works with the directory, on a phone too."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect, sync_playwright

from sinergi.conftest import PASSWORD

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]  # fmt: skip


@pytest.fixture
def browser(monkeypatch):
    # Playwright's sync API runs an event loop in this thread; the ORM calls in the test are safe.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def sign_in(page, base: str, email: str) -> None:
    page.goto(f"{base}/akun/masuk/")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label(re.compile(r"^Sandi")).fill(PASSWORD)
    page.get_by_role("button", name="Masuk").click()
    expect(page).to_have_url(f"{base}/ruang-kerja/")


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
