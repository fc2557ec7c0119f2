"""Numbers read from a request, bounded so that no value a visitor types can fail a query.

`int()` takes much that a database does not: superscript and Arabic-Indic digits, a 30-digit
number no integer column holds, an offset no page has. Every number a view reads from the
address or a form field it parses by hand goes through here.
"""

from __future__ import annotations

BIGINT_MAX = 2**63 - 1  # the largest key PostgreSQL and SQLite store
MAX_PAGE = 10_000  # far past any real list; a deeper page is shown as this one


def whole_number(raw: str | None, *, maximum: int = BIGINT_MAX) -> int | None:
    """The plain ASCII whole number `raw` holds, from 0 to `maximum`; None for anything else."""
    raw = (raw or "").strip()
    if not raw or len(raw) > len(str(maximum)) or not (raw.isascii() and raw.isdigit()):
        return None
    value = int(raw)
    return value if value <= maximum else None


def page_number(raw: str | None) -> int:
    """The page asked for: 1 unless a plain number is given; a number past `MAX_PAGE` is that page."""
    text = (raw or "").strip()
    if not (text.isascii() and text.isdigit()):
        return 1
    return max(1, min(int(text[:6]) if len(text) <= 6 else MAX_PAGE, MAX_PAGE))
