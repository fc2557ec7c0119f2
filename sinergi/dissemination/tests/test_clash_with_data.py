"""A moderator reviewing a draft sees a figure that differs from the forum's published indicator (Satu Data),
for the year the sentence names, with the indicator's value and a link; the right value, or a dataset no longer
public, shows nothing."""

from __future__ import annotations

import pytest

from sinergi.conftest import client_for
from sinergi.data.demo import load_demo_data
from sinergi.data.models import Dataset, DatasetStatus, Indicator
from sinergi.dissemination import data_figures
from sinergi.releases.models import Status
from sinergi.releases.tests.factory import make_release


@pytest.fixture
def indicator(forum, dinkes):
    from sinergi.conftest import make_agency

    make_agency(forum, "bpbd", "BPBD")
    make_agency(forum, "disdik", "Dinas Pendidikan")
    load_demo_data(forum)
    return Indicator.objects.get(slug="prevalensi-balita-stunting")


def text(value: str, year: int) -> str:
    return f"Dinas Kesehatan mencatat prevalensi balita stunting pada {year} turun menjadi {value} persen."


def test_a_figure_that_differs_from_the_indicator_is_shown_with_its_value(indicator, dinkes, moderator):
    year = dinkes.forum.today().year - 1
    draft = make_release(dinkes, title="Stunting turun", body=text("18,4", year), status=Status.IN_REVIEW)
    (finding,) = data_figures.findings(draft.body, dinkes.forum)
    assert finding.indicator == indicator and finding.display == "17,2 persen" and finding.value.year == year
    page = client_for(moderator).get(draft.get_workspace_url()).content.decode()
    assert "Berbeda dengan Satu Data" in page and "<mark>18,4 persen</mark>" in page
    assert indicator.get_absolute_url() in page


def test_the_right_value_another_year_or_hidden_data_is_no_finding(indicator, dinkes):
    year = dinkes.forum.today().year - 1
    assert data_figures.findings(text("17,2", year), dinkes.forum) == []
    assert data_figures.findings(text("21,8", year - 2), dinkes.forum) == []  # that year's value
    assert len(data_figures.findings(text("19,5", year), dinkes.forum)) == 1
    assert data_figures.findings("Kantor imigrasi menerbitkan 18,4 persen paspor lebih banyak.", dinkes.forum) == []
    Dataset.objects.filter(pk=indicator.dataset_id).update(status=DatasetStatus.RETIRED)
    assert data_figures.findings(text("18,4", year), dinkes.forum) == []
