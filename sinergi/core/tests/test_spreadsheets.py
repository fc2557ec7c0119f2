"""A table comes in as CSV or XLSX, told apart by content, and goes out so that it reads back unchanged
and no cell runs as a formula in the spreadsheet program that opens it."""

from __future__ import annotations

import pytest
from django.utils import translation

from sinergi.core.spreadsheets import SpreadsheetError, read_table, safe_cell, write_csv, write_xlsx

ROWS = [
    ["Dinas Kesehatan", "+62 763 31234", '=HYPERLINK("http://jahat")', 12],
    ["Camat\x07 Merbau", "-", "@SUM(A1)", None],
]
HEADER = ["Nama", "Telepon", "Alamat", "Jumlah"]


def test_a_semicolon_csv_saved_with_a_bom_or_by_old_software_is_read_by_its_headers():
    data = "\ufeffKode;Nama Instansi\nbpbd;Badan Penanggulangan Bencana\n\n".encode()
    assert read_table(data) == [{"kode": "bpbd", "nama_instansi": "Badan Penanggulangan Bencana"}]
    assert read_table("kode,nama\ncafé,Café\n".encode("cp1252")) == [{"kode": "café", "nama": "Café"}]


@pytest.mark.parametrize("write", [write_csv, lambda header, rows: write_xlsx("Instansi", header, rows)])
def test_what_is_written_reads_back_as_it_was_and_formulas_stay_text(write):
    data = write(HEADER, ROWS)
    assert read_table(data) == [
        {"nama": "Dinas Kesehatan", "telepon": "+62 763 31234", "alamat": '=HYPERLINK("http://jahat")', "jumlah": "12"},
        {"nama": "Camat Merbau", "telepon": "-", "alamat": "@SUM(A1)", "jumlah": ""},
    ]


def test_a_cell_that_would_run_as_a_formula_is_quoted_and_a_phone_number_is_not():
    assert safe_cell("=1+1") == "'=1+1" and safe_cell("-A1*2") == "'-A1*2" and safe_cell("+cmd|' /C calc'!A0")[0] == "'"
    assert safe_cell("+62 812-3456-7890") == "+62 812-3456-7890" and safe_cell(12) == 12


@pytest.mark.parametrize(
    "data, message",
    [
        (b"  \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "neither CSV nor XLSX"),
        (b"PK\x03\x04" + b"not a workbook" * 10, "XLSX"),
        (b",,\n,,\n", "no rows"),
    ],
)
def test_a_file_that_is_not_a_table_is_refused_with_a_reason(data, message):
    with translation.override("en"), pytest.raises(SpreadsheetError, match=message):
        read_table(data)
