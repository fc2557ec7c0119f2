"""The two clash detectors on a labelled set of our own, and the rules of what counts as a figure."""

from __future__ import annotations

import pytest

from sinergi.dissemination import figures, near_duplicates
from sinergi.dissemination.tests.clash_cases import FIGURES, NEAR_DUPLICATES

# Floors under the scores measured when the detectors were tuned (docs/clash-detection.md); a change that
# loses more than a case or two on either side fails here.
NEAR_DUPLICATE_FLOOR = {"precision": 0.8, "recall": 0.9}
FIGURE_FLOOR = {"precision": 0.9, "recall": 0.9}


def scores(cases, detect) -> dict[str, float]:
    found = [(detect(a, b), label) for a, b, label in cases]
    hits = sum(1 for said, label in found if said and label)
    said = sum(1 for said, _label in found if said)
    wanted = sum(1 for _said, label in found if label)
    return {"precision": hits / said if said else 0.0, "recall": hits / wanted}


def same_event(a: str, b: str) -> bool:
    return near_duplicates.similarity(near_duplicates.signature(a), near_duplicates.signature(b)) \
        >= near_duplicates.THRESHOLD  # fmt: skip


def figure_clash(a: str, b: str) -> bool:
    return bool(figures.clashes(figures.extract(a), figures.extract(b)))


def test_near_duplicate_detector_on_the_labelled_set():
    measured = scores(NEAR_DUPLICATES, same_event)
    assert all(measured[name] >= floor for name, floor in NEAR_DUPLICATE_FLOOR.items()), measured


def test_figure_clash_detector_on_the_labelled_set():
    measured = scores(FIGURES, figure_clash)
    assert all(measured[name] >= floor for name, floor in FIGURE_FLOOR.items()), measured


def test_the_labelled_sets_hold_both_kinds_of_case():
    for cases in (NEAR_DUPLICATES, FIGURES):
        labels = [label for _a, _b, label in cases]
        assert labels.count(True) >= 12 and labels.count(False) >= 10


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("mencatat 1.245 balita stunting", "1245", "balita"),
    ("anggaran Rp 3,2 miliar untuk jalan", "3200000000", "rupiah"),
    ("anggaran Rp3.200.000.000 untuk jalan", "3200000000", "rupiah"),
    ("anggaran Rp3,2 M untuk jalan", "3200000000", "rupiah"),
    ("banjir merendam 12 desa pesisir", "12", "desa"),
    ("cakupan mencapai 87,5% dari sasaran", "87.5", "persen"),
    ("sebanyak 540 KK menerima bantuan", "540", "keluarga"),
    ("diikuti 1.210 orang lanjut usia", "1210", "lanjut"),
    ("terdampak 2,3 juta jiwa", "2300000", "orang"),
])  # fmt: skip
def test_a_figure_is_read_with_its_value_and_what_it_counts(text, value, unit):
    (found,) = figures.extract(text)
    assert (f"{found.value.normalize():f}", found.unit) == (value, unit)


@pytest.mark.parametrize("text", [
    "Rapat dimulai pukul 09.00 WIB.",
    "Pada 3 Desember 2026 rapat digelar.",
    "Sesuai Pasal 17 ayat 2 undang-undang.",
    "Ini tahap ke-3 program bedah rumah.",
    "Peringatan pada tahun 2026 lalu.",
    "Dengan nomor 12 tahun ini.",
    "Inflasi 3.5 persen",  # a dot before a decimal is not how Indonesian writes it: no guess
    "Pasien COVID19 dirawat",
    "Dimulai 08.30 diikuti warga",
    "Kode 1.2345 balita",
])  # fmt: skip
def test_dates_times_articles_and_ranks_are_not_figures(text):
    assert figures.extract(text) == []


def test_the_same_value_written_two_ways_is_no_clash_and_a_year_apart_is_no_clash():
    assert not figure_clash("Jalan poros Desa Mekong dibangun dengan Rp 3,2 miliar.",
                            "Jalan poros Desa Mekong dibangun dengan Rp3.200.000.000.")  # fmt: skip
    assert not figure_clash("Pada 2025 tercatat 1.100 balita stunting di Tebingtinggi.",
                            "Pada 2026 tercatat 1.245 balita stunting di Tebingtinggi.")  # fmt: skip
    assert figure_clash(
        "Tercatat 1.100 balita stunting di Tebingtinggi.", "Tercatat 1.245 balita stunting di Tebingtinggi."
    )


def test_long_runs_of_digits_and_dots_are_read_in_one_pass():
    # A pattern that backtracked took minutes on 60,000 digits; the answers here come from one pass.
    assert figures.extract("1" * 60_000 + ".1") == []
    assert figures.extract("1." * 30_000) == []
    assert figures.extract("Rp " * 20_000) == []


def test_a_huge_text_is_read_only_up_to_its_budget():
    text = "Tercatat 12 desa terendam banjir rob di pesisir Rangsang. " * 400_000  # about 23 MB
    assert len(figures.extract(text)) <= figures.MAX_FIGURES
    assert near_duplicates.signature(text) is not None
    assert len(near_duplicates.shingles(text)) < 20  # the same sentence over and over: a handful of shingles


def test_too_short_a_text_has_no_signature_and_never_matches():
    assert near_duplicates.signature("Rapat koordinasi.") is None


def test_signatures_survive_storage_and_bands_are_stable():
    sig = near_duplicates.signature(NEAR_DUPLICATES[0][0])
    again = near_duplicates.from_bytes(near_duplicates.to_bytes(sig))
    assert again == sig and near_duplicates.band_keys(again) == near_duplicates.band_keys(sig)
    assert len(set(near_duplicates.band_keys(sig))) == near_duplicates.BANDS
