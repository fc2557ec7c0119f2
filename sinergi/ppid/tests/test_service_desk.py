"""The service desk: a PPID officer registers requests that came in person, by phone, post or e-mail, and
written objections; each is numbered at once and its receipt printed for the requester."""

from __future__ import annotations

import datetime as dt
import io

import pytest
import time_machine
from django.core import mail
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader

from sinergi.conftest import client_for, make_member
from sinergi.ppid.models import InformationRequest, RequestAction
from sinergi.ppid.tests.test_objection import refuse

PHONE_CALL = {
    "channel": "telepon", "requester_type": "perorangan", "name": "Pak Darman", "id_number": "1410010101700001",
    "address": "Desa Banglas, Tebing Tinggi", "occupation": "Nelayan", "phone": "0813-7000-1234", "email": "",
    "agency": "", "subject": "Jadwal kapal penyeberangan Selatpanjang-Tanjung Samak bulan Januari",
    "purpose": "Keperluan keluarga", "access": "salinan", "form": "hardcopy", "delivery": "langsung",
}  # fmt: skip


@pytest.fixture
def desk(dinkes):
    return make_member("ppid.dinkes@demo.test", "Sri Wahyuni", agency=dinkes, role="ppid_pelaksana")


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)


@pytest.mark.usefixtures("national_rules")
def test_a_phone_request_is_numbered_at_once_and_its_receipt_names_the_officer(desk, settings):
    settings.PPID_REQUESTS_PER_HOUR = 2  # the public form's limit does not apply at the desk
    client = client_for(desk)
    for _ in range(3):
        response = client.post(reverse("ppid_office:desk_request"), PHONE_CALL, follow=True)
    assert InformationRequest.objects.count() == 3
    item = InformationRequest.objects.order_by("pk").last()
    assert item.channel == "telepon" and item.registered_by == desk and item.consent_at is None
    assert f"Terdaftar dengan nomor {item.number}" in response.content.decode()
    response = client.get(reverse("ppid_office:receipt_pdf", args=[item.pk]))
    assert response.status_code == 200, response.content[:300]
    receipt = pdf_text(response.content)
    for expected in ("TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK", item.number, "Pak Darman", "Pemohon : Perorangan",
                     "Jadwal kapal penyeberangan", "( Sri Wahyuni )"):  # fmt: skip
        assert expected in receipt, expected
    assert "Diterima secara elektronik" not in receipt


@pytest.mark.usefixtures("national_rules")
def test_a_desk_request_with_an_e_mail_address_gets_the_receipt_by_e_mail(desk):
    mail.outbox.clear()
    client_for(desk).post(reverse("ppid_office:desk_request"), {**PHONE_CALL, "channel": "pos", "email": "d@contoh.test"})
    assert [message.to for message in mail.outbox] == [["d@contoh.test"]]


@pytest.mark.usefixtures("national_rules")
def test_a_desk_request_that_cannot_be_delivered_is_refused_with_what_was_typed_kept(desk):
    response = client_for(desk).post(reverse("ppid_office:desk_request"), {**PHONE_CALL, "delivery": "email"})
    assert not InformationRequest.objects.exists()
    page = response.content.decode()
    assert "memerlukan alamat e-mail pemohon" in page and "Desa Banglas" in page


def test_only_ppid_staff_open_the_desk(forum, dinkes):
    humas = make_member("humas@demo.test", "Rina", agency=dinkes, role="humas")
    assert client_for(humas).get(reverse("ppid_office:desk_request")).status_code == 403
    assert Client().get(reverse("ppid_office:desk_request")).status_code == 302


def test_a_written_objection_brought_to_the_desk_is_registered_with_its_receipt(item, desk):
    refuse(item)
    with time_machine.travel(dt.datetime(2026, 3, 18, 3, 0, tzinfo=dt.UTC)):
        client = client_for(desk)
        page = client.get(reverse("ppid_office:detail", args=[item.pk])).content.decode()
        assert "Daftarkan keberatan tertulis" in page
        client.post(reverse("ppid_office:desk_objection", args=[item.pk]), {
            "tertulis-channel": "pos", "tertulis-grounds": ["a"],
            "tertulis-statement": "Rekap tanpa nama seharusnya dapat diberikan.",
        })  # fmt: skip
        item.refresh_from_db()
        objection = item.objection
        assert objection.channel == "pos" and objection.registered_by == desk
        assert item.events.get(action=RequestAction.OBJECTED).actor == desk
        receipt = pdf_text(client.get(reverse("ppid_office:objection_receipt_pdf", args=[item.pk])).content)
        assert "PERNYATAAN KEBERATAN ATAS PERMOHONAN INFORMASI" in receipt and objection.number in receipt
        assert "tanda bukti penerimaan keberatan" in receipt
        # every ground of Pasal 35(1) is printed, the chosen ones ticked
        assert receipt.count("☑") == len(objection.grounds) and receipt.count("☐") == 7 - len(objection.grounds)
        assert "( Sri Wahyuni )" in receipt and "hari kerja" in receipt
        mine = Client().get(reverse("ppid:track_objection_receipt_pdf", args=[item.tracking_token]))
        assert mine.status_code == 200
