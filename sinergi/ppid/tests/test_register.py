"""The register of requests: full columns for the PPIDs, and a public one without personal data."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from sinergi.conftest import client_for, make_member
from sinergi.ppid import register
from sinergi.ppid.models import InformationRequest

NIK = "1410015708900003"


@pytest.fixture
def item(forum, dinkes):
    return InformationRequest.objects.create(
        forum=forum, agency=dinkes, name="Siti Aminah", id_number=NIK, address="Jl. Merdeka 1",
        phone="0812-3456-7890", email="siti@contoh.test", occupation="Wartawan",
        subject=f"Data bantuan sosial atas nama saya, NIK {NIK}", purpose="Liputan", consent_at=timezone.now(),
    )  # fmt: skip


def test_the_public_register_shows_the_request_but_no_personal_data(item):
    page = Client().get(reverse("ppid:public_register")).content.decode()
    # The subject waits for the PPID's check (test_public_subject.py); the row is there at once.
    assert item.number in page and "(perihal belum diperiksa PPID)" in page
    for secret in ("Siti Aminah", NIK, "Jl. Merdeka", "0812-3456-7890", "siti@contoh.test", "Wartawan"):
        assert secret not in page, secret


def test_the_ppid_exports_the_full_register(item, forum):
    ppid = make_member("ppid.utama@demo.test", "Bambang", forum_role="ppid_utama", forum=forum)
    response = client_for(ppid).get(reverse("ppid_office:register_export", args=["permohonan", "csv"]))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["No.", "Tanggal diterima", "Nama"]
    assert rows[1][0] == item.number and rows[1][2] == "Siti Aminah"
    xlsx = client_for(ppid).get(reverse("ppid_office:register_export", args=["permohonan", "xlsx"]))
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"


def test_the_full_register_is_only_for_ppids(item, moderator):
    assert (
        client_for(moderator).get(reverse("ppid_office:register_export", args=["permohonan", "csv"])).status_code == 403
    )
    assert Client().get(reverse("ppid_office:register_export", args=["permohonan", "csv"])).status_code == 302


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    pages = PdfReader(io.BytesIO(data)).pages
    text = " ".join(" ".join(page.extract_text().replace("\u200b", "").split()) for page in pages)
    return text.replace("/ ", "/")  # a registration number wraps after its slashes


def test_the_register_of_requests_prints_as_pdf(item, forum):
    ppid = make_member("ppid.utama@demo.test", "Bambang", forum_role="ppid_utama", forum=forum)
    response = client_for(ppid).get(reverse("ppid_office:register_export", args=["permohonan", "pdf"]))
    assert response["Content-Type"] == "application/pdf" and response["Cache-Control"] == "private, no-store"
    text = pdf_text(response.content)
    assert "REGISTER PERMOHONAN" in text.upper() and item.number in text and "Siti Aminah" in text


def test_the_register_of_objections_has_its_eleven_columns(item, forum):
    from sinergi.ppid.tests.test_objection import refuse

    sekda = make_member("sekda@demo.test", "Mahmud Effendi", forum_role="atasan_ppid", forum=forum)
    refuse(item)
    client = Client()
    client.post(item.get_tracking_url(), {"grounds": ["a", "f"], "statement": "Data agregat tidak rahasia."})
    objection = InformationRequest.objects.get().objection
    objection.decide(sekda, "upheld", "Rekap tanpa nama diberikan.", "Sekretaris Daerah")
    client.post(item.get_tracking_url(), {"tanggapan": "Saya menerima keputusan ini."})
    response = client_for(sekda).get(reverse("ppid_office:register_export", args=["keberatan", "csv"]))
    header, row = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(header) == 11
    assert dict(zip(header, row, strict=True)) == {
        "No. keberatan": f"KEB-{item.number}",
        "Tanggal diterima": timezone.localdate().strftime("%d-%m-%Y"),
        "Pemohon": "Siti Aminah · Jl. Merdeka 1 · 0812-3456-7890 · siti@contoh.test",
        "No. permohonan": item.number,
        "Informasi yang diminta": item.subject,
        "Tujuan": "Liputan",
        "Alasan keberatan (Pasal 35)": "; ".join(objection.grounds_display()),
        "Keputusan atasan PPID": "Keberatan diterima Rekap tanpa nama diberikan.",
        "Tanggal tanggapan": timezone.localdate().strftime("%d-%m-%Y"),
        "Nama dan jabatan atasan PPID": "Mahmud Effendi, Sekretaris Daerah",
        "Tanggapan pemohon": "Saya menerima keputusan ini.",
    }


def test_a_ppid_pelaksana_prints_only_their_own_agencys_objections(item, forum, imigrasi):
    from sinergi.ppid.tests.test_objection import refuse

    refuse(item)
    item.file_objection(["a"], "Data agregat tidak rahasia.")
    other = make_member("ppid.imigrasi@demo.test", "Rudi", agency=imigrasi, role="ppid_pelaksana")
    response = client_for(other).get(reverse("ppid_office:register_export", args=["keberatan", "pdf"]))
    assert item.number not in pdf_text(response.content)


def test_a_control_character_in_a_subject_does_not_break_the_xlsx_register(item, forum):
    from openpyxl import load_workbook

    InformationRequest.objects.filter(pk=item.pk).update(subject="Data\x0bbansos")
    ppid = make_member("ppid.utama@demo.test", "Bambang", forum_role="ppid_utama", forum=forum)
    xlsx = client_for(ppid).get(reverse("ppid_office:register_export", args=["permohonan", "xlsx"]))
    assert xlsx.status_code == 200
    assert load_workbook(io.BytesIO(xlsx.content)).active.cell(2, 7).value == "Databansos"


def test_the_printed_register_is_one_years(item, forum):
    ppid = make_member("ppid.utama@demo.test", "Bambang", forum_role="ppid_utama", forum=forum)
    url = reverse("ppid_office:register_export", args=["permohonan", "pdf"])
    this_year = timezone.localdate().year
    assert item.number in pdf_text(client_for(ppid).get(url).content)  # this year's by default
    assert item.number not in pdf_text(client_for(ppid).get(url, {"tahun": this_year - 1}).content)
    assert client_for(ppid).get(url, {"tahun": "²"}).status_code == 200


# The seventeen columns as the Perki groups them on paper: (group, heading) pairs, "" for no group.
PRINTED_HEADINGS = [
    "No.", "Tanggal diterima", "Nama", "Alamat", "Kontak", "Pekerjaan", "Informasi yang diminta", "Tujuan",
    "Status informasi", "Dikuasai?", "Bentuk yang dikuasai", "Jenis permohonan", "Keputusan", "Alasan penolakan",
    "Hari dan tanggal", "Pemberitahuan tertulis", "Penyerahan informasi", "Biaya dan cara pembayaran", "Biaya",
    "Cara pembayaran",
]  # fmt: skip


def test_the_printed_register_keeps_all_seventeen_columns_on_f4_landscape_with_headings_on_every_page(forum, dinkes):
    from pypdf import PdfReader

    for day in range(1, 41):  # enough rows for several pages
        with time_machine.travel(dt.datetime(2026, 1, 5, 2, 0, tzinfo=dt.UTC) + dt.timedelta(days=day)):
            InformationRequest.objects.create(
                forum=forum, agency=dinkes, name=f"Pemohon {day}", id_number="1", address="Jl. Merdeka 1, Selatpanjang",
                email=f"pemohon.{day}@contoh.test", subject="Data penerima bantuan sosial per kecamatan", purpose="Liputan",
                consent_at=timezone.now(),
            )  # fmt: skip
    ppid = make_member("ppid.utama@demo.test", "Bambang", forum_role="ppid_utama", forum=forum)
    data = client_for(ppid).get(reverse("ppid_office:register_export", args=["permohonan", "pdf"]), {"tahun": 2026})
    pages = PdfReader(io.BytesIO(data.content)).pages
    assert len(pages) > 1
    for page in pages:
        box = page.mediabox
        assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (330, 215)  # F4 landscape
        # The lines of a heading cell come out joined with or without a space, so headings are compared
        # without spaces: a column off the page would leave its heading missing.
        text = page.extract_text().replace("\u200b", "")
        squeezed = "".join(text.split())
        missing = [heading for heading in PRINTED_HEADINGS if "".join(heading.split()) not in squeezed]
        assert missing == [], missing
        assert " ".join(str(column) for column in range(1, 18)) in " ".join(text.split())  # numbered 1-17
    assert "Pemohon 40" in pdf_text(data.content)  # the last row too


def test_form_held_is_blank_for_information_not_held(item, forum):
    from sinergi.ppid.models import WrittenNotice

    item.give_notice(WrittenNotice(held="not_held", holder="BPS Kabupaten", form="Softcopy"), None)
    header, rows = register.table(InformationRequest.objects.all(), register.OFFICE_COLUMNS)
    row = dict(zip(header, rows[0], strict=True))
    assert row["Dikuasai?"] == "Tidak dikuasai oleh kami" and row["Bentuk yang dikuasai"] == ""


def test_the_register_of_objections_files_an_objection_under_its_own_year(forum, dinkes):
    from sinergi.ppid.tests.test_objection import refuse

    with time_machine.travel(dt.datetime(2025, 12, 1, 2, 0, tzinfo=dt.UTC)):
        item = InformationRequest.objects.create(
            forum=forum, agency=dinkes, name="Siti", id_number="1", address="Jl. Merdeka 1", email="s@contoh.test",
            subject="Data bansos", purpose="Liputan", consent_at=timezone.now(),
        )  # fmt: skip
        refuse(item)
    with time_machine.travel(dt.datetime(2026, 1, 6, 2, 0, tzinfo=dt.UTC)):
        item.file_objection(["a"], "Data agregat tidak rahasia.")
    ppid = make_member("ppid.utama@demo.test", "Bambang", forum_role="ppid_utama", forum=forum)
    url = reverse("ppid_office:register_export", args=["keberatan", "csv"])
    assert item.number in client_for(ppid).get(url, {"tahun": 2026}).content.decode("utf-8-sig")
    assert item.number not in client_for(ppid).get(url, {"tahun": 2025}).content.decode("utf-8-sig")
