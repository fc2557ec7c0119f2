"""Letters are frozen and can be verified: each carries a QR code and a link to a public page that says what
was issued (body, number, date, kind; no person) and compares an uploaded PDF with the one issued."""

from __future__ import annotations

import hashlib
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader

from sinergi.ppid.models import IssuedLetter, LetterKind, WrittenNotice
from sinergi.ppid.models.public_body import ROMAN_MONTHS


def text_of(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)


def upload(data: bytes, name: str = "surat.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="application/pdf")


@pytest.fixture
def notice_pdf(item) -> bytes:
    item.give_notice(WrittenNotice(held="held", decision="granted", material="Rekap penerima per kecamatan"), None)
    item.refresh_from_db()
    return item.notice.pdf.open("rb").read()


def test_an_issued_notice_is_frozen_and_carries_its_verification_code(item, notice_pdf):
    letter = IssuedLetter.objects.get(request=item, kind=LetterKind.NOTICE)
    assert letter.sha256 == hashlib.sha256(notice_pdf).hexdigest()
    issued = item.forum.date_of(item.notice.issued_at)  # the body's first letter of the year, in its pattern
    assert letter.number == f"0001/PPID-MERANTI/{ROMAN_MONTHS[issued.month - 1]}/{issued.year}"
    text = text_of(notice_pdf)
    assert letter.code in text and "/permohonan-informasi/verifikasi/" in text.replace(" ", "")


def test_the_verification_page_accepts_the_right_pdf_and_refuses_a_changed_one(item, notice_pdf):
    letter = IssuedLetter.objects.get(request=item, kind=LetterKind.NOTICE)
    url = reverse("ppid:verify", args=[letter.code])
    page = Client().get(url).content.decode()
    assert letter.number in page and "Pemberitahuan tertulis" in page and letter.sha256 in page
    assert "Siti" not in page  # no person on a public page
    assert "sama persis" in Client().post(url, {"document": upload(notice_pdf)}).content.decode()
    changed = notice_pdf.replace(b"Rekap", b"Rekam", 1) if b"Rekap" in notice_pdf else notice_pdf + b"\n%%"
    assert "berbeda" in Client().post(url, {"document": upload(changed)}).content.decode()
    assert "bukan PDF" in Client().post(url, {"document": upload(b"MZ\x90 not a pdf")}).content.decode()
    assert Client().get(reverse("ppid:verify", args=["ZZZZZZZZZZ"])).status_code == 404
    found = Client().get(reverse("ppid:verify_lookup"), {"code": letter.code.lower()})
    assert found.status_code == 302 and found["Location"] == url


@pytest.mark.usefixtures("national_rules")
def test_a_receipt_is_issued_once_and_served_as_issued(item, dinkes, imigrasi):
    url = reverse("ppid:track_receipt_pdf", args=[item.tracking_token])
    first = Client().get(url).content
    item.route(imigrasi, None)  # what the receipt printed has changed since; the letter has not
    again = Client().get(url).content
    letter = IssuedLetter.objects.get(request=item, kind=LetterKind.RECEIPT)
    assert first == again and hashlib.sha256(first).hexdigest() == letter.sha256
    assert letter.code in text_of(first)
