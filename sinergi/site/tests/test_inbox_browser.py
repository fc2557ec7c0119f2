"""On a phone (390 px), the PPID pelaksana and the atasan PPID of the demo find their work at the top
of the workspace, each item with its step and its deadline in working days, and nothing scrolls sideways."""

from __future__ import annotations

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from playwright.sync_api import expect

from sinergi.conftest import PASSWORD, sign_in
from sinergi.forum.models import Member
from sinergi.ppid.models import InformationRequest, Objection

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True}


@pytest.fixture
def demo(national_rules):
    call_command("load_demo", quiet_logins=True, stdout=io.StringIO())
    for member in Member.objects.filter(email__in=["ppid.dinkes@demo.test", "sekda@demo.test"]):
        member.is_demo = False  # demo logins work only while DEBUG; these two sign in as any officer does
        member.set_password(PASSWORD)
        member.save()


def no_sideways_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def accessibility_problems(page) -> list[str]:
    return [f"{v['id']}: {[n['target'] for n in v['nodes']]}" for v in Axe().run(page).response["violations"]]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_pelaksana_and_the_atasan_see_their_work_on_a_phone(browser, live_server, demo):
    base = live_server.url
    page = browser.new_context(**PHONE).new_page()
    page.set_default_timeout(10_000)

    sign_in(page, base, "ppid.dinkes@demo.test")
    first = InformationRequest.objects.open().filter(agency__slug="dinkes").order_by("received_at").first()
    item = page.locator(".inbox-item", has_text=first.number)
    expect(item).to_be_visible()
    expect(item.get_by_text("Berikan pemberitahuan tertulis")).to_be_visible()
    expect(item.locator(".tag")).to_contain_text("hari kerja")
    expect(page.locator("header .count")).to_be_visible()
    assert no_sideways_scroll(page)
    assert accessibility_problems(page) == []
    item.get_by_role("link", name=first.number).click()
    expect(page).to_have_url(f"{base}/ruang-kerja/ppid/permohonan/{first.pk}/")

    page.context.clear_cookies()
    sign_in(page, base, "sekda@demo.test")
    waiting = Objection.objects.filter(answered_at__isnull=True).order_by("received_at").first()
    item = page.locator(".inbox-item", has_text=waiting.number)
    expect(item.get_by_text("Putuskan keberatan")).to_be_visible()
    expect(item.locator(".tag")).to_contain_text("hari kerja")
    assert no_sideways_scroll(page)

    page.get_by_role("link", name="Keberatan", exact=True).click()
    expect(page).to_have_url(f"{base}/ruang-kerja/ppid/permohonan/keberatan/")
    row = page.locator("tr", has_text=waiting.number)
    expect(row.get_by_text("Menunggu keputusan")).to_be_visible()
    assert no_sideways_scroll(page)
    assert accessibility_problems(page) == []
