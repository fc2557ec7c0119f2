"""Agencies found in news text by their names, abbreviations and officials' titles, with word boundaries and
their sentence; a form every regency has counts only when the text names the forum's place."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from sinergi.monitoring.gazetteer import Gazetteer, places_of

AGENCIES = [SimpleNamespace(pk=1, name="Dinas Kesehatan", short_name="Dinkes"),
            SimpleNamespace(pk=2, name="Kantor Imigrasi Kelas II TPI Selatpanjang", short_name="Imigrasi Selatpanjang"),
            SimpleNamespace(pk=3, name="Polres Kepulauan Meranti", short_name="Polres"),
            SimpleNamespace(pk=4, name="Dinas Komunikasi, Informatika, Statistik dan Persandian",
                            short_name="Diskominfotik")]  # fmt: skip
FORUM = SimpleNamespace(region_name="Kabupaten Kepulauan Meranti", settings={"places": ["Selatpanjang"]})


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer(AGENCIES, places_of(FORUM, ["Tebing Tinggi", "Merbau"]))


def found(gazetteer, text):
    return [(m.agency_id, m.text, m.by) for m in gazetteer.find(text)]


def test_names_abbreviations_and_titles_with_their_sentence(gazetteer):
    text = ("Banjir rob melanda Selatpanjang. Kepala Dinas Kesehatan meninjau posko, sementara Diskominfotik "
            "membuka kanal aduan. Kapolres mengerahkan personel ke Merbau.")  # fmt: skip
    assert found(gazetteer, text) == [(1, "Kepala Dinas Kesehatan", "title"), (4, "Diskominfotik", "short"),
                                      (3, "Kapolres", "title")]  # fmt: skip
    mention = gazetteer.find(text)[0]
    assert mention.sentence == "Kepala Dinas Kesehatan meninjau posko, sementara Diskominfotik membuka kanal aduan."
    assert text[mention.start:mention.end] == "Kepala Dinas Kesehatan"


def test_a_form_every_regency_has_needs_the_forums_place(gazetteer):
    national = "Direktorat Jenderal Imigrasi memperketat layanan paspor. Dinkes Kota Pekanbaru menggelar vaksinasi."
    assert found(gazetteer, national) == []
    assert found(gazetteer, "Imigrasi Selatpanjang membuka layanan paspor pada hari Sabtu.") == [
        (2, "Imigrasi Selatpanjang", "short")]
    assert found(gazetteer, "Polres Kepulauan Meranti menggelar razia.") == [(3, "Polres Kepulauan Meranti", "name")]


def test_word_boundaries_and_hostile_sizes(gazetteer):
    assert found(gazetteer, "Para dinkesehatan dan polresta Meranti.") == []  # no form inside another word
    assert len(gazetteer.find("Dinkes Meranti. " * 100_000)) <= 200  # bounded text and mentions
    assert Gazetteer([], ["Meranti"]).find("Dinkes Meranti") == []
