"""What a moderator reviewing a draft is shown: other agencies' releases about the same event, and figures
that differ from theirs, each with both passages side by side and the moderator's earlier word on it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from sinergi.dissemination import clash_index, figures, near_duplicates
from sinergi.dissemination.models import ClashMark, ClashVerdict
from sinergi.releases.models import Release

EVENT, FIGURE = "event", "figure"
VERDICTS = {EVENT: [ClashVerdict.COORDINATE, ClashVerdict.NOT_A_CLASH],
            FIGURE: [ClashVerdict.FIGURES_CHECKED, ClashVerdict.COORDINATE, ClashVerdict.NOT_A_CLASH]}  # fmt: skip
PASSAGE_CHARS = 420
MAX_FINDINGS = 12
KEY_CHARS = 200  # ClashMark.key


@dataclass(frozen=True)
class Passage:
    before: str
    marked: str  # the figure, shown highlighted; empty for a passage about the same event
    after: str


NO_PASSAGE = Passage("", "", "")


@dataclass
class Finding:
    kind: str
    other: Release
    key: str
    ours: Passage
    theirs: Passage
    similarity: float | None = None
    mark: ClashMark | None = None

    @property
    def verdicts(self) -> list[ClashVerdict]:
        return VERDICTS[self.kind]

    @property
    def settled(self) -> bool:
        return self.mark is not None


@dataclass(frozen=True)
class Review:
    findings: list[Finding]  # every finding, unmarked first; only the first MAX_FINDINGS carry their passages
    compared: bool  # False when the text is too short to be compared by its words (figures still are)

    @property
    def shown(self) -> list[Finding]:
        return self.findings[:MAX_FINDINGS]


def review(release: Release) -> Review:
    """Unmarked findings first (figures, then events by similarity), then those a moderator has marked."""
    text = clash_index.text_of(release)
    found_ids = clash_index.candidates(release, text)
    others = Release.objects.select_related("agency").in_bulk(set(found_ids.near) | set(found_ids.figures))
    found: list[Finding] = []
    ours_figures = figures.extract(text)
    for pk in found_ids.figures:
        if pk in others:
            found.extend(_figure_findings(text, ours_figures, others[pk]))
    for pk, score in found_ids.near.items():
        if pk in others:
            found.append(Finding(EVENT, others[pk], "", NO_PASSAGE, NO_PASSAGE, similarity=score))
    marks = {(m.other_id, m.kind, m.key): m for m in release.clash_marks.select_related("marked_by")}
    for finding in found:
        finding.mark = marks.get((finding.other.pk, finding.kind, finding.key))
    found.sort(key=lambda f: (f.settled, f.kind != FIGURE, -(f.similarity or 0)))
    for finding in found[:MAX_FINDINGS]:  # the closest paragraphs cost a comparison each: only for what is shown
        if finding.kind == EVENT:
            ours, theirs = _closest_paragraphs(text, clash_index.text_of(finding.other))
            finding.ours, finding.theirs = Passage(ours, "", ""), Passage(theirs, "", "")
    return Review(found, found_ids.compared)


def findings(release: Release) -> list[Finding]:
    return review(release).findings


def mark(release: Release, other: Release, kind: str, key: str, verdict: str, by, note: str = "") -> ClashMark:
    """Keep the moderator's verdict on a finding (a later verdict replaces an earlier one)."""
    if kind not in VERDICTS or verdict not in VERDICTS[kind]:
        raise ValueError(verdict)
    with transaction.atomic():
        found, _created = ClashMark.objects.update_or_create(
            release=release, other=other, kind=kind, key=key,
            defaults={"verdict": verdict, "note": note[:300], "marked_by": by, "marked_at": timezone.now()},
        )  # fmt: skip
    return found


def _figure_findings(text: str, ours: list[figures.Figure], other: Release) -> list[Finding]:
    their_text = clash_index.text_of(other)
    pairs = figures.clashes(ours, figures.extract(their_text))
    result, seen = [], set()
    for mine, theirs in pairs:
        key = f"{mine.unit}:{mine.value.normalize():f}:{theirs.value.normalize():f}"
        if len(key) > KEY_CHARS:  # a figure of many digits: still one finding, kept under the column's size
            key = "sha256:" + hashlib.sha256(key.encode()).hexdigest()
        if key in seen:
            continue
        seen.add(key)
        result.append(Finding(FIGURE, other, key, around(text, mine), around(their_text, theirs)))
    return result


def around(text: str, figure: figures.Figure) -> Passage:
    start, end = figure.sentence
    room = max(0, PASSAGE_CHARS - (figure.end - figure.start)) // 2
    before = text[max(start, figure.start - room) : figure.start]
    after = text[figure.end : min(end, figure.end + room)]
    return Passage(("…" if figure.start - room > start else "") + before.lstrip(), text[figure.start:figure.end],
                   after.rstrip() + ("…" if figure.end + room < end else ""))  # fmt: skip


def _closest_paragraphs(ours: str, theirs: str) -> tuple[str, str]:
    """The paragraph of each text that shares the most shingles with one of the other's."""
    best, pair = -1.0, ("", "")
    their_paragraphs = [(p, near_duplicates.shingles(p, min_words=1)) for p in _paragraphs(theirs)]
    for mine in _paragraphs(ours):
        mine_shingles = near_duplicates.shingles(mine, min_words=1)
        for other, other_shingles in their_paragraphs:
            union = len(mine_shingles | other_shingles) or 1
            score = len(mine_shingles & other_shingles) / union
            if score > best:
                best, pair = score, (mine, other)
    return _cut(pair[0]), _cut(pair[1])


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()][:60]


def _cut(text: str) -> str:
    return text if len(text) <= PASSAGE_CHARS else text[:PASSAGE_CHARS].rsplit(" ", 1)[0] + "…"
