"""The notification settings page: per kind of message, e-mail at once, the daily summary, or the inbox only."""

from __future__ import annotations

import pytest
from django.core import mail
from django.test import Client

from sinergi.conftest import client_for, sign_in
from sinergi.core.models import NotificationSetting
from sinergi.core.notifications import registered_kinds
from sinergi.ppid.tests.test_request_form import form

PAGE = "/akun/pemberitahuan/"


def everything(delivery: str) -> dict:
    return {kind.key: delivery for kind in registered_kinds()}


def test_the_page_offers_each_kind_in_indonesian_and_shows_the_required_ones_fixed(outsider):
    page = client_for(outsider).get(PAGE).content.decode()
    assert "Undangan rapat, perubahan, dan pembatalannya" in page and "Keberatan baru yang harus diputuskan" in page
    assert "Surel segera" in page and "Dalam ringkasan harian" in page and "Hanya di kotak masuk" in page
    choosable = [kind for kind in registered_kinds() if not kind.required]
    assert page.count('type="radio"') == 3 * len(choosable)
    # The escalation of a late request is the law's: shown with its reason, with nothing to choose.
    assert "Permohonan yang melewati tenggat menurut undang-undang" in page and "UU 14/2008 Pasal 22" in page
    assert "Selalu langsung dikirim lewat surel" in page
    assert 'name="ppid.escalation"' not in page


def test_the_workspace_links_to_it_and_strangers_are_sent_to_sign_in(outsider):
    assert PAGE in client_for(outsider).get("/ruang-kerja/").content.decode()
    response = Client().get(PAGE)
    assert response.status_code == 302 and response["Location"].startswith("/akun/masuk/")


def test_choices_are_saved_and_shown_again(outsider):
    client = client_for(outsider)
    response = client.post(PAGE, {**everything("immediate"), "meetings.reminder": "daily", "forum.mention": "inbox"},
                           follow=True)  # fmt: skip
    assert response.redirect_chain == [(PAGE, 302)]
    assert "Pengaturan pemberitahuan Anda tersimpan." in response.content.decode()
    stored = dict(NotificationSetting.objects.filter(member=outsider).values_list("kind", "delivery"))
    assert stored["meetings.reminder"] == "daily" and stored["forum.mention"] == "inbox"
    assert stored["meetings.invitation"] == "immediate"
    shown = client.get(PAGE).context["form"]
    assert shown["meetings.reminder"].value() == "daily" and shown["forum.mention"].value() == "inbox"


def test_a_value_that_is_not_one_of_the_three_is_refused(outsider):
    response = client_for(outsider).post(PAGE, {**everything("immediate"), "forum.mention": "never"})
    assert response.status_code == 200 and "Pilih salah satu dari ketiganya" in response.content.decode()
    assert not NotificationSetting.objects.filter(member=outsider).exists()


@pytest.mark.usefixtures("national_rules")
def test_a_forged_post_cannot_switch_off_a_required_kind_or_a_requesters_message(forum, outsider,
                                                                                 django_capture_on_commit_callbacks):  # fmt: skip
    forged = {**everything("inbox"), "ppid.escalation": "inbox", "ppid.receipt": "inbox", "": "inbox"}
    assert client_for(outsider).post(PAGE, forged).status_code == 302
    assert set(NotificationSetting.objects.filter(member=outsider).values_list("kind", flat=True)) == {
        kind.key for kind in registered_kinds() if not kind.required}  # fmt: skip
    # The same person asks for information as a requester: the receipt still comes at once.
    with django_capture_on_commit_callbacks(execute=True):
        Client(REMOTE_ADDR="10.0.0.9").post("/permohonan-informasi/", form(email=outsider.email))
    assert [m.to for m in mail.outbox] == [[outsider.email]]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_page_fits_a_phone(browser, live_server, outsider):
    page = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True).new_page()
    sign_in(page, live_server.url, outsider.email)
    page.goto(live_server.url + PAGE)
    page.get_by_role("row", name="Pengingat rapat, sehari sebelumnya").get_by_role("radio").nth(1).check()
    page.get_by_role("button", name="Simpan").click()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert NotificationSetting.objects.get(member=outsider, kind="meetings.reminder").delivery == "daily"
