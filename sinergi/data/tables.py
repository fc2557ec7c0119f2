"""Reading a produsen's table (CSV or XLSX) into a header and rows of text, within the file budget.

`read_rows` runs in the budget's child process (`core.file_budget.examine`): the file is hostile until it is
read. What it copes with, because that is what agencies' files look like:
- a CSV in UTF-8 (with or without BOM) or Windows-1252, or lines of both (each line read as what it is, and
  the produsen told how many were not UTF-8); the separator sniffed among , ; tab and |;
- an XLSX's first sheet that holds data; formulas read as their saved results (a formula with no saved
  result is a problem at its cell, not a guess); dates as ISO dates;
- a header of two rows where the upper cells were merged across columns ("Jumlah" over "Laki-laki" and
  "Perempuan"): the names become "Jumlah Laki-laki" and "Jumlah Perempuan".
A file with no header, blank or repeated column names, or a workbook with macros is refused with the reason.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from sinergi.core.spreadsheets import XLSX_MAGIC

MAX_COLUMNS = 200
MAX_ROWS = 1_000_000
MAX_CELLS = 4_000_000  # what the web process types, profiles and compares after the child has read the file
MAX_PROBLEMS_AT_READ = 200
SEPARATORS = ",;\t|"
_NUMBERISH = re.compile(r"^[\d\s.,%+-]*$")


def read_rows(data: bytes) -> dict:
    """{"header": [...], "rows": [[text, ...], ...], "lines": [the file's row number of each row], "header_rows":
    1 or 2, "notes": [...], "problems": [...]}."""
    if data.startswith(XLSX_MAGIC):
        grid, notes, problems = _xlsx_grid(data)
    else:
        grid, notes, problems = _csv_grid(data)
    numbered = [(number, row) for number, row in enumerate(grid, 1) if any(cell for cell in row)]
    if len(numbered) < 2:
        raise ValidationError(_("The table needs a header row with the column names and at least one row of data."))
    header, header_rows = _header([row for _number, row in numbered[:50]])
    rows = [row for _number, row in numbered[header_rows:]]
    if len(rows) > MAX_ROWS:
        raise ValidationError(_("The table has more than %(count)s rows; split it by year or area.")
                              % {"count": f"{MAX_ROWS:,}".replace(",", ".")})  # fmt: skip
    if sum(len(row) for row in rows) > MAX_CELLS:
        raise ValidationError(_("The table has more than %(count)s cells; split it by year or area.")
                              % {"count": f"{MAX_CELLS:,}".replace(",", ".")})  # fmt: skip
    return {"header": header, "rows": rows, "lines": [number for number, _row in numbered[header_rows:]],
            "header_rows": header_rows, "notes": notes, "problems": problems}


def _header(grid: list[list[str]]) -> tuple[list[str], int]:
    first, second = grid[0], grid[1]
    width = max(len(first), len(second))
    first, second = first + [""] * (width - len(first)), second + [""] * (width - len(second))
    two_rows = (
        any(not cell for cell in first[1:])  # cells left empty by a merge
        and all(cell and not _NUMBERISH.match(cell) for cell in second if cell)  # the lower row is names, not data
        and all(first[i] or second[i] for i in range(width))
        and any(second)
    )
    if two_rows:
        names, above = [], ""
        for top, below in zip(first, second, strict=True):
            above = top or above
            names.append(f"{above} {below}".strip() if below and below != above else above)
    else:
        names = [cell.strip() for cell in first]
    names = [name[:100] for name in names]  # cut before comparing, so two long names cannot become one
    while names and not names[-1] and all(len(row) < len(names) or not row[len(names) - 1] for row in grid[1:50]):
        names.pop()  # trailing empty columns, common in exported sheets
    if len(names) > MAX_COLUMNS:
        raise ValidationError(_("The table has more than %(count)d columns.") % {"count": MAX_COLUMNS})
    blank = [str(i + 1) for i, name in enumerate(names) if not name]
    if blank:
        raise ValidationError(_("Column %(columns)s has no name in the header row; name every column.")
                              % {"columns": ", ".join(blank[:5])})  # fmt: skip
    seen, repeated = set(), []
    for name in names:
        if name.lower() in seen:
            repeated.append(name)
        seen.add(name.lower())
    if repeated or "_id" in seen:
        raise ValidationError(_("Every column needs its own name (repeated: %(names)s); _id is reserved.")
                              % {"names": ", ".join(repeated[:5]) or "_id"})  # fmt: skip
    return names, 2 if two_rows else 1


# --- CSV ---------------------------------------------------------------------------------------------


def _csv_grid(data: bytes) -> tuple[list[list[str]], list[str], list[dict]]:
    if b"\x00" in data[:4096]:
        raise ValidationError(_("This file is neither CSV nor XLSX."))
    text, notes = _decode(data)
    try:
        dialect = csv.Sniffer().sniff(text[:20_000], delimiters=SEPARATORS)
    except csv.Error:
        dialect = csv.excel
    try:
        grid = [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text), dialect)]
    except csv.Error as error:
        raise ValidationError(_("The CSV file cannot be read: %(reason)s") % {"reason": error}) from None
    return grid, notes, []


def _decode(data: bytes) -> tuple[str, list[str]]:
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    lines, foreign = [], 0
    for line in data.removeprefix(b"\xef\xbb\xbf").split(b"\n"):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(line.decode("cp1252", errors="replace"))
            foreign += 1
    note = _("%(count)d lines were not UTF-8 and were read as Windows-1252; check the accented letters, and save "
             "the file as UTF-8 next time.") % {"count": foreign}  # fmt: skip
    return "\n".join(lines), [note]


# --- XLSX --------------------------------------------------------------------------------------------


def _xlsx_grid(data: bytes) -> tuple[list[list[str]], list[str], list[dict]]:
    from openpyxl import load_workbook

    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        if any(name.lower().endswith("vbaproject.bin") for name in names):
            raise ValidationError(_("This workbook contains macros; save it as a plain .xlsx workbook first."))
        values = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        formulas = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except ValidationError:
        raise
    except Exception:  # openpyxl and zipfile raise many types for a broken or foreign zip
        raise ValidationError(_("This file is not a readable XLSX workbook.")) from None
    index = next((i for i, sheet in enumerate(values.worksheets) if sheet.max_row and sheet.max_row > 1), 0)
    notes = []
    for other, sheet in enumerate(values.worksheets):
        # Every sheet of the file is published as it is, so a second sheet would go out unchecked.
        if other != index and any(cell is not None for row in sheet.iter_rows(values_only=True) for cell in row):
            raise ValidationError(_("The workbook has data on more than one sheet (“%(name)s” too); a dataset file "
                                    "holds one table: save each sheet as its own file.") % {"name": sheet.title})
    grid, problems = [], []
    rows = zip(values.worksheets[index].iter_rows(values_only=True),
               formulas.worksheets[index].iter_rows(values_only=True), strict=False)  # fmt: skip
    for number, (row, written) in enumerate(rows, 1):
        if number > MAX_ROWS + 2:
            break
        cells = []
        for column, (value, source) in enumerate(zip(row, written, strict=False), 1):
            if value is None and isinstance(source, str) and source.startswith("="):
                if len(problems) < MAX_PROBLEMS_AT_READ:
                    problems.append({"row": number, "column": _column_letter(column), "value": source[:40],
                                     "message": _("a formula with no saved result; open the file in a spreadsheet "
                                                  "program and save it again")})  # fmt: skip
            cells.append(_cell_text(value))
        grid.append(cells)
    return grid, notes, problems


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _column_letter(number: int) -> str:
    letters = ""
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters
