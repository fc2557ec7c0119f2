"""The written notice: what it must state, its PDF, and the requester's copy on the tracking page."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from sinergi.conftest import client_for, make_member
from sinergi.core.workflow import TransitionError
from sinergi.ppid.models import InformationRequest

PARTLY = {
    "held": "held", "holder": "", "decision": "partly", "blacked_out": "Nama dan NIK penerima bantuan.",
    "exemption_ground": "h", "exemption_register_entry": "DIK-DINSOS-2025-03", "refusal_reason": "",
    "material": "Rekap penerima per kecamatan tahun 2025.", "form": "Softcopy", "delivery": "E-mail", "cost": "0",
    "payment_method": "", "consequence": "Membuka nama penerima mengungkap rahasia pribadi; rekap tanpa nama cukup.",
}  # fmt: skip


@pytest.fixture
def item(forum, dinkes):
    with time_machine.travel(dt.datetime(2026, 3, 2, 2, 0, tzinfo=dt.UTC)):
        return InformationRequest.objects.create(
            forum=forum, agency=dinkes, name="Siti Aminah", id_number="1410015708900003", address="Jl. Merdeka 1",
            email="siti@contoh.test", subject="Data penerima bantuan sosial", purpose="Liputan",
            consent_at=timezone.now(),
        )  # fmt: skip


@pytest.fixture
def ppid_dinkes(dinkes):
    return make_member("ppid.dinkes@demo.test", "Sri Wahyuni", agency=dinkes, role="ppid_pelaksana")


def test_a_partly_granted_notice_is_issued_as_a_pdf_and_the_requester_reads_it(item, ppid_dinkes):
    mail.outbox.clear()
    response = client_for(ppid_dinkes).post(reverse("ppid_office:notice", args=[item.pk]), PARTLY)
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == "answered" and item.notice.pdf
    assert item.notice.pdf.open("rb").read(5) == b"%PDF-"
    assert mail.outbox[0].to == ["siti@contoh.test"] and item.get_tracking_url() in mail.outbox[0].body
    page = Client().get(item.get_tracking_url()).content.decode()
    assert "Diberikan sebagian" in page and "Nama dan NIK penerima bantuan." in page and "h. Rahasia pribadi" in page
    pdf = Client().get(reverse("ppid:track_notice_pdf", args=[item.tracking_token]))
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"


def test_a_partial_grant_must_name_the_blacked_out_parts_and_their_ground(item, ppid_dinkes):
    response = client_for(ppid_dinkes).post(reverse("ppid_office:notice", args=[item.pk]),
                                            {**PARTLY, "blacked_out": "", "exemption_ground": ""})  # fmt: skip
    assert set(response.context["form"].errors) == {"blacked_out", "exemption_ground"}
    item.refresh_from_db()
    assert item.status != "answered"


def test_not_held_names_who_holds_it(item, ppid_dinkes):
    response = client_for(ppid_dinkes).post(reverse("ppid_office:notice", args=[item.pk]),
                                            {**PARTLY, "held": "not_held", "decision": ""})  # fmt: skip
    assert "holder" in response.context["form"].errors


@time_machine.travel(dt.datetime(2026, 3, 16, 9, 0, tzinfo=dt.UTC))  # day 10: the last of the first period
def test_one_extension_with_a_reason_moves_the_deadline_to_17_working_days(item, ppid_dinkes):
    assert item.notice_due_on() == dt.date(2026, 3, 16)
    client_for(ppid_dinkes).post(reverse("ppid_office:extend", args=[item.pk]), {"reason": ""})
    item.refresh_from_db()
    assert item.extended_at is None
    client_for(ppid_dinkes).post(reverse("ppid_office:extend", args=[item.pk]), {"reason": "Data masih dihimpun."})
    item.refresh_from_db()
    assert item.notice_due_on() == dt.date(2026, 4, 1)
    assert "Data masih dihimpun." in Client().get(item.get_tracking_url()).content.decode()
    with pytest.raises(TransitionError):
        item.extend(ppid_dinkes, "Sekali lagi.")


def test_another_agencys_ppid_cannot_answer(item, imigrasi):
    other = make_member("ppid.imigrasi@demo.test", "Rudi", agency=imigrasi, role="ppid_pelaksana")
    assert client_for(other).post(reverse("ppid_office:notice", args=[item.pk]), PARTLY).status_code == 403


@time_machine.travel(dt.datetime(2026, 3, 17, 1, 0, tzinfo=dt.UTC))  # 08.00 WIB on day 11
def test_an_extension_on_the_eleventh_working_day_is_refused(item, ppid_dinkes):
    page = client_for(ppid_dinkes).post(reverse("ppid_office:extend", args=[item.pk]),
                                        {"reason": "Data masih dihimpun."}, follow=True).content.decode()  # fmt: skip
    assert "paling lambat 16-03-2026" in page
    item.refresh_from_db()
    assert item.extended_at is None and item.notice_due_on() == dt.date(2026, 3, 16)
