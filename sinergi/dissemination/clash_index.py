"""The index that lets one draft find, among many releases, the few worth comparing for clashes.

Each release keeps a fingerprint (its MinHash signature) and keys: one per signature band
(`near_duplicates.band_keys`) and one per figure unit and subject word ("balita" near "stunting"). A draft
looks up its own keys: releases sharing a band are candidate near-duplicates; releases sharing a figure's
unit with at least two of its subject words (or its only one) may give another value for the same thing.
Only candidates are then read in full and compared (`clashes.py`), so the cost follows the few candidates,
not the size of the archive.

A release's keys are rebuilt whenever it is saved with another text (post_save, in the same transaction);
releases saved before (or under an older VERSION of the detectors) are indexed by a periodic task, a batch
at a time (`index_missing`), so an upgrade never holds a migration for minutes.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from sinergi.core.classification import KipClass
from sinergi.dissemination import figures, near_duplicates
from sinergi.dissemination.models import ClashFingerprint, ClashKey
from sinergi.releases.models import Release, Status

# Published releases this recent are compared; drafts and releases on their way are always.
RECENT_DAYS = 183
ON_THE_WAY = [Status.DRAFT, Status.CHANGES_REQUESTED, Status.SUBMITTED, Status.IN_REVIEW, Status.APPROVED,
              Status.SCHEDULED]  # fmt: skip
MAX_CANDIDATES = 40  # of each kind, the strongest first
# Raised whenever the keys a text gives change (shingles, bands, figure rules): older keys are rebuilt.
VERSION = 2
BATCH = 2000
# A key found in more than this share of all indexed releases (a sentence every release repeats, a unit with a
# word around any figure) tells nothing about one event and would make a lookup read thousands of rows.
COMMON_SHARE = 0.01
MIN_COMMON = 50


def text_of(release) -> str:
    """What is compared of a release."""
    return f"{release.title}\n\n{release.summary}\n\n{release.body}"


def keys_for(text: str) -> tuple[bytes | None, list[int], list[int]]:
    """(signature as bytes, band keys, figure keys) of a text."""
    sig = near_duplicates.signature(text)
    bands = near_duplicates.band_keys(sig) if sig is not None else []
    return (near_duplicates.to_bytes(sig) if sig is not None else None), bands, figures.keys(figures.extract(text))


def digest_of(text: str) -> str:
    """Which text, under which version of the detectors, a fingerprint was made from."""
    return f"{VERSION}:{hashlib.sha256(text.encode()).hexdigest()}"


def index(release: Release) -> bool:
    """Bring the release's fingerprint and keys in step with its text; False when they already were."""
    text = text_of(release)
    digest = digest_of(text)
    if ClashFingerprint.objects.filter(release_id=release.pk, text_hash=digest).exists():
        return False
    signature, bands, keys = keys_for(text)
    with transaction.atomic():
        ClashKey.objects.filter(release_id=release.pk).delete()
        ClashFingerprint.objects.update_or_create(
            release_id=release.pk, defaults={"signature": signature, "text_hash": digest, "indexed_at": timezone.now()}
        )
        ClashKey.objects.bulk_create([ClashKey(release_id=release.pk, key=key) for key in bands + keys])
    return True


def index_many(releases: Iterable[Release], batch_size: int = 1000) -> int:
    """Index releases that have no fingerprint yet, in batches (a new installation, a benchmark)."""
    written = 0
    fingerprints: list[ClashFingerprint] = []
    keys: list[ClashKey] = []
    for release in releases:
        text = text_of(release)
        signature, bands, figure = keys_for(text)
        fingerprints.append(ClashFingerprint(release_id=release.pk, signature=signature, text_hash=digest_of(text)))
        keys.extend(ClashKey(release_id=release.pk, key=key) for key in bands + figure)
        if len(fingerprints) >= batch_size:
            written += _write(fingerprints, keys)
            fingerprints, keys = [], []
    return written + _write(fingerprints, keys)


def index_missing(limit: int = BATCH) -> int:
    """Index up to `limit` releases with no fingerprint, or one from an older VERSION; how many were done."""
    stale = Release.objects.filter(Q(clash_fingerprint__isnull=True)
                                   | ~Q(clash_fingerprint__text_hash__startswith=f"{VERSION}:"))  # fmt: skip
    done = 0
    for release in stale.only("pk", "title", "summary", "body").order_by("-pk")[:limit]:
        done += index(release)
    return done


def _write(fingerprints: list[ClashFingerprint], keys: list[ClashKey]) -> int:
    with transaction.atomic():
        ClashFingerprint.objects.bulk_create(fingerprints, batch_size=500, ignore_conflicts=True)
        ClashKey.objects.bulk_create(keys, batch_size=2000)
    return len(fingerprints)


def comparable(release: Release, prefix: str = "") -> Q:
    """Other agencies' releases in the same forum that a draft is compared with (`prefix` reaches them
    across a relation, as a join)."""
    since = timezone.now() - timedelta(days=RECENT_DAYS)
    on_the_way = Q(**{f"{prefix}status__in": ON_THE_WAY})
    recent = Q(**{f"{prefix}status": Status.PUBLISHED, f"{prefix}published_at__gte": since})
    # Exempt information never reaches the public, so it can tell the public nothing different: left out.
    return (Q(**{f"{prefix}agency__forum_id": release.agency.forum_id, f"{prefix}withdrawn_at__isnull": True})
            & ~Q(**{f"{prefix}agency_id": release.agency_id}) & ~Q(**{f"{prefix}kip_class": KipClass.DIKECUALIKAN})
            & (on_the_way | recent))  # fmt: skip


@dataclass(frozen=True)
class Candidates:
    near: dict[int, float]  # release id -> estimated similarity, likely the same event
    figures: list[int]  # release ids worth checking for figures
    compared: bool  # False when the text is too short to compare by its words


def candidates(release: Release, text: str) -> Candidates:
    """Which releases to compare the text with, found through the keys."""
    limit = max(MIN_COMMON, round(COMMON_SHARE * ClashFingerprint.objects.count()))
    sig = near_duplicates.signature(text)
    near: dict[int, float] = {}
    if sig is not None:
        sharing = _sharing(release, near_duplicates.band_keys(sig), 1, limit)
        found = ClashFingerprint.objects.filter(release_id__in=sharing).values_list("release_id", "signature")
        for pk, stored in found:
            if stored is not None:
                score = near_duplicates.similarity(sig, near_duplicates.from_bytes(stored))
                if score >= near_duplicates.THRESHOLD:
                    near[pk] = score
        near = dict(sorted(near.items(), key=lambda pair: -pair[1])[:MAX_CANDIDATES])
    ours = figures.extract(text)
    needed = min(figures.SHARED_SUBJECT_WORDS, min((len(f.subject) for f in ours if f.subject), default=1))
    return Candidates(near, _sharing(release, figures.keys(ours), max(needed, 1), limit), sig is not None)


def _sharing(release: Release, keys: list[int], needed: int, limit: int) -> list[int]:
    """Comparable releases sharing at least `needed` of `keys`, most shared first.

    Keys held by more than `limit` releases are left out. The postings of the others are read through the
    index and counted here; only then are the releases they name filtered (a database planner would
    otherwise walk every comparable release and probe each key)."""
    if not keys:
        return []
    counts = ClashKey.objects.filter(key__in=keys).values("key").annotate(held=Count("key"))
    informative = [row["key"] for row in counts if row["held"] <= limit]
    if not informative:
        return []
    shared = Counter(ClashKey.objects.filter(key__in=informative).exclude(release_id=release.pk)
                     .values_list("release_id", flat=True))  # fmt: skip
    ranked = [pk for pk, count in shared.most_common() if count >= needed]
    kept: set[int] = set()
    for start in range(0, len(ranked), 500):
        chunk = ranked[start:start + 500]
        kept.update(Release.objects.filter(pk__in=chunk).filter(comparable(release)).values_list("pk", flat=True))
        if len(kept) >= MAX_CANDIDATES:
            break
    return [pk for pk in ranked if pk in kept][:MAX_CANDIDATES]
