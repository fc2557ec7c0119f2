"""Read and write simple tables as CSV or XLSX, checking what a file is by its content."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence

from django.utils.translation import gettext as _

XLSX_MAGIC = b"PK\x03\x04"
CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def table_response(fmt: str, title: str, header: Sequence[str], rows: Iterable[Sequence], filename: str):
    """A table as a download: an .xlsx workbook (one sheet named `title`) when `fmt` is "xlsx", else CSV
    (UTF-8). Never cached: these tables are the back office's."""
    from django.http import HttpResponse

    if fmt == "xlsx":
        response = HttpResponse(write_xlsx(str(title), header, rows), content_type=XLSX_TYPE)
    else:
        response = HttpResponse(write_csv(header, rows), content_type=CSV_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


class SpreadsheetError(ValueError):
    """A file that cannot be read as a table; the message is for the user."""


def read_table(data: bytes) -> list[dict[str, str]]:
    """Rows as dicts keyed by lower-cased header, from CSV or XLSX bytes."""
    if not data.strip():
        raise SpreadsheetError(_("The file is empty."))
    rows = _read_xlsx(data) if data.startswith(XLSX_MAGIC) else _read_csv(data)
    rows = [[unquote_cell(_text(cell)) for cell in row] for row in rows]
    rows = [row for row in rows if any(row)]
    if not rows:
        raise SpreadsheetError(_("The file has no rows."))
    header = [_normalise_header(name) for name in rows[0]]
    if not any(header):
        raise SpreadsheetError(_("The first row must hold the column names."))
    return [dict(zip(header, row + [""] * (len(header) - len(row)), strict=False)) for row in rows[1:]]


def table_text(data: bytes, limit: int) -> str | None:
    """The text of every cell of a CSV, or of every sheet of an XLSX, a row per line with cells apart by " | "
    (for the personal-data guard); None when it runs past `limit` characters. A workbook with macros is
    refused: it is given to a citizen as it is."""
    if not data.startswith(XLSX_MAGIC):
        rows = _read_csv(data)
        if not _looks_like_a_table([row for row in rows if any(cell.strip() for cell in row)]):
            raise SpreadsheetError(_("This file is neither CSV nor XLSX."))  # text, but no table: a letter, a page
        return _cells_text([rows], limit)
    import zipfile

    from openpyxl import load_workbook

    try:
        if any(name.lower().endswith("vbaproject.bin") for name in zipfile.ZipFile(io.BytesIO(data)).namelist()):
            raise SpreadsheetError(_("This workbook contains macros; save it as a plain .xlsx workbook first."))
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        return _cells_text((sheet.iter_rows(values_only=True) for sheet in book.worksheets), limit)
    except SpreadsheetError:
        raise
    except Exception:  # openpyxl and zipfile raise many types for a broken or foreign zip, even while reading rows
        raise SpreadsheetError(_("This file is not a readable XLSX workbook.")) from None


def _looks_like_a_table(rows: list[list[str]]) -> bool:
    """A header of two or more columns, and at least one row under it; most rows as wide as the header."""
    if len(rows) < 2 or len(rows[0]) < 2:
        return False
    return sum(len(row) == len(rows[0]) for row in rows) >= 0.8 * len(rows)


def _cells_text(sheets, limit: int) -> str | None:
    lines, length = [], 0
    for rows in sheets:
        for row in rows:
            line = " | ".join(_text(cell) for cell in row)
            length += len(line) + 1
            if length > limit:
                return None
            lines.append(line)
    return "\n".join(lines)


def _text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))  # a number typed in a sheet, e.g. 12 read back as 12.0
    return str(cell).strip()


def _normalise_header(name: str) -> str:
    return name.strip().lower().replace(" ", "_").replace("-", "_")


def _read_csv(data: bytes) -> list[list[str]]:
    if b"\x00" in data[:4096]:
        raise SpreadsheetError(_("This file is neither CSV nor XLSX."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Spreadsheets saved by older office software on Windows.
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise SpreadsheetError(_("The CSV file must be saved as UTF-8 text.")) from None
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return list(csv.reader(io.StringIO(text), dialect))
    except csv.Error:  # e.g. a field longer than the csv module allows
        raise SpreadsheetError(_("The CSV file is malformed: check its quotes and very long cells.")) from None


def _read_xlsx(data: bytes) -> list[list[object]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many types for a broken or foreign zip
        raise SpreadsheetError(_("This file is not a readable XLSX workbook.")) from None
    try:
        return [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    except Exception:  # the sheet's XML is read lazily, so a broken sheet fails only here
        raise SpreadsheetError(_("This file is not a readable XLSX workbook.")) from None
    finally:
        book.close()


def write_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows([safe_cell(value) for value in row] for row in rows)
    # The BOM makes spreadsheet software read Indonesian names as UTF-8.
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def write_xlsx(title: str, header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]
    sheet.append(list(header))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([safe_cell(value) for value in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# Control characters other than tab and line breaks cannot be stored in an XLSX cell.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def safe_cell(value: object) -> object:
    """A text that a spreadsheet would run as a formula, made inert with a leading quote; control
    characters someone typed (or pasted) are dropped, so one record cannot break the export."""
    if not isinstance(value, str):
        return value
    value = _CONTROL.sub("", value)
    return "'" + value if _looks_like_formula(value) else value


def _looks_like_formula(text: str) -> bool:
    if text[:1] in ("=", "@"):
        return True
    # "+62 812 ..." is a phone number; "+cmd|..." or "-2+3" is not.
    return text[:1] in ("+", "-") and not all(ch.isdigit() or ch in " -+.()" for ch in text)


def unquote_cell(text: str) -> str:
    """Undo `safe_cell`, so an exported file imports back unchanged."""
    if text.startswith("'") and _looks_like_formula(text[1:]):
        return text[1:]
    return text
