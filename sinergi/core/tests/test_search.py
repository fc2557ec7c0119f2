"""Search finds Indonesian words by their stem, ranks alike on SQLite and PostgreSQL, and no
query text can break it. The suite runs on both engines; expected orders are the same for both."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.db import connection

from sinergi.core import search, stemming
from sinergi.core.models import AuditEntry, SearchDocument

pytestmark = pytest.mark.django_db

KIND = "release"


def day(n: int) -> datetime:
    return datetime(2026, 3, n, 9, 0, tzinfo=UTC)


def add(object_id: int, title: str, body: str = "", published: int | None = 1, kind: str = KIND) -> None:
    search.index(kind, object_id, title=title, body=body, published_at=day(published) if published else None)


def found(query: str, **options) -> list[int]:
    return [hit.object_id for hit in search.search(KIND, query, **options).hits]


def assert_index_consistent() -> None:
    """On SQLite, FTS5 compares its index with the table and raises if they disagree."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO core_searchdocument_fts (core_searchdocument_fts, rank) VALUES ('integrity-check', 1)"
            )


# --- Words and stems -------------------------------------------------------------------------


def test_words_are_split_at_punctuation_lowercased_and_stripped_of_accents():
    assert stemming.tokens("Jalan-jalan ke Café «Meranti», 2026!") == [
        (0, 5, "jalan"),
        (6, 11, "jalan"),
        (12, 14, "ke"),
        (15, 19, "cafe"),
        (21, 28, "meranti"),
        (31, 35, "2026"),
    ]


def test_text_is_stemmed_word_by_word_without_stop_words():
    assert stemming.stem_text("Peresmian jembatan yang dibangun oleh Pemerintah Kabupaten") == (
        "resmi jembatan bangun perintah kabupaten"
    )


def test_a_minister_stays_a_minister():
    """PostgreSQL's own `indonesian` stemmer turns menteri into teri."""
    assert stemming.stem_word("menteri") == "menteri"
    assert stemming.stem_word("Kementerian") == "menteri"
    assert stemming.stem_word("covid19") == "covid19"


# --- Matching --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "query"),
    [
        ("Dinas PUPR membangun jembatan baru", "pembangunan"),
        ("Pasar rakyat diresmikan Bupati", "peresmian"),
        ("Bupati meresmikan pasar rakyat", "diresmikan"),
        ("Program hidup sehat bagi warga pesisir", "kesehatan"),
        ("Layanan kesehatan keliling", "sehat"),
        ("Warga jalan-jalan sore di taman kota", "jalan"),
        ("Pameran kopi di Café Meranti", "cafe"),
    ],
)
def test_a_query_finds_other_forms_of_its_words(body, query):
    add(1, "Kabar hari ini", body)
    add(2, "Kabar hari ini", "Rapat koordinasi anggaran daerah")
    assert found(query) == [1]


def test_every_word_of_the_query_must_match():
    add(1, "Banjir di Selatpanjang", "Air pasang merendam jalan kota")
    add(2, "Jalan rusak di Tebing Tinggi", "Perbaikan dimulai pekan depan")
    add(3, "Banjir rob", "Air pasang naik lagi")
    assert sorted(found("banjir jalan")) == [1]
    assert sorted(found("banjir")) == [1, 3]


@pytest.mark.parametrize("query", ["cafe", "Café", "FILM", "2024abc", "0x1f", "istanbul", "日本語", "straße", "ǆ"])
def test_unusual_words_are_split_alike_by_both_engines(query):
    add(1, "Festival", "Café «ﬁlm» ½ 2024abc 0x1f İstanbul 日本語 straße ǆ")
    assert found(query) == [1]


def test_kinds_are_searched_separately():
    add(1, "Jembatan Selatpanjang")
    add(1, "Jembatan Selatpanjang", kind="meeting")
    search.clear("meeting")
    add(2, "Jembatan Tebing Tinggi", kind="meeting")
    assert found("jembatan") == [1]
    assert [hit.object_id for hit in search.search("meeting", "jembatan").hits] == [2]


# --- Ranking ---------------------------------------------------------------------------------


def test_a_title_match_ranks_above_a_body_only_match():
    add(1, "Rapat koordinasi camat", "Membahas vaksinasi anak sekolah di kecamatan", published=20)
    add(2, "Vaksinasi anak sekolah dimulai", "Rapat koordinasi camat membahas jadwal di kecamatan", published=1)
    assert found("vaksinasi") == [2, 1]
    assert found("vaksinasi sekolah") == [2, 1]


def test_equally_relevant_documents_come_newest_first_then_by_highest_id():
    for object_id, published in [(1, 5), (2, 9), (3, 9), (4, None), (5, 1)]:
        add(object_id, "Posyandu balita", "Penimbangan rutin bulanan", published=published)
    assert found("posyandu") == [3, 2, 1, 5, 4]


CORPUS = [
    (1, "Bupati resmikan jembatan Selatpanjang", "Jembatan sepanjang 120 meter menghubungkan dua desa.", 3),
    (2, "Rapat koordinasi penanganan banjir", "Camat diminta menyiapkan posko. Jembatan darurat dibangun.", 5),
    (3, "Pembangunan jembatan Desa Banglas dimulai", "Pembangunan dibiayai APBD, selesai akhir tahun.", 1),
    (4, "Jadwal pelayanan kesehatan keliling", "Puskesmas keliling mengunjungi desa pesisir setiap pekan.", 7),
    (5, "Peresmian pasar rakyat", "Bupati meresmikan pasar dan meninjau jembatan penghubung antardesa.", 2),
    (6, "Pembangunan jembatan Desa Banglas dimulai", "Pembangunan dibiayai APBD, selesai akhir tahun.", 4),
    (7, "Laporan tahunan dinas pekerjaan umum", " ".join(["Jalan kabupaten diperbaiki."] * 12) + " Jembatan.", 6),
    (8, "Jembatan, jembatan, jembatan", "Kumpulan foto jembatan kayu di pesisir, dibangun warga.", 8),
]


@pytest.mark.parametrize(
    ("query", "expected", "top_rank"),
    [
        # In more than half the documents: bm25's IDF floor, order by frequency and length; 6 and 3 tie.
        ("jembatan", [8, 1, 6, 3, 5, 2, 7], 2.1329163408913213e-06),
        ("pembangunan jembatan", [6, 3, 8, 2], 0.40325969047012894),
        ("desa", [6, 3, 4, 1], 0.3997967217720016),
        ("bupati", [1, 5], 2.1887679738010792),
    ],
)
def test_a_fixed_corpus_comes_back_in_the_same_order_with_the_same_scores_on_every_engine(query, expected, top_rank):
    search.index_many(KIND, [(i, title, body, day(d)) for i, title, body, d in CORPUS])
    search.index(
        "other", 1, title="Jembatan", body="Jembatan gantung", published_at=None
    )  # counts in bm25's statistics
    results = search.search(KIND, query)
    assert [hit.object_id for hit in results.hits] == expected
    assert results.total == len(expected)
    assert results.hits[0].rank == pytest.approx(top_rank, rel=1e-12)
    assert all(a.rank >= b.rank for a, b in zip(results.hits, results.hits[1:], strict=False))


# --- Highlighting ----------------------------------------------------------------------------


def test_highlight_escapes_the_document_and_marks_the_words_as_written():
    add(
        1,
        "Bupati <b>meresmikan</b> pasar & terminal",
        "Peresmian dihadiri warga.\n\n<script>alert('x')</script> Pasar baru diresmikan kemarin.",
    )
    hit = search.search(KIND, "peresmian pasar").hits[0]
    assert hit.title_html == "Bupati &lt;b&gt;<mark>meresmikan</mark>&lt;/b&gt; <mark>pasar</mark> &amp; terminal"
    assert hit.snippet_html == (
        "<mark>Peresmian</mark> dihadiri warga. &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; "
        "<mark>Pasar</mark> baru <mark>diresmikan</mark> kemarin."
    )


def test_the_snippet_is_a_window_around_the_matches_with_ellipses_where_cut():
    filler = " ".join(f"kata{i}" for i in range(60))
    add(1, "Laporan", f"{filler} Dana desa untuk irigasi sawah. {filler}")
    snippet = search.search(KIND, "irigasi").hits[0].snippet_html
    assert snippet.startswith("… kata48 kata49 ")
    assert "untuk <mark>irigasi</mark> sawah." in snippet
    assert snippet.endswith(" kata11 kata12 …")
    assert len(snippet.split()) == search.SNIPPET_WORDS + 2


def test_the_snippet_prefers_the_window_with_the_most_distinct_words():
    filler = " ".join(f"kata{i}" for i in range(40))
    add(1, "Laporan", f"irigasi irigasi irigasi {filler} irigasi sawah {filler}")
    snippet = search.search(KIND, "irigasi sawah").hits[0].snippet_html
    assert "<mark>irigasi</mark> <mark>sawah</mark>" in snippet
    assert snippet.startswith("… ") and snippet.endswith(" …")


def test_a_title_only_match_shows_the_start_of_the_body():
    add(1, "Irigasi sawah", "Kelompok tani menerima bantuan pompa air.")
    hit = search.search(KIND, "irigasi").hits[0]
    assert hit.snippet_html == "Kelompok tani menerima bantuan pompa air."
    assert hit.title_html == "<mark>Irigasi</mark> sawah"


# --- Hostile input ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"', []),
        ('"banjir', [1]),
        ("*", []),
        ("banjir*", [1]),
        ("NEAR(", []),
        ("NEAR(banjir selatpanjang)", []),
        ("banjir OR longsor", []),
        ("OR", []),
        ("AND NOT", []),
        ("'; DROP TABLE core_searchdocument; --", []),
        ("stemmed:banjir", []),
        ("title : banjir", []),
        ("^banjir", [1]),
        ("-banjir", [1]),
        ("(banjir) {selatpanjang}", [1]),
        ("banjir\x00", [1]),
        ("\\ % _ ? ;", []),
        (" ".join(["banjir"] * 500), [1]),
        (" ".join(f"kata{i}" for i in range(500)), []),
    ],
)
def test_hostile_queries_are_plain_words(query, expected):
    add(1, "Banjir di Selatpanjang", "Warga mengungsi ke balai desa")
    results = search.search(KIND, query)
    assert [hit.object_id for hit in results.hits] == expected
    assert results.total == len(expected)
    assert SearchDocument.objects.count() == 1


def test_an_empty_index_finds_nothing():
    assert search.search(KIND, "jembatan") == search.Results(hits=[], total=0)
    assert search.search(KIND, "jembatan", offset=20) == search.Results(hits=[], total=0)


def test_a_long_query_is_cut_to_the_first_terms():
    query = " ".join(f"kata{i}" for i in range(500))
    assert search.normalise_query(query) == [f"kata{i}" for i in range(search.MAX_QUERY_TERMS)]
    assert search.normalise_query("Peresmian peresmian diresmikan pasar") == ["resmi", "pasar"]


@pytest.mark.parametrize("query", ["", "   ", "yang dan di", "!!! ???", "and or not"])
def test_a_query_without_words_finds_nothing_without_asking_the_database(query, django_assert_num_queries):
    add(1, "Yang dan di", "Dan yang di")
    with django_assert_num_queries(0):
        results = search.search(KIND, query)
    assert results == search.Results(hits=[], total=0)


def test_hostile_documents_are_indexed_and_shown_safely():
    add(1, 'Judul\x00 "kutipan" <i>', "Isi\x00 dengan ' dan \" dan NEAR( dan *")
    hit = search.search(KIND, "kutipan").hits[0]
    assert hit.title_html == "Judul &quot;<mark>kutipan</mark>&quot; &lt;i&gt;"
    assert "\x00" not in SearchDocument.objects.get().body
    assert found("isi near") == [1]


def test_a_kind_name_must_fit():
    with pytest.raises(ValueError):
        search.index("", 1, title="a", body="b", published_at=None)
    with pytest.raises(ValueError):
        search.index("x" * 41, 1, title="a", body="b", published_at=None)


# --- Keeping the index current ---------------------------------------------------------------


def test_indexing_again_replaces_the_document():
    add(1, "Jembatan Selatpanjang", "Dibangun tahun lalu", published=1)
    add(1, "Pasar Selatpanjang", "Diresmikan hari ini", published=2)
    assert found("jembatan") == []
    assert found("peresmian pasar") == [1]
    document = SearchDocument.objects.get()
    assert (document.title, document.published_at) == ("Pasar Selatpanjang", day(2))
    assert_index_consistent()


def test_remove_and_clear_take_documents_out():
    for object_id in (1, 2, 3):
        add(object_id, "Rapat pleno", "Membahas anggaran")
    add(1, "Rapat pleno", kind="meeting")
    search.remove(KIND, 2)
    search.remove(KIND, 99)  # not indexed: nothing happens
    assert found("rapat") == [3, 1]
    search.clear(KIND)
    assert search.search(KIND, "rapat").total == 0
    assert search.search("meeting", "rapat").total == 1
    assert_index_consistent()


def test_the_index_follows_writes_that_bypass_this_module():
    """Triggers keep SQLite's FTS5 table current; on PostgreSQL the vector is a generated column.

    Fails on SQLite when a later migration rebuilt the table and dropped the triggers.
    """
    add(1, "Jembatan Selatpanjang", "Dibangun tahun lalu")
    add(2, "Jembatan Tebing Tinggi", "Dibangun tahun ini")
    SearchDocument.objects.filter(object_id=1).update(stemmed_title="pasar selatpanjang", token_count=5)
    assert found("pasar") == [1]
    assert found("jembatan") == [2]
    SearchDocument.objects.filter(object_id=2).delete()
    assert found("jembatan") == []
    assert found("bangun") == [1]
    assert_index_consistent()


def test_indexing_leaves_nothing_in_the_audit_trail():
    add(1, "Jembatan", "Dibangun")
    search.index_many(KIND, [(2, "Pasar", "Diresmikan", None)])
    search.remove(KIND, 1)
    search.clear(KIND)
    assert AuditEntry.objects.count() == 0


def test_index_many_writes_in_batches_and_the_last_row_of_an_id_wins():
    rows = [(i, f"Berita {i}", "Musyawarah perencanaan pembangunan desa", day(i)) for i in range(1, 8)]
    rows.append((3, "Berita tiga", "Ralat: rapat ditunda", day(3)))
    assert search.index_many(KIND, iter(rows), batch_size=3) == 8
    assert SearchDocument.objects.filter(kind=KIND).count() == 7
    assert found("musyawarah") == [7, 6, 5, 4, 2, 1]
    assert found("ralat") == [3]
    assert search.index_many(KIND, []) == 0
    assert_index_consistent()


# --- Pages, counts, restrictions ------------------------------------------------------------------


def test_total_counts_every_match_while_hits_are_one_page():
    search.index_many(KIND, [(i, "Pengumuman lelang", f"Paket {i}", day(1 + i % 20)) for i in range(1, 26)])
    everything = found("lelang", limit=100)
    assert len(everything) == 25
    pages = [search.search(KIND, "lelang", limit=10, offset=offset) for offset in (0, 10, 20)]
    assert [page.total for page in pages] == [25, 25, 25]
    assert [hit.object_id for page in pages for hit in page.hits] == everything
    beyond = search.search(KIND, "lelang", limit=10, offset=30)
    assert beyond.hits == [] and beyond.total == 25


def test_restrict_to_keeps_only_the_given_ids():
    for object_id in (1, 2, 3, 4):
        add(object_id, "Siaran pers", "Dinas kominfo", published=object_id)
    assert found("siaran", restrict_to=[1, 3]) == [3, 1]
    assert found("siaran", restrict_to=(i for i in (4, 4, 99))) == [4]
    assert search.search(KIND, "siaran", restrict_to=[1, 3]).total == 2
    assert search.search(KIND, "siaran", restrict_to=[]) == search.Results(hits=[], total=0)
    assert found("siaran", restrict_to=range(2, 100_000)) == [4, 3, 2]
