"""The catalogue in DCAT: each format parses back to the same graph, holds the DCAT-AP properties the SHACL
shapes require, pages with Hydra, and never describes a draft or an exempt dataset."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client
from pyshacl import validate
from rdflib import Graph
from rdflib.namespace import DCAT, DCTERMS, RDF

from sinergi.data import dcat
from sinergi.data.models import Dataset

SHAPES = Path(dcat.__file__).parent / "shapes" / "dcat-mandatory.ttl"
FORMATS = {"ttl": "turtle", "jsonld": "json-ld", "rdf": "xml"}


def graph_of(path: str, extension: str) -> Graph:
    response = Client().get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"].startswith(dcat.BY_EXTENSION[extension][1])
    return Graph().parse(data=response.content, format=FORMATS[extension])


@pytest.mark.parametrize("extension", sorted(FORMATS))
def test_the_catalogue_in_each_format_meets_the_shapes_and_holds_only_public_datasets(catalogue, extension):
    graph = graph_of(f"/katalog.{extension}", extension)
    conforms, _report, text = validate(graph, shacl_graph=Graph().parse(SHAPES, format="turtle"))
    assert conforms, text
    titles = {str(title) for node in graph.subjects(RDF.type, DCAT.Dataset) for title in graph.objects(node, DCTERMS.title)}
    assert titles == {"Jumlah Balita Stunting per Kecamatan", "Kejadian Banjir Rob per Kecamatan",
                      "Prevalensi Balita Stunting Kabupaten"}  # fmt: skip
    distributions = list(graph.subjects(RDF.type, DCAT.Distribution))
    assert len(distributions) == 3 and all(graph.value(d, DCAT.downloadURL) for d in distributions)


def test_a_dataset_alone_and_the_shapes_catch_what_is_missing(catalogue):
    graph = graph_of("/data/balita-stunting-per-kecamatan.ttl", "ttl")
    shapes = Graph().parse(SHAPES, format="turtle")
    assert validate(graph, shacl_graph=shapes)[0]
    node = next(graph.subjects(RDF.type, DCAT.Dataset))
    assert str(graph.value(node, DCTERMS.accrualPeriodicity)).endswith("/ANNUAL")
    graph.remove((node, DCTERMS.description, None))
    assert not validate(graph, shacl_graph=shapes)[0]  # the shapes can fail: they are not decoration
    for hidden in ("rencana-sekolah-baru", "rekam-kasus-gizi-buruk"):
        assert Client().get(f"/data/{hidden}.ttl").status_code == 404
    assert Client().get("/data/balita-stunting-per-kecamatan.exe").status_code == 404


def test_the_catalogue_pages_with_hydra(catalogue, monkeypatch):
    monkeypatch.setattr(dcat, "PAGE_SIZE", 1)
    first = Client().get("/katalog.ttl").content.decode()
    assert "hydra:nextPage" in first and "hydra:totalItems 3" in first
    last = Client().get("/katalog.ttl?page=3").content.decode()
    assert "hydra:previousPage" in last and "hydra:nextPage" not in last
    assert Client().get("/katalog.ttl?page=4").status_code == 404
    assert Client().get("/katalog.ttl?page=-1").status_code == 200  # read as the first page
    assert Dataset.objects.public().count() == 3
