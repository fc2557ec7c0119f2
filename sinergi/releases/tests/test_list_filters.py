"""The release list filtered by status, agency and lateness; page links keep the filters; a list of many
releases costs the same few queries as a list of one."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from sinergi.conftest import client_for
from sinergi.releases.models import Status
from sinergi.releases.tests.factory import make_release


def _table(page) -> str:
    html = page.content.decode()
    return html[html.index("<table") :]


def test_the_list_filters_by_agency_and_by_lateness(imigrasi, dinkes, moderator):
    make_release(imigrasi, title="Rilis imigrasi")
    make_release(dinkes, title="Rilis dinkes")
    make_release(dinkes, title="Jadwal yang macet", status=Status.SCHEDULED,
                 publish_at=timezone.now() - dt.timedelta(hours=2))  # fmt: skip
    make_release(dinkes, title="Jadwal besok", status=Status.SCHEDULED, publish_at=timezone.now() + dt.timedelta(days=1))
    client = client_for(moderator)
    by_agency = _table(client.get(reverse("releases:list"), {"instansi": imigrasi.slug}))
    assert "Rilis imigrasi" in by_agency and "Rilis dinkes" not in by_agency
    late = _table(client.get(reverse("releases:list"), {"terlambat": "on"}))
    assert "Jadwal yang macet" in late and "terlambat" in late
    assert "Jadwal besok" not in late and "Rilis imigrasi" not in late


@pytest.mark.parametrize("query", [
    {"status": "tidak-ada"}, {"instansi": "bukan-instansi"}, {"status": ["a", "b"]},
    {"halaman": "99999999999999999999"}, {"halaman": "-1"}, {"terlambat": "bukan"},
])  # fmt: skip
def test_a_value_that_is_not_a_choice_is_ignored(imigrasi, admin_imigrasi, query):
    make_release(imigrasi, admin_imigrasi, title="Tetap tampil")
    page = client_for(admin_imigrasi).get(reverse("releases:list"), query)
    assert page.status_code == 200
    if "terlambat" not in query:
        assert "Tetap tampil" in _table(page)


def test_page_links_keep_the_filters(imigrasi, admin_imigrasi):
    for number in range(55):
        make_release(imigrasi, admin_imigrasi, title=f"Rilis ke-{number}")
    html = client_for(admin_imigrasi).get(reverse("releases:list"), {"status": "draft", "instansi": imigrasi.slug})
    assert f"?status=draft&amp;instansi={imigrasi.slug}&amp;halaman=2" in html.content.decode()


def test_the_list_reads_a_fixed_number_of_queries_however_long(imigrasi, dinkes, moderator,
                                                               django_assert_max_num_queries):  # fmt: skip
    client = client_for(moderator)
    make_release(imigrasi, title="Yang pertama")
    with django_assert_max_num_queries(35) as few:  # the page, its navigation and the inbox count
        client.get(reverse("releases:list"))
    for number in range(30):
        make_release(dinkes if number % 2 else imigrasi, title=f"Rilis ke-{number}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse("releases:list"))
