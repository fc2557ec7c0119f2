"""Indonesian words for search: tokenising, stop words and stemming with PySastrawi.

Sastrawi stems accurately (menteri stays menteri, peresmian becomes resmi) but walks its
dictionary through many affix rules per word, and the stemmer its factory builds caches every
text it is given, forever. Here one plain stemmer is built per process on first use and text
is stemmed word by word through a bounded LRU cache: a corpus has a vocabulary of tens of
thousands of words, so after a warm-up stemming costs a dictionary lookup per word.

Words are runs of letters and digits; anything else separates them, so "jalan-jalan" is two
words "jalan" and "covid-19" is "covid" and "19". Words are lowercased and stripped of
accents (NFKD), so the search engines receive plain letters and digits they all split the
same way.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
from Sastrawi.Stemmer.Stemmer import Stemmer
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

_WORD = re.compile(r"[^\W_]+")

# Longer "words" are pasted identifiers or encoded data; PostgreSQL refuses lexemes past 2 KB
# and the two engines must index the same words, so they are left out everywhere.
MAX_WORD_LENGTH = 64

# Function words carry no meaning for a search, make up a tenth of Indonesian text and would
# have to appear in every hit (all terms must match). PostgreSQL ranks without corpus
# statistics, so leaving them in would also make its order drift further from bm25's.
# "and", "or", "not" are here because people type them as operators; they are plain words.
STOP_WORDS = frozenset(
    """
    yang dan di ke dari pada untuk dengan dalam oleh atau ini itu adalah ialah merupakan
    sebagai akan juga tersebut para serta bagi kepada karena bahwa agar supaya telah sudah
    sedang yaitu yakni maupun namun tetapi tapi jika kalau bila apabila maka sehingga si sang
    pun lah kah nya and or not
    """.split()
)


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) for each word of `text`, the word lowercased and without accents."""
    found = []
    for match in _WORD.finditer(text):
        word = _fold(match.group())
        if word:
            found.append((match.start(), match.end(), word))
    return found


def stem_word(word: str) -> str:
    """The stem of one word, lowercased; words with digits or non-Latin letters stay as they are."""
    word = word.lower()
    if word.isascii() and word.isalpha():
        return _stem(word)
    return word


def term(word: str) -> str | None:
    """What a word (as given by `tokens`) is indexed and searched as; None for a stop word."""
    if word in STOP_WORDS or len(word) > MAX_WORD_LENGTH:
        return None
    return stem_word(word)


def stem_text(text: str) -> str:
    """The stems of the words of `text`, in order and space-separated, stop words left out."""
    return " ".join(filter(None, map(_term_of_raw_word, _WORD.findall(text))))


def _fold(word: str) -> str:
    if word.isascii():
        return word.lower()
    # NFKD splits accents off letters and spells out ligatures and fractions ("ﬁ" -> "fi");
    # keeping only letters and decimal digits leaves what both engines treat as one word.
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if ch.isalpha() or ch.isdecimal())


@lru_cache(maxsize=131072)
def _term_of_raw_word(raw: str) -> str | None:
    # Indexing a large corpus is mostly this lookup: one cache hit per word as written.
    word = _fold(raw)
    return term(word) if word else None


@cache
def _stemmer() -> Stemmer:
    # Not StemmerFactory.create_stemmer(): its stemmer keeps every stemmed text in an unbounded dict.
    return Stemmer(ArrayDictionary(StemmerFactory().get_words()))


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    stem = _stemmer().stem_word(word)
    # An empty or odd result (never seen) would drop the word from the index: keep the word then.
    return stem if stem and stem.isascii() and stem.isalpha() else word
