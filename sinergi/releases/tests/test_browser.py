"""In Debian's Chromium: a release goes from draft to the public page, its feed and search,
and the public pages pass an automated accessibility check (axe-core)."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from sinergi.conftest import sign_in
from sinergi.releases.models import Release, Status
from sinergi.releases.tests.factory import make_theme


@pytest.fixture
def _commits():
    """Browser tests commit for real, so on-commit work runs as in production."""


def take_step(page, button: str, comment: str = "") -> None:
    form = page.locator("form.step-form", has=page.get_by_role("button", name=button, exact=True))
    if comment:
        form.get_by_label("Komentar").fill(comment)
    form.get_by_role("button", name=button, exact=True).click()


def accessibility_problems(page) -> list[str]:
    results = Axe().run(page)
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])}x)" for v in results.response["violations"]]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_release_goes_from_draft_to_the_public_page_feed_and_search(
    browser, live_server, forum, admin_imigrasi, humas_imigrasi, moderator
):
    make_theme(forum, "satu-data", "Satu Data Indonesia")
    base = live_server.url

    drafter = browser.new_context().new_page()
    drafter.set_default_timeout(10_000)
    sign_in(drafter, base, admin_imigrasi.email)
    drafter.get_by_role("link", name="Rilis", exact=True).first.click()
    drafter.get_by_role("link", name="Rilis baru").click()
    drafter.get_by_label("Judul").fill("Warga membangun pos pelayanan paspor keliling")
    drafter.get_by_label("Ringkasan").fill("Layanan paspor kini hadir di kecamatan.")
    drafter.get_by_label("Isi").fill("Kantor imigrasi bersama warga membangun pos layanan.\n\nLayanan dibuka Sabtu.")
    drafter.get_by_label("Satu Data Indonesia").check()
    drafter.get_by_role("button", name="Simpan").click()
    expect(drafter.get_by_role("status")).to_contain_text("Draf disimpan")
    take_step(drafter, "Ajukan ke pejabat humas", "Mohon diperiksa.")
    expect(drafter.get_by_role("status")).to_contain_text("Diajukan")

    head = browser.new_context().new_page()
    head.set_default_timeout(10_000)
    sign_in(head, base, humas_imigrasi.email)
    head.get_by_role("link", name="Warga membangun pos pelayanan paspor keliling").first.click()
    take_step(head, "Setujui dan kirim ke tinjauan forum")
    expect(head.get_by_role("status")).to_contain_text("tinjauan forum")

    reviewer = browser.new_context().new_page()
    reviewer.set_default_timeout(10_000)
    sign_in(reviewer, base, moderator.email)
    reviewer.get_by_role("link", name="Warga membangun pos pelayanan paspor keliling").first.click()
    problems = accessibility_problems(reviewer)
    assert problems == [], problems
    take_step(reviewer, "Setujui untuk terbit", "Selaras dengan tema Satu Data.")
    take_step(reviewer, "Terbitkan sekarang")
    expect(reviewer.get_by_role("status")).to_contain_text("Diterbitkan")
    release = Release.objects.get()
    assert release.status == Status.PUBLISHED

    public = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True).new_page()
    public.set_default_timeout(10_000)
    public.goto(base + "/")
    assert accessibility_problems(public) == []
    public.get_by_role("link", name="Warga membangun pos pelayanan paspor keliling").click()
    expect(public.get_by_role("heading", level=1)).to_have_text("Warga membangun pos pelayanan paspor keliling")
    assert public.evaluate("document.documentElement.scrollWidth") <= 360
    problems = accessibility_problems(public)
    assert problems == [], problems

    public.goto(base + "/feed/rss/")
    assert "Warga membangun pos pelayanan paspor keliling" in public.content()

    public.goto(base + "/")
    public.get_by_label("Cari informasi publik").fill("pembangunan")
    public.get_by_label("Cari informasi publik").press("Enter")
    expect(public.locator("mark").first).to_have_text("membangun")
    problems = accessibility_problems(public)
    assert problems == [], problems


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_release_page_can_be_used_with_the_keyboard(browser, live_server, imigrasi):
    from sinergi.releases.tests.factory import published

    release = published(imigrasi, title="Layanan paspor Sabtu")
    page = browser.new_page()
    page.goto(live_server.url + release.get_absolute_url())
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Langsung ke konten")).to_be_focused()
    page.keyboard.press("Enter")
    for _ in range(30):  # the share links are reachable by Tab alone
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "WhatsApp":
            break
    else:
        pytest.fail("the WhatsApp share link is not reachable by keyboard")
