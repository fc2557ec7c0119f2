"""The Daftar Data of a year: the walidata lists what each agency commits to produce and by when; the public
page says of each line whether it is published (on time or late), late, missing or not yet due; a line whose
dataset is exempt is not shown at all."""

from __future__ import annotations

import datetime as dt

from django.urls import reverse

from sinergi.conftest import client_for, make_member
from sinergi.data.models import DataListEntry, Dataset
from sinergi.forum.models import Agency


def test_the_public_page_says_where_each_commitment_stands(catalogue):
    page = client_for(None).get(reverse("data:data_list")).content.decode()
    today = catalogue.today()
    assert f"Daftar Data {today.year}" in page
    assert 'href="/data/balita-stunting-per-kecamatan/">Jumlah Balita Stunting per Kecamatan' in page
    assert "Terbit" in page and "Belum ada" in page  # published; the school data has no dataset at all
    late = "Terlambat" if today > dt.date(today.year, 1, 31) else "Belum jatuh tempo"
    assert late in page


def test_the_walidata_adds_a_line_and_an_exempt_dataset_stays_off_the_public_page(catalogue):
    walidata = make_member("walidata@demo.test", "Walidata", forum_role="walidata", forum=catalogue)
    dinkes = Agency.objects.get(slug="dinkes")
    exempt = Dataset.objects.get(name="rekam-kasus-gizi-buruk")
    client = client_for(walidata)
    url = reverse("data:office_data_list")
    year = catalogue.today().year
    form = {"year": year, "agency": dinkes.pk, "title": "Data Balita Gizi Buruk", "due_on": f"{year}-03-31",
            "dataset": exempt.pk}  # fmt: skip
    wrong = client.post(url, {**form, "agency": Agency.objects.get(slug="bpbd").pk}).content.decode()
    assert "instansi yang sama" in wrong and not DataListEntry.objects.filter(title="Data Balita Gizi Buruk").exists()
    client.post(url, form)
    assert DataListEntry.objects.filter(title="Data Balita Gizi Buruk").exists()
    assert "Data Balita Gizi Buruk" in client.get(url).content.decode()
    assert "Data Balita Gizi Buruk" not in client_for(None).get(reverse("data:data_list")).content.decode()
    assert client_for(make_member("x@demo.test", "X")).get(url).status_code == 403
