"""Full-text search of Indonesian text: the one module that knows which engine answers.

Documents are stored in `SearchDocument` with their title and body stemmed by
`core.stemming`; the query is stemmed the same way and every term must match. Both engines
rank by bm25 with the title counting ten times the body: SQLite with FTS5's own bm25(),
PostgreSQL with the same formula written in SQL over a weighted tsvector. Ties go to the
newest document, then the highest id. Hence the same data and query give the same hits in
the same order on both (see docs/search.md for the few ways they can still differ).

Highlighting and snippets are computed here from the original text, so they are identical
on every engine. Changing engine means changing this module and its migrations only
(core/0004 and core/0005).
"""

from __future__ import annotations

import html
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from datetime import datetime

from django.db import connection, transaction
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL

from sinergi.core import stemming
from sinergi.core.models import SearchDocument

MAX_QUERY_TERMS = 16
MAX_QUERY_CHARS = 1000  # enough for 16 long words with punctuation; no more is ever stemmed
SNIPPET_WORDS = 30
TITLE_WEIGHT = 10  # a title word counts as ten body words; a whole number, see _PostgreSQL.page
ELLIPSIS = "…"
BM25_K1, BM25_B = 1.2, 0.75  # FTS5's constants, written out for PostgreSQL

# One term's share of bm25 as FTS5 computes it, idf * (f * (k1 + 1)) / (f + k1 * (1 - b + b * D / avgdl)),
# for PostgreSQL, with f the term's weighted frequency in column f{i} and D the document's length.
_PG_BM25_TERM = (
    "%s::float8 * ((f{i} * %s::float8)"
    " / (f{i} + %s::float8 * (1.0::float8 - %s::float8 + %s::float8 * d.token_count / %s::float8)))"
)
_SPACES = re.compile(r"\s+")
_TABLE = SearchDocument._meta.db_table
_FTS = "core_searchdocument_fts"  # created by migration core/0004


@dataclass(frozen=True)
class Hit:
    object_id: int
    rank: float  # bm25, higher is better; the same value on both engines for the same index
    title_html: str  # the title, HTML-escaped, matched words in <mark>
    snippet_html: str  # about 30 words of the body around the most matches, escaped, <mark>ed


@dataclass(frozen=True)
class Results:
    hits: list[Hit]
    total: int


def index(kind: str, object_id: int, *, title: str, body: str, published_at: datetime | None) -> None:
    """Add a document to the index, or replace the one of the same kind and id."""
    index_many(kind, [(object_id, title, body, published_at)])


def index_many(kind: str, rows: Iterable[tuple[int, str, str, datetime | None]], batch_size: int = 1000) -> int:
    """Add or replace (object_id, title, body, published_at) rows; returns how many were written.

    Each batch is its own transaction, so a long re-index does not hold SQLite's write lock
    throughout and can simply be run again if it stops half-way.
    """
    _check_kind(kind)
    written = 0
    batch: dict[int, SearchDocument] = {}
    for object_id, title, body, published_at in rows:
        batch[int(object_id)] = _document(kind, int(object_id), title, body, published_at)
        if len(batch) >= batch_size:
            written += _write(batch.values())
            batch = {}
    if batch:
        written += _write(batch.values())
    return written


def remove(kind: str, object_id: int) -> None:
    """Take one document out of the index; nothing happens if it is not there."""
    _delete("kind = %s AND object_id = %s", [kind, int(object_id)])


def clear(kind: str) -> None:
    """Take every document of one kind out of the index."""
    _delete("kind = %s", [kind])


def normalise_query(query: str) -> list[str]:
    """The distinct stemmed terms searched for, in the order typed; at most MAX_QUERY_TERMS."""
    terms: list[str] = []
    for _, _, word in stemming.tokens(query[:MAX_QUERY_CHARS]):
        stem = stemming.term(word)
        if stem and stem not in terms:
            terms.append(stem)
            if len(terms) == MAX_QUERY_TERMS:
                break
    return terms


def search(
    kind: str,
    query: str,
    *,
    limit: int = 20,
    offset: int = 0,
    restrict_to: Iterable[int] | None = None,
    within: QuerySet | None = None,
) -> Results:
    """The documents of `kind` that contain every term of `query`, best first, one page of them.

    `within` keeps only documents whose object_id is the pk of a row of that queryset, checked
    in the same query that ranks and counts: the total never counts a document the caller would
    not show (an index entry a moment out of step with its record included).
    """
    terms = normalise_query(query)
    ids = None if restrict_to is None else sorted({int(i) for i in restrict_to})
    if not terms or ids == []:
        return Results(hits=[], total=0)
    page, total = _ranked_page(kind, terms, ids, limit, max(offset, 0), within)
    # Only now the texts, and only of this page: ranking never reads a body.
    rows = SearchDocument.objects.filter(pk__in=[row[0] for row in page]).values_list("pk", "title", "body")
    texts = {pk: (title, body) for pk, title, body in rows}
    wanted = set(terms)
    hits = [
        Hit(
            object_id=object_id,
            rank=float(score),
            title_html=highlight(texts[pk][0], wanted),
            snippet_html=snippet(texts[pk][1], wanted),
        )
        for pk, object_id, score, _ in page
        if pk in texts  # removed between the two queries
    ]
    return Results(hits=hits, total=total)


# --- The engines -------------------------------------------------------------------------


def _ranked_page(
    kind: str, terms: list[str], ids: list[int] | None, limit: int, offset: int, within: QuerySet | None = None
) -> tuple[list[tuple[int, int, float, int]], int]:
    """(id, object_id, score, total) of one page of matches, best first; and the total."""
    engine = _engine()
    where, params = engine.where(kind, terms, ids)
    if within is not None:
        exists, exists_params = _exists_in(within)
        where, params = f"{where} AND {exists}", [*params, *exists_params]
    with connection.cursor() as cursor, engine.planning(cursor):
        if limit > 0:
            # The total rides along with the page: ranking visits every match anyway.
            sql, page_params = engine.page(cursor, where, params, terms)
            cursor.execute(
                f"SELECT id, object_id, score, count(*) OVER () FROM ({sql}) d"
                " ORDER BY score DESC, published_at DESC NULLS LAST, object_id DESC LIMIT %s OFFSET %s",
                [*page_params, limit, offset],
            )
            page = cursor.fetchall()
            if page or offset == 0:
                return page, page[0][3] if page else 0
        cursor.execute(f"SELECT count(*) FROM {engine.source} WHERE {where}", params)
        return [], cursor.fetchone()[0]


def _exists_in(queryset: QuerySet) -> tuple[str, list[object]]:
    """`EXISTS (a row of queryset whose pk is d.object_id)`: one primary-key probe per match,
    so a rare word stays cheap however many records the queryset holds."""
    matching = queryset.filter(pk=RawSQL("d.object_id", ())).order_by().values("pk")
    sql, params = matching.query.get_compiler(connection=connection).as_sql()
    return f"EXISTS ({sql})", list(params)


# Both rank by bm25 as FTS5 computes it (k1 = 1.2, b = 0.75, statistics over the whole index,
# title frequencies counted TITLE_WEIGHT times), so the order is the same on both engines.


class _SQLite:
    # CROSS JOIN makes SQLite walk the FTS5 matches and look each row up, never the reverse
    # (probing FTS5 once per row of a kind takes seconds at 100,000 documents).
    source = f"{_FTS} CROSS JOIN {_TABLE} d ON d.id = {_FTS}.rowid"

    @staticmethod
    def where(kind: str, terms: list[str], ids: list[int] | None) -> tuple[str, list[object]]:
        # Each term quoted: FTS5 reads it as a plain string, never as an operator or column filter.
        expression = " ".join('"{}"'.format(term.replace('"', '""')) for term in terms)
        sql = f"{_FTS} MATCH %s AND d.kind = %s"
        params: list[object] = [expression, kind]
        if ids is not None:
            # One JSON parameter, however many ids: SQLite limits the number of parameters.
            sql += " AND d.object_id IN (SELECT value FROM json_each(%s))"
            params.append(json.dumps(ids))
        return sql, params

    planning = staticmethod(lambda cursor: nullcontext())

    @staticmethod
    def page(cursor, where: str, params: list[object], terms: list[str]) -> tuple[str, list[object]]:
        # bm25() is lower for better matches; negated so that higher is better on both engines.
        score = f"-bm25({_FTS}, {TITLE_WEIGHT}, 1)"
        sql = f"SELECT d.id, d.object_id, d.published_at, {score} AS score FROM {_SQLite.source} WHERE {where}"
        return sql, params


class _PostgreSQL:
    source = f"{_TABLE} d"

    @staticmethod
    def where(kind: str, terms: list[str], ids: list[int] | None) -> tuple[str, list[object]]:
        # plainto_tsquery splits the terms with the parser that split the documents, and ANDs them.
        sql = "d.search_vector @@ plainto_tsquery('simple', %s) AND d.kind = %s"
        params: list[object] = [" ".join(terms), kind]
        if ids is not None:
            sql += " AND d.object_id = ANY(%s)"
            params.append(ids)
        return sql, params

    @staticmethod
    @contextmanager
    def planning(cursor) -> Iterator[None]:
        # GIN tells which rows hold a word without reading their vectors; a sequential scan reads
        # and decompresses every vector, yet the planner picks it for common words (5 to 8 times
        # slower at 100,000 documents). Off for these queries only, then back as it was.
        with transaction.atomic():
            cursor.execute("SELECT current_setting('enable_seqscan'), set_config('enable_seqscan', 'off', true)")
            before = cursor.fetchone()[0]
            yield
            cursor.execute("SELECT set_config('enable_seqscan', %s, true)", [before])

    @staticmethod
    def page(cursor, where: str, params: list[object], terms: list[str]) -> tuple[str, list[object]]:
        # bm25 written out, with FTS5's statistics (every row of the table, all kinds) and its
        # arithmetic in its order in float8, so that scores are equal to the last bit and
        # ties fall to the same tie-break as on SQLite.
        counts = ", ".join(
            [f"(SELECT count(*) FROM {_TABLE} WHERE search_vector @@ plainto_tsquery('simple', %s))"] * len(terms)
        )
        cursor.execute(f"SELECT count(*), coalesce(sum(token_count), 0), {counts} FROM {_TABLE}", terms)
        rows, tokens, *hits = cursor.fetchone()
        idfs = [max(math.log((rows - n + 0.5) / (n + 0.5)), 1e-6) for n in hits]
        # A term's weighted frequency: ts_rank_cd without normalisation, for a one-word query, is
        # the sum of the weights of its occurrences (title 1, body 1/TITLE_WEIGHT), times
        # TITLE_WEIGHT a whole number. OFFSET 0 keeps PostgreSQL from computing it twice.
        weights = f"'{{{1 / TITLE_WEIGHT}, {1 / TITLE_WEIGHT}, {1 / TITLE_WEIGHT}, 1}}'::real[]"
        frequency = f"round({TITLE_WEIGHT} * ts_rank_cd({weights}, d.search_vector, plainto_tsquery('simple', %s), 0))"
        freqs = ", ".join(f"{frequency}::float8 AS f{i}" for i in range(len(terms)))
        score = " + ".join(_PG_BM25_TERM.format(i=i) for i in range(len(terms)))
        average = tokens / rows if rows else 1.0  # an empty index matches nothing anyway
        score_params = [value for idf in idfs for value in (idf, BM25_K1 + 1.0, BM25_K1, BM25_B, BM25_B, average)]
        sql = (
            f"SELECT d.id, d.object_id, d.published_at, 0.0::float8 + {score} AS score FROM ("
            f"SELECT d.id, d.object_id, d.published_at, d.token_count, {freqs} FROM {_TABLE} d WHERE {where} OFFSET 0"
            ") d"
        )
        return sql, [*score_params, *terms, *params]


def _engine() -> type[_SQLite] | type[_PostgreSQL]:
    if connection.vendor == "sqlite":
        return _SQLite
    if connection.vendor == "postgresql":
        return _PostgreSQL
    raise NotImplementedError(f"search has no engine for {connection.vendor}")


# --- Writing -----------------------------------------------------------------------------


def _check_kind(kind: str) -> None:
    if not kind or len(kind) > SearchDocument._meta.get_field("kind").max_length:
        raise ValueError(f"a search kind has 1 to 40 characters, not {kind!r}")


def _clean(text: str | None) -> str:
    # PostgreSQL text cannot hold NUL; SQLite could, and then the two would index different text.
    return (text or "").replace("\x00", "")


def _document(kind: str, object_id: int, title: str, body: str, published_at: datetime | None) -> SearchDocument:
    title, body = _clean(title), _clean(body)
    stemmed_title, stemmed = stemming.stem_text(title), stemming.stem_text(body)
    return SearchDocument(
        kind=kind,
        object_id=object_id,
        title=title,
        body=body,
        stemmed_title=stemmed_title,
        stemmed=stemmed,
        token_count=len(stemmed_title.split()) + len(stemmed.split()),
        published_at=published_at,
    )


def _write(documents: Iterable[SearchDocument]) -> int:
    documents = list(documents)
    # INSERT ... ON CONFLICT DO UPDATE: one statement per few hundred rows, no signals (the
    # index is derived data, not audited), and SQLite's update trigger re-indexes the row.
    with transaction.atomic():
        SearchDocument.objects.bulk_create(
            documents,
            update_conflicts=True,
            unique_fields=["kind", "object_id"],
            update_fields=["title", "body", "stemmed_title", "stemmed", "token_count", "published_at", "updated_at"],
        )
    return len(documents)


def _delete(where: str, params: list[object]) -> None:
    # Plain SQL rather than QuerySet.delete(), which would load every row and send a signal
    # (an audit entry) for each; SQLite's delete trigger keeps FTS5 in step either way.
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {_TABLE} WHERE {where}", params)


# --- Highlighting --------------------------------------------------------------------------


def highlight(text: str, terms: set[str]) -> str:
    """`text` HTML-escaped, with each word whose stem is one of `terms` wrapped in <mark>."""
    return _render(text, stemming.tokens(text), terms, 0, len(text))


def snippet(text: str, terms: set[str], words: int = SNIPPET_WORDS) -> str:
    """About `words` words of `text` around the most matches, highlighted, "…" where cut."""
    found = stemming.tokens(text)
    if not found:
        return ""
    first = _best_window([stemming.term(word) for _, _, word in found], terms, words) if len(found) > words else 0
    last = min(first + words, len(found)) - 1
    start = found[first][0] if first else 0
    end = found[last][1]
    if last == len(found) - 1:
        end = len(text)
    else:
        # Punctuation stuck to the last word stays with it ("sawah." rather than "sawah").
        while end < found[last + 1][0] and not text[end].isspace():
            end += 1
    before = ELLIPSIS + " " if first else ""
    after = " " + ELLIPSIS if last < len(found) - 1 else ""
    return before + _render(text, found[first : last + 1], terms, start, end).strip() + after


def _best_window(stems: list[str | None], terms: set[str], size: int) -> int:
    """The first word of a `size`-word window with the most distinct, then most, matches,
    moved so that its matches sit in the middle rather than at one edge."""
    inside: Counter[str] = Counter()
    best, best_score = 0, (0, 0)
    for i, stem in enumerate(stems):
        if stem in terms:
            inside[stem] += 1
        if i >= size and stems[i - size] in terms:
            leaving = stems[i - size]
            inside[leaving] -= 1
            if not inside[leaving]:
                del inside[leaving]
        score = (len(inside), inside.total())
        if i >= size - 1 and score > best_score:
            best, best_score = i - size + 1, score
    matched = [i for i in range(best, best + size) if stems[i] in terms]
    if not matched:
        return 0
    middle = (matched[0] + matched[-1]) // 2
    return max(0, min(middle - size // 2, len(stems) - size))


def _render(text: str, found: list[tuple[int, int, str]], terms: set[str], start: int, end: int) -> str:
    parts: list[str] = []
    position = start
    for word_start, word_end, word in found:
        if stemming.term(word) not in terms:
            continue
        parts.append(_escape(text[position:word_start]))
        parts.append(f"<mark>{html.escape(text[word_start:word_end])}</mark>")
        position = word_end
    parts.append(_escape(text[position:end]))
    return "".join(parts)


def _escape(text: str) -> str:
    # Line breaks and runs of spaces from the source mean nothing inside a one-line snippet.
    return html.escape(_SPACES.sub(" ", text))
