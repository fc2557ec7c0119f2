"""Indicators (MS-Ind): read from a column of the dataset's table, shown with their metadata, an SVG chart and
the table behind it; cited from a release's editor; a release citing data later withdrawn says so."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from sinergi.conftest import client_for, make_member
from sinergi.data import indicators, workflow
from sinergi.data.models import Dataset, DatasetStatus, Indicator
from sinergi.forum.models import Agency
from sinergi.ppid.models import DipEntry
from sinergi.releases.tests.factory import make_release, published

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def prevalence(catalogue):
    return Indicator.objects.get(slug="prevalensi-balita-stunting")


def test_the_indicator_page_has_its_metadata_a_chart_and_the_table_behind_it(prevalence):
    page = client_for(None).get(prevalence.get_absolute_url()).content.decode()
    assert "Makin rendah makin baik" in page and "(balita stunting / balita diukur) × 100" in page
    chart = ET.fromstring(page[page.index("<svg"):page.index("</svg>") + 6])
    assert len(chart.findall(f"{SVG}circle")) == 5 and chart.find(f"{SVG}polyline") is not None
    assert "Prevalensi balita stunting" in chart.get("aria-label")
    year = prevalence.dataset.agency.forum.today().year - 1
    assert f"<th scope=\"col\">{year}</th>" in page and "<td>17,2</td>" in page  # the table, Indonesian decimals


def test_an_indicator_of_a_dataset_not_public_is_not_found(prevalence):
    Dataset.objects.filter(pk=prevalence.dataset_id).update(status=DatasetStatus.SUBMITTED)
    assert client_for(None).get(prevalence.get_absolute_url()).status_code == 404
    assert indicators.citations(prevalence.dataset.agency.forum) == []


def test_the_produsen_names_an_indicator_from_a_column_of_numbers(catalogue):
    dinkes = Agency.objects.get(slug="dinkes")
    produsen = make_member("data.dinkes@demo.test", "Operator Data", agency=dinkes, role="produsen_data")
    dataset = Dataset.objects.get(name="balita-stunting-per-kecamatan")
    resource = dataset.resources.get()
    url = reverse("data:office_indicator", args=[dataset.pk])
    form = {"name": "Balita stunting", "slug": "balita-stunting", "unit": "balita", "level": "kecamatan",
            "definition": "Jumlah balita stunting hasil pengukuran.", "source": f"{resource.pk}:kecamatan"}  # fmt: skip
    client = client_for(produsen)
    assert client.get(url).status_code == 403  # published: what the public sees changes only through the walidata
    Dataset.objects.filter(pk=dataset.pk).update(status=DatasetStatus.RETURNED)
    assert f"{resource.pk}:kecamatan" not in client.get(url).content.decode()  # a text column is not offered
    assert client.get(url + "?indikator=abc").status_code == 200
    client.post(url, {**form, "source": f"{resource.pk}:jumlah_balita_stunting"})
    item = Indicator.objects.get(slug="balita-stunting")
    assert item.values.count() == 9 and item.values.get(area_code="14.10.05").value == 142
    assert client_for(make_member("x@demo.test", "X")).get(url).status_code == 403
    assert client_for(None).get(item.get_absolute_url()).status_code == 404  # public again once published
    Dataset.objects.filter(pk=dataset.pk).update(status=DatasetStatus.PUBLISHED)
    assert client_for(None).get(item.get_absolute_url()).status_code == 200


def test_a_release_cites_a_figure_and_says_so_when_the_data_is_withdrawn(prevalence, moderator):
    dinkes = prevalence.dataset.agency
    page = client_for(moderator).get(reverse("releases:create")).content.decode()
    (citation,) = indicators.citations(prevalence.dataset.agency.forum)
    assert citation["text"].startswith("17,2 persen ([Prevalensi balita stunting") and citation["text"] in page
    release = published(dinkes, title="Stunting turun", body=f"Prevalensi stunting kini {citation['text']}.")
    public = client_for(None)
    assert "kemudian ditarik" not in public.get(release.get_absolute_url()).content.decode()
    walidata = make_member("walidata@demo.test", "Walidata", forum_role="walidata", forum=dinkes.forum)
    workflow.retire(prevalence.dataset, walidata, "Diganti data hasil survei terbaru.")
    page = public.get(release.get_absolute_url()).content.decode()
    assert "kemudian ditarik" in page and "Diganti data hasil survei terbaru." in page
    gone = public.get(prevalence.dataset.get_absolute_url())
    assert gone.status_code == 410 and "Diganti data hasil survei terbaru." in gone.content.decode()
    assert public.get(prevalence.get_absolute_url()).status_code == 404


def test_the_dataset_page_names_the_public_records_that_cite_it(prevalence):
    dinkes = prevalence.dataset.agency
    cited = published(dinkes, title="Stunting turun lagi", body=f"Lihat [data]({prevalence.get_absolute_url()}).")
    draft = make_release(dinkes, title="Draf rahasia", body=f"Lihat [data]({prevalence.get_absolute_url()}).")
    DipEntry.objects.create(agency=dinkes, summary="Prevalensi balita stunting tahunan", held_by="Dinkes",
                            responsible="Kepala Dinas", made="2025, Selatpanjang", retention="5 tahun",
                            url=f"https://sinergi.test{prevalence.dataset.get_absolute_url()}")  # fmt: skip
    page = client_for(None).get(prevalence.dataset.get_absolute_url()).content.decode()
    assert cited.get_absolute_url() in page and draft.title not in page
    assert "Prevalensi balita stunting tahunan" in page and reverse("public_dip") in page
    assert page.count("<svg") == 1 and prevalence.get_absolute_url() in page  # the indicator's chart, and its page
