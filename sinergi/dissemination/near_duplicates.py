"""Texts about the same event: MinHash over word shingles (`datasketch`), found through banded keys.

A text becomes the set of its shingles: runs of SHINGLE_WORDS stemmed words, stop words left out, so
"menggelar rapat koordinasi" and "gelar rapat koordinasi" are one shingle and an agency's rewording of the
same sentence still shares most of it. The MinHash signature (NUM_PERM numbers) estimates the Jaccard
similarity of two such sets without the sets. To find candidates among many releases without comparing
against each, the signature is cut into BANDS bands of ROWS numbers; two texts sharing any band key are
compared. With 64 bands of 2, a pair at the threshold below (0.2) shares a band with a probability of
about 0.93 (1 - (1 - 0.2²)⁶⁴), a pair at 0.3 of 0.998, an unrelated pair at 0.05 of 0.15 (then dropped
by the comparison). Keys and signatures are stored per release (`models.ClashFingerprint`, `ClashKey`).

Plain text in, numbers out: nothing here reads models, so a migration can use it too.
"""

from __future__ import annotations

import hashlib
from array import array
from functools import cache

from sinergi.core import stemming

NUM_PERM = 128
BANDS = 64
ROWS = NUM_PERM // BANDS
SHINGLE_WORDS = 2
SEED = 20261203
# Estimated Jaccard similarity from which two texts are shown as likely about the same event. Chosen on
# the labelled set (docs/clash-detection.md).
THRESHOLD = 0.2
MAX_TEXT = 20_000  # characters read: a release is a few thousand; a longer text is compared by its start
MIN_WORDS = 12  # a text shorter than this says too little to be compared


def shingles(text: str, min_words: int = MIN_WORDS) -> set[bytes]:
    words = [stem for stem in map(stemming.term, (w for _s, _e, w in stemming.tokens(text[:MAX_TEXT]))) if stem]
    if len(words) < min_words:
        return set()
    return {" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}


def signature(text: str) -> array | None:
    """The MinHash of `text` as NUM_PERM unsigned 32-bit numbers; None when the text is too short."""
    found = shingles(text)
    if not found:
        return None
    minhash = _minhash_class()(num_perm=NUM_PERM, seed=SEED)
    minhash.update_batch(sorted(found))
    return array("I", (int(value) & 0xFFFFFFFF for value in minhash.hashvalues))


def band_keys(sig: array) -> list[int]:
    """One signed 64-bit key per band (the band's number is part of the key, so bands never collide)."""
    keys = []
    for band in range(BANDS):
        chunk = sig[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return keys


def similarity(ours: array, theirs: array) -> float:
    """The estimated Jaccard similarity: the share of positions where the two signatures agree."""
    return sum(1 for a, b in zip(ours, theirs, strict=True) if a == b) / NUM_PERM


def to_bytes(sig: array) -> bytes:
    return sig.tobytes()


def from_bytes(data: bytes) -> array:
    sig = array("I")
    sig.frombytes(bytes(data))
    return sig


@cache
def _minhash_class():
    # datasketch imports numpy and scipy (a third of a second); only those who compare texts pay for it.
    from datasketch import MinHash

    return MinHash
