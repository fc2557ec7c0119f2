"""Figures in a release: a number with what it counts ("1.245 balita", "Rp 3,2 miliar", "12 desa",
"87 persen"), and the words around it that say what it is about.

Two releases clash on a figure when they count the same thing (the same unit or counted noun) about the
same subject (enough shared subject words in the same sentence) and give different values. Dates, times,
years, article numbers and ordinals are not figures. Written Indonesian style: a dot groups thousands
("1.245"), a comma marks decimals ("3,2"); "Rp3,2 miliar", "Rp 3.200.000.000" and "Rp3,2 M" are one value.

Everything here works on plain text and knows nothing of models, so a migration can use it too.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

from sinergi.core import stemming

# How far a subject word may be from the figure, in words, within its sentence.
WORDS_BEFORE = 10
WORDS_AFTER = 6
# Two mentions are about the same thing when they share this many subject words, and that is this share of
# the smaller subject. Measured on the labelled set (docs/clash-detection.md).
SHARED_SUBJECT_WORDS = 2
SHARED_SUBJECT_SHARE = 0.4
# Values closer than this (relative) are the same figure rounded differently.
SAME_VALUE = Decimal("0.005")
# A text is read up to this many characters: a release is a few thousand; the rest is not looked at.
MAX_TEXT = 20_000
MAX_FIGURES = 200
MAX_KEYS = 400

MULTIPLIERS = {"ribu": 10**3, "rb": 10**3, "juta": 10**6, "jt": 10**6, "miliar": 10**9, "milyar": 10**9, "m": 10**9,
               "triliun": 10**12, "t": 10**12}  # fmt: skip
MONTHS = frozenset(
    """januari februari pebruari maret april mei juni juli agustus september oktober november desember
    jan feb mar apr jun jul agu agt sep okt nov des""".split()
)
# Words after a number that say when or which, not how many.
NOT_UNITS = MONTHS | frozenset(
    """wib wita wit pagi siang sore malam hari ini lalu mendatang kemudian ke dan atau s d sd hingga sampai
    sebelumnya berikutnya tersebut lebih kurang""".split()
)
# Words before a number that make it a label, a date or a rank.
NOT_COUNTS_AFTER = frozenset(
    """pukul jam pasal ayat nomor no nomer tanggal tgl ke tahun periode tahap angkatan gelombang kode rt rw
    lantai gang blok jalan jl km_ruas sesi""".split()
)
CLASSIFIERS = frozenset({"orang", "buah", "ekor", "unit", "batang", "lembar"})
VERB_PREFIXES = ("me", "ber", "ter", "di", "se", "ke")
PERCENT_WORDS = {"%", "persen", "prosen"}
SYNONYMS = {"prosen": "persen", "%": "persen", "milyar": "miliar", "hektar": "hektare", "ha": "hektare",
            "kk": "keluarga", "kepala": "keluarga", "org": "orang", "jiwa": "orang"}  # fmt: skip
# Words that appear around almost any figure and say nothing about what it counts (compared as stems).
GENERIC_WORDS = frozenset(
    """banyak jumlah total capai catat sekitar kurang lebih hingga sampai tahun bulan hari minggu
    kabupaten kepulauan meranti kecamatan data sebut kata jelas ujar tambah milik sedia angka tingkat
    jadi turun naik menurut rp rupiah persen orang per baru lalu anggar sebesar besar nilai senilai""".split()
)

ABBREVIATIONS = frozenset("rp no dr ir jl st h hj prof drs kec kab ds".split())
# A number starts where no letter, digit, dot or comma touches it ("COVID19", "08.30" and "3.5" give none),
# unless "Rp" is glued to it; possessive runs never backtrack, so 60,000 digits in a row take milliseconds.
_NUMBER = r"(?P<num>\d{1,3}(?:\.\d{3})++|\d++)(?:,(?P<dec>\d++))?(?![.,]?\d)"
_FIGURE = re.compile(
    r"(?:(?P<rp>\bRp\.?\s?)|(?<![\w.,]))" + _NUMBER + r"(?:\s?(?P<mult>ribu|rb|juta|jt|miliar|milyar|triliun|M|T)\b\.?)?"
    r"(?:\s?(?P<pct>%)|\s+(?P<unit>[^\W\d_]{1,40}))?",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n|\n[-*] ")


@dataclass(frozen=True)
class Figure:
    value: Decimal
    unit: str  # "rupiah", "persen", or the counted noun as written, lowercased ("balita", "desa")
    subject: frozenset[str]  # stems of the words around it
    text: str  # the figure as written
    start: int  # where it is in the text
    end: int
    sentence: tuple[int, int]  # where its sentence is
    years: frozenset[str] = frozenset()  # years its sentence names ("2025"): another year is another count

    def same_thing(self, other: Figure) -> bool:
        """Counting the same unit about enough of the same subject words."""
        if self.unit != other.unit:
            return False
        return subjects_overlap(self.subject, other.subject)

    def same_value(self, other: Figure) -> bool:
        larger = max(abs(self.value), abs(other.value))
        return larger == 0 or abs(self.value - other.value) / larger <= SAME_VALUE


def subjects_overlap(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    shared = len(ours & theirs)
    smaller = min(len(ours), len(theirs))
    return shared >= min(SHARED_SUBJECT_WORDS, smaller) and shared > 0 and shared / smaller >= SHARED_SUBJECT_SHARE


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; a dot between digits ("1.245") or after "Rp"/"No" never ends one."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        last_word = re.search(r"(\w*)\W*$", text[max(0, match.start() - 8) : match.start()])
        if last_word and last_word.group(1).lower() in ABBREVIATIONS:
            continue
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def extract(text: str) -> list[Figure]:
    """The figures of `text`, in order; at most MAX_FIGURES, from its first MAX_TEXT characters."""
    text = text[:MAX_TEXT]
    found: list[Figure] = []
    for start, end in sentences(text):
        words = stemming.tokens(text[start:end])
        for match in _FIGURE.finditer(text, start, end):
            figure = _figure(text, match, (start, end), words)
            if figure is not None:
                found.append(figure)
                if len(found) == MAX_FIGURES:
                    return found
    return found


def clashes(ours: list[Figure], theirs: list[Figure]) -> list[tuple[Figure, Figure]]:
    """Pairs counting the same thing with different values; a value both texts give somewhere is no clash."""
    pairs = []
    for mine in ours:
        matching = [other for other in theirs if mine.same_thing(other)]
        matching = [other for other in matching if not (mine.years and other.years and not mine.years & other.years)]
        if not matching or any(mine.same_value(other) for other in matching):
            continue
        other = max(matching, key=lambda item: len(item.subject & mine.subject))
        if any(other.same_value(again) for again in ours if again.unit == other.unit):
            continue  # we give their value too, for something else close by
        pairs.append((mine, other))
    return pairs


def keys(found: list[Figure]) -> list[int]:
    """One signed 64-bit key per unit and subject word ("balita" near "stunting"), for finding candidates."""
    found_keys: set[int] = set()
    for figure in found:
        for word in figure.subject:
            digest = hashlib.blake2b(f"figure:{figure.unit}:{word}".encode(), digest_size=8).digest()
            found_keys.add(int.from_bytes(digest, "big", signed=True))
    return sorted(found_keys)[:MAX_KEYS]


def _figure(text: str, match: re.Match, sentence: tuple[int, int], words) -> Figure | None:
    value = _value(match)
    if value is None:
        return None
    before = text[max(sentence[0], match.start() - 12) : match.start()].lower()
    before_word = (re.findall(r"[a-z_]+", before) or [""])[-1]
    if before.endswith("-") or before_word in NOT_COUNTS_AFTER:
        return None
    unit, end = _unit(match)
    if unit is None:
        return None
    if unit != "rupiah" and not match.group("mult") and _looks_like_year(match):
        return None
    offset = sentence[0]
    index = next((i for i, (a, _b, _w) in enumerate(words) if a + offset >= match.start()), len(words))
    after = next((i for i, (a, _b, _w) in enumerate(words) if a + offset >= end), len(words))
    window = words[max(0, index - WORDS_BEFORE) : index] + words[after : after + WORDS_AFTER]
    subject = frozenset(_subject_stems(window, unit))
    years = frozenset(word for _a, _b, word in words if len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2100)
    return Figure(value, unit, subject, text[match.start() : end].strip(), match.start(), end, sentence, years)


def _value(match: re.Match) -> Decimal | None:
    digits = match.group("num").replace(".", "") + ("." + match.group("dec") if match.group("dec") else "")
    try:
        value = Decimal(digits)
    except InvalidOperation:  # pragma: no cover - the pattern only lets digits through
        return None
    multiplier = (match.group("mult") or "").lower()
    if multiplier in {"m", "t"} and not match.group("rp"):
        return value  # "12 M" alone is a unit (metres), not a multiplier
    return value * MULTIPLIERS.get(multiplier, 1)


def _unit(match: re.Match) -> tuple[str | None, int]:
    if match.group("rp"):
        last = "mult" if match.group("mult") else "dec" if match.group("dec") else "num"
        return "rupiah", match.end(last)
    if match.group("pct"):
        return "persen", match.end()
    word = (match.group("unit") or "").lower()
    if not word or word in NOT_UNITS or word in stemming.STOP_WORDS:
        return None, match.end()
    if word in {"m", "t"} and match.group("mult"):
        word = match.group("mult").lower()
    word = SYNONYMS.get(word, word)
    if word in CLASSIFIERS:  # "1.210 orang lanjut usia" counts what the next word names
        following = re.match(r"\s+([^\W\d_]{3,40})", match.string[match.end() : match.end() + 42])
        if following and _is_counted_noun(following.group(1).lower()):
            return SYNONYMS.get(following.group(1).lower(), following.group(1).lower()), match.end() + following.end()
    return word, match.end()


def _is_counted_noun(word: str) -> bool:
    # Verbs and adjectives after a count ("450 orang terdampak", "12 unit baru") leave the classifier as the unit.
    return (
        word not in stemming.STOP_WORDS
        and word not in NOT_UNITS
        and not word.startswith(VERB_PREFIXES)
        and word not in {"baru", "lama", "lainnya", "sisanya"}
    )


def _looks_like_year(match: re.Match) -> bool:
    number = match.group("num")
    return not match.group("dec") and number.isdigit() and len(number) == 4 and 1900 <= int(number) <= 2100


def _subject_stems(window, unit: str):
    for _start, _end, word in window:
        if not word.isalpha() or word in MONTHS or word in MULTIPLIERS or len(word) < 3:
            continue
        stem = stemming.term(word)
        if stem and stem not in _generic_stems() and SYNONYMS.get(word, word) != unit:
            yield stem


@cache
def _generic_stems() -> frozenset[str]:
    return frozenset(stemming.stem_word(word) for word in GENERIC_WORDS) | GENERIC_WORDS


def subject_of(text: str, unit: str) -> frozenset[str]:
    """The subject stems of a name (an indicator's), as a figure's surrounding words would give them."""
    return frozenset(_subject_stems(stemming.tokens(text), unit))


def unit_of(written: str) -> str:
    """A unit as the figures read it ("%" and "prosen" are "persen")."""
    word = written.strip().lower()
    return SYNONYMS.get(word, word)
