"""The Kemendagri region codes (kode wilayah) a table's region column is checked against, kept as data.

The project ships the codes it could verify for the demo forum (`reference/wilayah.csv`: Riau, Kabupaten
Kepulauan Meranti and its nine kecamatan). A forum adds the full list of its region, down to desa and
kelurahan, from the Kepmendagri on kode dan data wilayah as a CSV of `kode,nama` named by the
`REGION_CODES_FILE` setting. A code under a kecamatan whose desa are not in the list is accepted and said to be
unchecked, never guessed.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

from django.conf import settings

SHIPPED = Path(__file__).parent / "reference" / "wilayah.csv"
CODE = re.compile(r"^\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?$")

KNOWN, UNKNOWN, UNCHECKED, MALFORMED = "known", "unknown", "unchecked", "malformed"


@cache
def reference() -> dict[str, str]:
    """Every code the forum's list holds, with its name."""
    codes: dict[str, str] = {}
    for path in (SHIPPED, getattr(settings, "REGION_CODES_FILE", "") or None):
        if path and Path(path).is_file():
            with open(path, encoding="utf-8-sig", newline="") as source:
                for row in csv.DictReader(source):
                    code = (row.get("kode") or "").strip()
                    if CODE.match(code):
                        codes[code] = (row.get("nama") or "").strip()
    return codes


def name_of(code: str) -> str:
    return reference().get(code, "")


def verdict(code: str) -> str:
    """KNOWN, UNKNOWN (a code the list should hold but does not), UNCHECKED (below what the list holds) or
    MALFORMED."""
    if not CODE.match(code):
        return MALFORMED
    codes = reference()
    if code in codes:
        return KNOWN
    parent = code.rsplit(".", 1)[0] if "." in code else ""
    if parent and parent in codes and parent not in _parents():
        return UNCHECKED  # the list has the parent but none of its children
    return UNKNOWN


@cache
def _parents() -> frozenset[str]:
    """The codes whose children are in the list."""
    return frozenset(code.rsplit(".", 1)[0] for code in reference() if "." in code)
