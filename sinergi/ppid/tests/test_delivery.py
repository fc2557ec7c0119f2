"""The notice reaches the requester, or the PPID sees that it did not: nothing is recorded as received
that was not (an e-mail the server refused, a notice nobody handed over)."""

from __future__ import annotations

import datetime as dt
import smtplib

import pytest
import time_machine
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from sinergi.conftest import client_for, make_member
from sinergi.core.models import OutgoingEmail
from sinergi.ppid import register
from sinergi.ppid.models import DeliveryState, InformationRequest
from sinergi.ppid.tests.test_notice import PARTLY
from sinergi.ppid.tests.test_request_form import form
from sinergi.site.inbox import waiting_for as inbox_for


class RefusingServer(BaseEmailBackend):
    """A mail server that refuses the requester's address for good."""

    def send_messages(self, messages):
        raise smtplib.SMTPRecipientsRefused({messages[0].to[0]: (550, b"5.1.1 <siti@contoh.test>: no such user")})


class BusyServer(BaseEmailBackend):
    """A mail server that asks to be tried later."""

    def send_messages(self, messages):
        raise smtplib.SMTPSenderRefused(451, b"4.3.0 try again later", "noreply@sinergi.test")


@pytest.fixture
def ppid_dinkes(dinkes):
    return make_member("ppid.dinkes@demo.test", "Sri Wahyuni", agency=dinkes, role="ppid_pelaksana")


def issue(item, member, follow: bool = True):
    return client_for(member).post(reverse("ppid_office:notice", args=[item.pk]), PARTLY, follow=follow)


DELIVERY_COLUMN = "Tanggal penyerahan"


def delivery_date(item) -> str:
    header, rows = register.table(InformationRequest.objects.filter(pk=item.pk), register.OFFICE_COLUMNS)
    return dict(zip(header, rows[0], strict=True))[DELIVERY_COLUMN]


@pytest.mark.usefixtures("national_rules")
def test_asking_for_e_mail_without_an_address_is_refused_with_the_form_kept(forum):
    response = Client(REMOTE_ADDR="10.0.0.7").post(
        "/permohonan-informasi/", form(email="", phone="081234567890", delivery="email")
    )
    assert response.status_code == 200 and not InformationRequest.objects.exists()
    page = response.content.decode()
    assert "Anda memilih penyampaian lewat e-mail" in page and "081234567890" in page


def test_an_e_mailed_notice_is_received_when_the_server_takes_it(item, ppid_dinkes):
    mail.outbox.clear()
    page = issue(item, ppid_dinkes).content.decode()
    assert "E-mail kepada pemohon sedang dikirim" in page  # said before the outcome is known, never "told"
    item.refresh_from_db()
    assert mail.outbox[0].to == ["siti@contoh.test"]
    assert item.notice.delivery_state == DeliveryState.SENT and item.notice.is_received
    assert item.notice.delivered_on == forum_today(item)
    assert item.events.filter(action="emailed").exists()
    assert delivery_date(item) == forum_today(item).strftime("%d-%m-%Y")


def forum_today(item) -> dt.date:
    return item.forum.today()


def test_a_refused_e_mail_is_failed_with_its_reason_shown_in_the_inbox_and_not_in_the_register(
    item, ppid_dinkes, settings, caplog
):
    settings.EMAIL_BACKEND = f"{__name__}.RefusingServer"
    issue(item, ppid_dinkes)
    item.refresh_from_db()
    notice = item.notice
    assert notice.delivery_state == DeliveryState.FAILED and not notice.is_received
    assert notice.delivered_on is None and delivery_date(item) == ""
    assert "550" in notice.delivery_reason and "siti@" not in notice.delivery_reason
    assert "siti@contoh.test" not in caplog.text  # the log tells messages apart without the address
    waiting = [entry for entry in inbox_for(ppid_dinkes, item.forum) if entry.title == item.number]
    assert waiting and waiting[0].urgent and "gagal" in waiting[0].step
    page = client_for(ppid_dinkes).get(reverse("ppid_office:detail", args=[item.pk])).content.decode()
    assert "E-mail gagal" in page and "Kirim ulang e-mail" in page

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox.clear()
    client_for(ppid_dinkes).post(reverse("ppid_office:send_again", args=[item.pk]))
    item.notice.refresh_from_db()
    assert len(mail.outbox) == 1 and item.notice.delivery_state == DeliveryState.SENT
    assert not [entry for entry in inbox_for(ppid_dinkes, item.forum) if entry.title == item.number]


def test_a_busy_server_keeps_the_notice_on_its_way_until_a_retry_goes_out(item, ppid_dinkes, settings):
    settings.EMAIL_BACKEND = f"{__name__}.BusyServer"
    issue(item, ppid_dinkes)
    item.refresh_from_db()
    assert item.notice.delivery_state == DeliveryState.QUEUED and "451" in item.notice.delivery_reason
    assert item.notice.delivered_on is None
    message = OutgoingEmail.objects.get()
    assert message.about == f"ppid.notice:{item.notice.pk}"

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    from sinergi.core.mail import retry  # the worker's step, run here by hand

    assert retry(message.pk) == "sent"
    item.notice.refresh_from_db()
    assert item.notice.delivery_state == DeliveryState.SENT and item.notice.delivered_on == forum_today(item)


def test_a_notice_to_collect_waits_until_the_ppid_records_the_hand_over(item, ppid_dinkes):
    InformationRequest.objects.filter(pk=item.pk).update(delivery="langsung")
    mail.outbox.clear()
    page = issue(item, ppid_dinkes).content.decode()
    assert "pemohon belum menerimanya" in page
    item.refresh_from_db()
    assert mail.outbox == [] and item.notice.delivery_state == DeliveryState.WAITING
    assert delivery_date(item) == ""
    assert [entry for entry in inbox_for(ppid_dinkes, item.forum) if entry.title == item.number]

    url = reverse("ppid_office:delivered", args=[item.pk])
    today = forum_today(item)
    page = client_for(ppid_dinkes).post(url, {"delivered_on": today.isoformat(), "how": "teleport"}, follow=True)
    assert "Pilih cara penyerahan" in page.content.decode()
    tomorrow = (today + dt.timedelta(days=1)).isoformat()
    page = client_for(ppid_dinkes).post(url, {"delivered_on": tomorrow, "how": "pos"}, follow=True)
    assert "antara pemberitahuan dan hari ini" in page.content.decode()
    client_for(ppid_dinkes).post(url, {"delivered_on": today.isoformat(), "how": "pos"})
    item.refresh_from_db()
    assert item.notice.delivery_state == DeliveryState.HANDED_OVER and item.notice.handed_over_how == "pos"
    assert delivery_date(item) == today.strftime("%d-%m-%Y")


def test_an_e_mail_request_without_an_address_is_not_claimed_as_sent(item, ppid_dinkes):
    """Requests registered before the form required the address, or typed in by the office."""
    InformationRequest.objects.filter(pk=item.pk).update(email="", phone="0812")
    mail.outbox.clear()
    page = issue(item, ppid_dinkes).content.decode()
    item.refresh_from_db()
    assert mail.outbox == [] and item.notice.delivery_state == DeliveryState.WAITING
    assert "sedang dikirim" not in page and "pemohon belum menerimanya" in page


def test_a_report_from_the_mail_server_after_a_hand_over_changes_nothing(item, ppid_dinkes, settings):
    settings.EMAIL_BACKEND = f"{__name__}.BusyServer"
    issue(item, ppid_dinkes)
    item.refresh_from_db()
    with time_machine.travel(timezone.now()):
        item.notice.record_delivery(forum_today(item), ppid_dinkes, "langsung")
    item.notice.record_email_outcome("failed", "SMTP 550")
    item.notice.refresh_from_db()
    assert item.notice.delivery_state == DeliveryState.HANDED_OVER


@pytest.mark.usefixtures("national_rules")
def test_the_time_to_object_runs_from_the_day_the_notice_reached_the_requester(item, ppid_dinkes):
    """A notice collected a week after it was written leaves the requester their whole 30 working days."""
    from sinergi.ppid.clock import DeadlineCalendar

    InformationRequest.objects.filter(pk=item.pk).update(delivery="langsung")
    with time_machine.travel(dt.datetime(2026, 3, 2, 3, 0, tzinfo=dt.UTC)):  # Monday, in WIB
        issue(item, ppid_dinkes)
        item.refresh_from_db()
        calendar = DeadlineCalendar.for_forum(item.forum)
        from_the_notice = calendar.add_working_days(dt.date(2026, 3, 2), 30)
        assert item.objection_window()[1] == from_the_notice  # not yet collected: the notice's own day
    with time_machine.travel(dt.datetime(2026, 3, 9, 3, 0, tzinfo=dt.UTC)):
        item.notice.record_delivery(dt.date(2026, 3, 9), ppid_dinkes, "langsung")
        item.refresh_from_db()
        assert item.objection_window() == (dt.date(2026, 3, 9), calendar.add_working_days(dt.date(2026, 3, 9), 30))
        assert item.objection_window()[1] > from_the_notice
