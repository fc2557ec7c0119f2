"""Cek status: the requester finds their request by number and the e-mail or phone they gave, and prints
the receipt; a wrong guess learns nothing, and guessing stops after a few tries."""

from __future__ import annotations

import io

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from sinergi.ppid.models import InformationRequest, StatusCheckFailure

URL = "/permohonan-informasi/cek-status/"


@pytest.fixture
def requested(item):
    InformationRequest.objects.filter(pk=item.pk).update(phone="0812-3456-7890")
    item.refresh_from_db()
    return item


def check(number, proof, client=None, **extra):
    return (client or Client(REMOTE_ADDR="10.0.0.5")).post(URL, {"number": number, "proof": proof, **extra})


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)


@pytest.mark.usefixtures("national_rules")
def test_the_requester_finds_the_request_by_e_mail_or_by_the_last_four_digits(requested):
    assert reverse("ppid:status_check") == URL
    for proof in ("Siti@Contoh.test", "7890"):
        page = check(" " + requested.number.lower() + " ", proof).content.decode()
        assert f"Permohonan {requested.number}" in page and "Diterima" in page and "16 Maret 2026" in page


@pytest.mark.usefixtures("national_rules")
def test_the_receipt_states_the_number_what_was_asked_and_the_deadline(requested):
    response = check(requested.number, "7890", tanda_bukti="1")
    assert response["Content-Type"] == "application/pdf" and "no-store" in response["Cache-Control"]
    text = pdf_text(response.content)
    for expected in ("TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK", requested.number, "Siti Aminah",
                     "Data penerima bantuan sosial", "Senin, 16 Maret 2026", "10 (sepuluh) hari kerja", "7 (tujuh) hari kerja", "Hak-hak pemohon informasi",
                     "cek-status", "Diterima secara elektronik"):  # fmt: skip
        assert expected in text, expected
    assert Client().get(reverse("ppid:track_receipt_pdf", args=[requested.tracking_token])).status_code == 200


@pytest.mark.usefixtures("national_rules")
def test_a_wrong_proof_and_an_unknown_number_get_the_same_answer(requested):
    wrong = check(requested.number, "1234").content.decode()
    unknown = check("9999/PPID/MERANTI/2026", "siti@contoh.test").content.decode()
    message = "Tidak ada permohonan dengan nomor itu dan e-mail atau nomor telepon itu."
    assert message in wrong and message in unknown
    assert "Siti" not in wrong and "Data penerima" not in wrong
    assert StatusCheckFailure.objects.count() == 2


@pytest.mark.usefixtures("national_rules")
def test_guessing_stops_for_a_connection_and_for_a_number(requested, settings):
    settings.STATUS_CHECK_CLIENT_LIMIT, settings.STATUS_CHECK_NUMBER_LIMIT = 3, 5
    guesser = Client(REMOTE_ADDR="10.0.0.66")
    for guess in ("0000", "0001", "0002"):
        check(requested.number, guess, guesser)
    page = check(requested.number, "7890", guesser).content.decode()  # right, but too late for this connection
    assert "Terlalu banyak percobaan" in page and "Siti" not in page
    for address in ("10.0.1.1", "10.0.1.2"):  # many connections, one number
        check(requested.number, "1111", Client(REMOTE_ADDR=address))
    page = check(requested.number, "7890", Client(REMOTE_ADDR="10.0.1.3")).content.decode()
    assert "Terlalu banyak percobaan" in page


@pytest.mark.usefixtures("national_rules")
def test_the_private_link_goes_again_only_to_the_address_in_the_request(requested):
    mail.outbox.clear()
    page = check(requested.number, "7890", kirim_tautan="1").content.decode()
    assert "Tautan sedang dikirim" in page
    assert [message.to for message in mail.outbox] == [["siti@contoh.test"]]
    assert requested.get_tracking_url() in mail.outbox[0].body


@pytest.mark.usefixtures("national_rules")
def test_a_request_whose_personal_data_was_erased_cannot_be_found(requested):
    InformationRequest.objects.filter(pk=requested.pk).update(personal_data_erased_at=timezone.now())
    assert "Tidak ada permohonan" in check(requested.number, "7890").content.decode()
