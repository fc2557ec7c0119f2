"""In Debian's Chromium, under the strict Content-Security-Policy: the pages that run script or
carry styling (copy link, htmx polling and filtering, the check-in code, the API docs, the admin)
work, and the browser reports no violation of the policy."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from sinergi.conftest import sign_in
from sinergi.meetings.tests.factory import make_meeting
from sinergi.releases.tests.factory import published

# Registered before any page script: every violation the browser reports, whatever its source.
WATCH = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__cspViolations.push(e.violatedDirective + " " + (e.blockedURI || "inline") + " " + (e.sourceFile || ""));
});
"""


@pytest.fixture
def _commits():
    """Browser tests commit for real, so on-commit work runs as in production."""


def watched(context):
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.add_init_script(WATCH)
    console = []
    page.on("console", lambda message: console.append(message.text) if message.type in ("error", "warning") else None)
    return page, console


def violations(page, console) -> list[str]:
    found = page.evaluate("window.__cspViolations")
    return found + [text for text in console if "Content Security Policy" in text or "Permissions-Policy" in text]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_scripted_and_styled_pages_work_under_the_policy(browser, live_server, forum, imigrasi, humas_imigrasi):
    base = live_server.url
    release = published(imigrasi, title="Layanan paspor Sabtu")
    meeting = make_meeting(forum, [imigrasi], start=timezone.now() - dt.timedelta(minutes=5))
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page, console = watched(context)

    page.goto(base + release.get_absolute_url())
    page.get_by_role("button", name="Salin tautan").click()
    expect(page.get_by_text("Tautan disalin.")).to_be_visible()  # the script from a static file ran
    assert violations(page, console) == []

    page.goto(base + "/api/docs/")
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("Sinergi API")
    assert violations(page, console) == []

    page.goto(base + "/admin/login/")  # the admin signs in through the site's own page (one lock, two steps)
    expect(page.get_by_role("button", name="Masuk")).to_be_visible()
    assert "/akun/masuk/" in page.url
    assert violations(page, console) == []

    sign_in(page, base, humas_imigrasi.email)
    page.goto(base + reverse("forum:directory"))
    with page.expect_response(lambda r: "/direktori/" in r.url and r.request.headers.get("hx-request") == "true"):
        page.locator("#id_q").fill("imigrasi")  # htmx filters the list as one types
    assert violations(page, console) == []

    page.goto(base + reverse("meetings:checkin_code", args=[meeting.pk]))
    expect(page.locator(".site-header")).to_be_hidden()  # the projector page's own styling applies
    assert page.locator(".qr-box svg").bounding_box()["width"] > 100
    assert violations(page, console) == []
