"""Data tables are information too: a PPID gives a CSV or an XLSX as it is, after the personal-data guard has
read every cell of every sheet; a table with a column of NIKs, a workbook with macros, or text that is no
table is refused with the reason."""

from __future__ import annotations

import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from openpyxl import Workbook

from sinergi.conftest import client_for
from sinergi.core.spreadsheets import XLSX_TYPE
from sinergi.ppid.models import NoticeDocument
from sinergi.ppid.tests.test_documents import answer, ppid_dinkes  # noqa: F401 (fixture)

CSV = "kecamatan;penerima\nTebing Tinggi;412\nRangsang;388\nMerbau;404\n"


def workbook(*sheets: list[list[object]]) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for number, rows in enumerate(sheets, start=1):
        sheet = book.create_sheet(f"Lembar{number}")
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def give_file(member, item, name: str, data: bytes, content_type: str, **fields):
    posted = {"dokumen-upload": SimpleUploadedFile(name, data, content_type=content_type),
              "dokumen-name": "Rekap penerima 2025", **fields}  # fmt: skip
    return client_for(member).post(reverse("ppid_office:give_document", args=[item.pk]), posted, follow=True)


def test_a_csv_and_a_workbook_are_given_as_they_are(item, ppid_dinkes):  # noqa: F811
    answer(item, "granted")
    give_file(ppid_dinkes, item, "rekap.csv", CSV.encode(), "text/csv")
    book = workbook([["kecamatan", "penerima"], ["Tebing Tinggi", 412]], [["catatan"], ["Data per Desember"]])
    give_file(ppid_dinkes, item, "rekap.xlsx", book, XLSX_TYPE)
    csv_doc, xlsx_doc = NoticeDocument.objects.order_by("pk")
    assert (csv_doc.kind, xlsx_doc.kind) == ("csv", "xlsx")
    response = Client().get(reverse("ppid:track_document", args=[item.tracking_token, xlsx_doc.pk]))
    assert b"".join(response.streaming_content) == book  # not converted, not re-encoded
    assert response["Content-Type"] == XLSX_TYPE and ".xlsx" in response["Content-Disposition"]
    response = Client().get(reverse("ppid:track_document", args=[item.tracking_token, csv_doc.pk]))
    assert response["Content-Type"].startswith("text/csv") and ".csv" in response["Content-Disposition"]


def test_a_column_of_niks_on_any_sheet_is_refused_unless_the_ppid_says_why(item, ppid_dinkes):  # noqa: F811
    answer(item, "granted")
    book = workbook([["kecamatan", "penerima"], ["Merbau", 404]],
                    [["nama", "nik"], ["Penerima A", "1410015708900003"], ["Penerima B", 1410016203850001]])  # fmt: skip
    page = give_file(ppid_dinkes, item, "rekap.xlsx", book, XLSX_TYPE).content.decode()
    assert "Dokumen memuat data pribadi" in page and "NIK" in page and not NoticeDocument.objects.exists()
    niks = "nama,nik\nPenerima A,1410015708900003\n"
    assert "Dokumen memuat data pribadi" in give_file(ppid_dinkes, item, "a.csv", niks.encode(), "text/csv").content.decode()
    give_file(ppid_dinkes, item, "a.csv", niks.encode(), "text/csv", **{"dokumen-personal_data_note": "Data pemohon sendiri"})
    assert NoticeDocument.objects.get().kind == "csv"


def test_macros_text_that_is_no_table_and_a_broken_workbook_are_refused(item, ppid_dinkes):  # noqa: F811
    answer(item, "granted")
    book = workbook([["a", "b"], [1, 2]])
    with_macros = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(book)) as source, zipfile.ZipFile(with_macros, "w") as target:
        for entry in source.infolist():
            target.writestr(entry, source.read(entry))
        target.writestr("xl/vbaProject.bin", b"\x00" * 64)
    page = give_file(ppid_dinkes, item, "rekap.xlsx", with_macros.getvalue(), XLSX_TYPE).content.decode()
    assert "makro" in page
    letter = "Dengan hormat, bersama ini kami sampaikan rekap penerima.\n"
    assert "bukan CSV" in give_file(ppid_dinkes, item, "surat.csv", letter.encode(), "text/csv").content.decode()
    broken = book[:200]
    assert "buku kerja XLSX yang dapat dibaca" in give_file(ppid_dinkes, item, "x.xlsx", broken, XLSX_TYPE).content.decode()
    assert not NoticeDocument.objects.exists()
