"""The index that lets one draft find, among many releases, the few worth comparing for clashes.

Each release keeps a fingerprint (its MinHash signature) and keys: one per signature band
(`near_duplicates.band_keys`) and one per figure unit and subject word ("balita" near "stunting"). A draft
looks up its own keys: releases sharing a band are candidate near-duplicates; releases sharing a figure's
unit with at least two of its subject words (or its only one) may give another value for the same thing.
Only candidates are then read in full and compared (`clashes.py`), so the cost follows the few candidates,
not the size of the archive.

A release's keys are rebuilt whenever it is saved with another text (post_save, in the same transaction).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import timedelta

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from sinergi.dissemination import figures, near_duplicates
from sinergi.dissemination.models import ClashFingerprint, ClashKey
from sinergi.releases.models import Release, Status

# Published releases this recent are compared; drafts and releases on their way are always.
RECENT_DAYS = 183
ON_THE_WAY = [Status.DRAFT, Status.CHANGES_REQUESTED, Status.SUBMITTED, Status.IN_REVIEW, Status.APPROVED,
              Status.SCHEDULED]  # fmt: skip
MAX_CANDIDATES = 40  # of each kind, the strongest first


def text_of(release) -> str:
    """What is compared of a release (a migration passes its historical model: only these fields are read)."""
    return f"{release.title}\n\n{release.summary}\n\n{release.body}"


def keys_for(text: str) -> tuple[bytes | None, list[int], list[int]]:
    """(signature as bytes, band keys, figure keys) of a text."""
    sig = near_duplicates.signature(text)
    bands = near_duplicates.band_keys(sig) if sig is not None else []
    return (near_duplicates.to_bytes(sig) if sig is not None else None), bands, figures.keys(figures.extract(text))


def index(release: Release) -> bool:
    """Bring the release's fingerprint and keys in step with its text; False when they already were."""
    text = text_of(release)
    digest = hashlib.sha256(text.encode()).hexdigest()
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
        fingerprints.append(ClashFingerprint(release_id=release.pk, signature=signature,
                                             text_hash=hashlib.sha256(text.encode()).hexdigest()))  # fmt: skip
        keys.extend(ClashKey(release_id=release.pk, key=key) for key in bands + figure)
        if len(fingerprints) >= batch_size:
            written += _write(fingerprints, keys)
            fingerprints, keys = [], []
    return written + _write(fingerprints, keys)


def _write(fingerprints: list[ClashFingerprint], keys: list[ClashKey]) -> int:
    with transaction.atomic():
        ClashFingerprint.objects.bulk_create(fingerprints, batch_size=500, ignore_conflicts=True)
        ClashKey.objects.bulk_create(keys, batch_size=2000)
    return len(fingerprints)


def comparable(release: Release):
    """Other agencies' releases in the same forum that a draft is compared with."""
    since = timezone.now() - timedelta(days=RECENT_DAYS)
    return (Release.objects.in_forum(release.agency.forum).exclude(agency_id=release.agency_id)
            .filter(withdrawn_at__isnull=True)
            .filter(Q(status__in=ON_THE_WAY) | Q(status=Status.PUBLISHED, published_at__gte=since)))  # fmt: skip


def candidates(release: Release, text: str) -> tuple[dict[int, float], list[int]]:
    """({release id: estimated similarity} of likely near-duplicates, release ids worth checking for figures)."""
    sig = near_duplicates.signature(text)
    near: dict[int, float] = {}
    if sig is not None:
        sharing = _sharing(release, near_duplicates.band_keys(sig), needed=1)
        found = ClashFingerprint.objects.filter(release_id__in=sharing).values_list("release_id", "signature")
        for pk, stored in found:
            if stored is not None:
                score = near_duplicates.similarity(sig, near_duplicates.from_bytes(stored))
                if score >= near_duplicates.THRESHOLD:
                    near[pk] = score
        near = dict(sorted(near.items(), key=lambda pair: -pair[1])[:MAX_CANDIDATES])
    ours = figures.extract(text)
    needed = min(figures.SHARED_SUBJECT_WORDS, min((len(f.subject) for f in ours if f.subject), default=1))
    return near, _sharing(release, figures.keys(ours), needed=max(needed, 1))


def _sharing(release: Release, keys: list[int], needed: int) -> list[int]:
    if not keys:
        return []
    rows = (ClashKey.objects.filter(key__in=keys, release__in=comparable(release))
            .values("release_id").annotate(shared=Count("key")).filter(shared__gte=needed)
            .order_by("-shared", "-release_id")[:MAX_CANDIDATES])  # fmt: skip
    return [row["release_id"] for row in rows]
