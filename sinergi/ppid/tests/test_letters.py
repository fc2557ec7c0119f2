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


def notice_text(item, **fields) -> str:
    item.give_notice(WrittenNotice(**fields), None)
    item.refresh_from_db()
    return text_of(item.notice.pdf.open("rb").read())


def test_a_refusal_states_its_ground_its_consequence_test_and_the_right_to_object_and_no_cost(item):
    text = notice_text(item, held="held", decision="refused", exemption_ground="h", consequence="Membuka nama "
                       "penerima mengungkap rahasia pribadi.", refusal_reason="Memuat data pribadi penerima.")  # fmt: skip
    for element in ("PEMBERITAHUAN TERTULIS", "Nomor telepon/e-mail", "Siti Aminah", item.number, "Ditolak",
                    "Pasal 17 huruf h", "Uji konsekuensi", "Membuka nama penerima", "mengajukan keberatan kepada",
                    "Pejabat Pengelola Informasi dan Dokumentasi"):  # fmt: skip
        assert element in text, element
    for absent in ("Biaya", "Waktu penyediaan", "Bagian yang dihitamkan", "Selesai didokumentasikan"):
        assert absent not in text, absent


def test_a_grant_states_form_cost_and_time_and_nothing_of_a_refusal(item):
    text = notice_text(item, held="held", decision="granted", material="Rekap per kecamatan", form="Softcopy",
                       provided_within="bersama pemberitahuan ini", cost=20000,
                       cost_details="40 lembar × Rp500 penggandaan")  # fmt: skip
    for element in ("Diberikan", "Rekap per kecamatan", "Softcopy", "bersama pemberitahuan ini", "Rp20.000",
                    "40 lembar × Rp500 penggandaan"):  # fmt: skip
        assert element in text, element
    for absent in ("Uji konsekuensi", "Alasan penolakan", "Pasal 17 huruf"):
        assert absent not in text, absent


def test_information_not_yet_documented_says_when_it_will_be_ready(item):
    import datetime as dt

    text = notice_text(item, held="not_documented", ready_by=dt.date(2026, 12, 18))
    assert "Selesai didokumentasikan paling lambat" in text and "18 Desember 2026" in text
    assert "Keputusan" not in text and "Biaya" not in text


def test_an_extension_is_a_letter_sent_to_the_requester(item, dinkes):
    import datetime as dt

    import time_machine
    from django.core import mail

    from sinergi.conftest import make_member

    ppid = make_member("ppid.dinkes@demo.test", "Sri Wahyuni", agency=dinkes, role="ppid_pelaksana")
    mail.outbox.clear()
    with time_machine.travel(dt.datetime(2026, 3, 9, 3, 0, tzinfo=dt.UTC)):
        item.extend(ppid, "Data tersebar di sembilan puskesmas.")
    assert [message.to for message in mail.outbox] == [["siti@contoh.test"]]
    assert "/surat/perpanjangan.pdf" in mail.outbox[0].body
    pdf = Client().get(reverse("ppid:track_letter_pdf", args=[item.tracking_token, "perpanjangan"])).content
    text = text_of(pdf)
    letter = IssuedLetter.objects.get(request=item, kind=LetterKind.EXTENSION)
    for element in ("PEMBERITAHUAN PERPANJANGAN", letter.number, "Data tersebar di sembilan puskesmas",
                    "7 (tujuh) hari kerja", "sampai dengan", "Rabu, 1 April 2026", letter.code):  # fmt: skip
        assert element in text, element


def test_the_atasans_answer_is_a_letter_with_the_way_to_the_komisi_informasi(item, forum):
    import datetime as dt

    import time_machine

    from sinergi.conftest import make_member
    from sinergi.ppid.tests.test_objection import refuse

    sekda = make_member("sekda@demo.test", "Mahmud Effendi", forum_role="atasan_ppid", forum=forum)
    refuse(item)
    with time_machine.travel(dt.datetime(2026, 3, 18, 3, 0, tzinfo=dt.UTC)):
        item.file_objection(["a"], "Rekap tanpa nama dapat diberikan.")
        item.objection.decide(sekda, "rejected", "Penolakan dikuatkan.", "Sekretaris Daerah selaku Atasan PPID")
        text = text_of(Client().get(reverse("ppid:track_letter_pdf",
                                            args=[item.tracking_token, "tanggapan-keberatan"])).content)  # fmt: skip
    for element in ("TANGGAPAN ATASAN PPID ATAS KEBERATAN", item.objection.number, "MENOLAK KEBERATAN PEMOHON DAN MENGUATKAN KEPUTUSAN PPID",
                    "Penolakan dikuatkan.", "Komisi Informasi paling lambat", "Mahmud Effendi",
                    "Sekretaris Daerah selaku Atasan PPID"):  # fmt: skip
        assert element in text, element


def test_a_refusal_is_also_decided_in_a_letter_of_its_own(item):
    notice_text(item, held="held", decision="refused", exemption_ground="h", refusal_reason="Data pribadi.",
                consequence="Membuka nama penerima mengungkap rahasia pribadi.")  # fmt: skip
    text = text_of(Client().get(reverse("ppid:track_letter_pdf", args=[item.tracking_token,
                                                                      "keputusan-penolakan"])).content)  # fmt: skip
    for element in ("KEPUTUSAN PPID TENTANG PENOLAKAN PERMOHONAN INFORMASI", "UU 14/2008 Pasal 17 huruf h",
                    "dapat mengungkap rahasia pribadi", "INFORMASI YANG DIKECUALIKAN", "dapat menimbulkan konsekuensi",
                    "Membuka nama penerima", "PERMOHONAN INFORMASI DITOLAK", "Nomor telepon/e-mail",
                    "mengajukan keberatan kepada", "30 (tiga puluh) hari kerja sejak surat ini diterima"):  # fmt: skip
        assert element in text, element
    assert "DITOLAK SEBAGIAN" not in text and "h. Rahasia pribadi: h." not in text
    assert IssuedLetter.objects.filter(request=item).count() == 2  # the notice and the decision, numbered apart
