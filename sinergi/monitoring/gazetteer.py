"""Which agencies a text names: a gazetteer of every agency's names, abbreviations and officials' titles from
the directory, searched in one pass (Aho-Corasick, pyahocorasick) with word boundaries, each mention with its
sentence.

Ambiguity is settled by place. A form that carries the forum's place ("Imigrasi Selatpanjang", "Polres
Kepulauan Meranti") names the agency wherever it appears. A form every regency has ("Dinas Kesehatan",
"Dinkes", "imigrasi", "Kapolres") names this forum's agency only when the text also names the forum's region,
its capital or one of its kecamatan: a national story about "imigrasi" is not about the Selatpanjang office.
Where two forms overlap, the longer wins ("Kepala Dinas Kesehatan" over "Dinas Kesehatan").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick

MAX_CHARS = 200_000  # of one article's text
MAX_MENTIONS = 200
SENTENCE_CHARS = 400
# Officials' titles as the press writes them, by the agency short name they head (kept as data; a forum
# adds its own through the directory's short names).
TITLES = {"polres": ("kapolres",), "kejari": ("kajari",), "bpbd": ("kalaksa bpbd",), "imigrasi": ("kakanim",),
          "kpu": ("ketua kpu",), "satpol pp": ("kasatpol pp",)}  # fmt: skip
_REGION_PREFIX = re.compile(r"^(kabupaten|kota|provinsi)\s+", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])")


@dataclass(frozen=True)
class Mention:
    agency_id: int
    text: str  # as written
    start: int
    end: int
    sentence: str
    by: str  # "name", "short", "title"


@dataclass(frozen=True)
class _Form:
    agency_id: int
    by: str
    placed: bool  # the form itself carries the forum's place


class Gazetteer:
    def __init__(self, agencies, places: list[str]):
        """`agencies`: objects with pk, name, short_name; `places`: the forum's region, capital, kecamatan."""
        self.places = sorted({p.strip().lower() for p in places if p.strip()}, key=len, reverse=True)
        self._automaton = ahocorasick.Automaton()
        forms: dict[str, list[_Form]] = {}
        for agency in agencies:
            for written, by in _forms_of(agency):
                form = written.lower()
                placed = any(place in form for place in self.places)
                forms.setdefault(form, []).append(_Form(agency.pk, by, placed))
        for form, entries in forms.items():
            self._automaton.add_word(form, (form, entries))
        self._ready = bool(forms)
        if self._ready:
            self._automaton.make_automaton()

    def find(self, text: str) -> list[Mention]:
        text = text[:MAX_CHARS]
        lowered = text.lower()
        if not self._ready:
            return []
        names_place = any(_bounded(lowered, m.start(), m.end()) for place in self.places
                          for m in re.finditer(re.escape(place), lowered))  # fmt: skip
        found: list[tuple[int, int, list[_Form]]] = []
        for end_index, (form, entries) in self._automaton.iter(lowered):
            start, end = end_index - len(form) + 1, end_index + 1
            if _bounded(lowered, start, end):
                found.append((start, end, entries))
        found.sort(key=lambda item: (item[0], -(item[1] - item[0])))
        mentions, reach = [], -1
        for start, end, entries in found:
            if start < reach:
                continue  # inside a longer form already taken
            chosen = [e for e in entries if e.placed or names_place]
            if not chosen:
                continue
            reach = end
            for entry in {e.agency_id: e for e in chosen}.values():
                mentions.append(Mention(entry.agency_id, text[start:end], start, end, _sentence(text, start, end), entry.by))
            if len(mentions) >= MAX_MENTIONS:
                break
        return mentions


def _forms_of(agency):
    name, short = (agency.name or "").strip(), (agency.short_name or "").strip()
    if name:
        yield name, "name"
        bare = re.sub(r"\s+(kabupaten|kota)\s+.*$", "", name, flags=re.I)  # "Polres Kepulauan Meranti" -> also "Polres"
        if bare and bare != name:
            yield bare, "name"
        yield f"Kepala {name}", "title"
    if short:
        yield short, "short"
        yield f"Kepala {short}", "title"
        head = short.split()[0].lower()
        for title in TITLES.get(short.lower(), ()) + TITLES.get(head, ()):
            yield title, "title"
    if name.lower().startswith("dinas ") and len(name) > 6:
        yield f"Kadis {name[6:]}", "title"  # "Kadis Kesehatan"


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def _sentence(text: str, start: int, end: int) -> str:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - SENTENCE_CHARS), start + 1)),
               default=None)
    left = left if left is not None else max(0, start - SENTENCE_CHARS // 2)
    right_match = _SENTENCE_END.search(text, end, min(len(text), end + SENTENCE_CHARS))
    right = right_match.start() if right_match else min(len(text), end + SENTENCE_CHARS // 2)
    return text[left:right].strip()


def places_of(forum, kecamatan_names: list[str] = ()) -> list[str]:
    """The forum's region as the press writes it, its capital and kecamatan (forum.settings["places"] adds)."""
    region = _REGION_PREFIX.sub("", forum.region_name or "").strip()
    found = [region, region.split()[-1] if region else "", *kecamatan_names, *forum.settings.get("places", [])]
    return [place for place in found if place]
