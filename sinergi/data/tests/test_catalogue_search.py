"""The public catalogue: words found through the stemmed search (a retired or hidden dataset never counted),
facets by agency, topic, format, year and licence, each counted over what the other choices leave."""

from __future__ import annotations

import pytest

from sinergi.conftest import client_for, make_member
from sinergi.data import catalogue_search, workflow
from sinergi.data.models import Dataset


@pytest.fixture
def page(catalogue):
    def get(**params) -> str:
        return client_for(None).get("/data/", params).content.decode()
    return get


def test_words_are_found_by_their_stems_and_hidden_datasets_never_count(page):
    found = page(q="kejadian banjir")
    assert "Kejadian Banjir Rob per Kecamatan" in found and "1 dataset" in found and "<mark>" in found
    assert "Prevalensi" in page(q="pengukuran stunting")  # "pengukuran" is found as "ukur"
    hidden = page(q="gizi buruk")  # the exempt dataset is indexed nowhere and counted nowhere
    assert "0 dataset" in hidden and "Balita Gizi Buruk" not in hidden


def test_facets_narrow_and_count_what_the_other_choices_leave(page, catalogue):
    everything = page()
    assert "3 dataset" in everything and "Dinas Kesehatan</a> <span class=\"muted\">(2)" in everything
    dinkes = page(instansi="dinkes")
    assert "2 dataset" in dinkes and "Kejadian Banjir" not in dinkes and 'aria-current="true"' in dinkes
    assert "BPBD</a> <span class=\"muted\">(1)" in dinkes  # the agency facet still offers the others
    year = catalogue.today().year - 1
    assert "2 dataset" in page(instansi="dinkes", tahun=str(year), format="CSV", lisensi="cc-by")
    assert "0 dataset" in page(instansi="dinkes", topik="kebencanaan")
    assert page(tahun="x" * 500)  # a hostile value is only compared, never parsed


def test_a_retired_dataset_leaves_the_search(catalogue):
    walidata = make_member("walidata@demo.test", "Walidata", forum_role="walidata", forum=catalogue)
    dataset = Dataset.objects.get(name="kejadian-banjir-rob-per-kecamatan")
    workflow.retire(dataset, walidata, "Diganti oleh data BPBD provinsi.")
    assert "0 dataset" in client_for(None).get("/data/", {"q": "banjir rob"}).content.decode()
    assert catalogue_search.reindex_all() == 2
