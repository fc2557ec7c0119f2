"""The PPID office's list of requests filtered by status, agency and lateness, paged with the filters kept,
each request dated on the working-day calendar read once for the whole list."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from sinergi.conftest import client_for, make_member
from sinergi.ppid.models import InformationRequest


@pytest.fixture
def ppid_utama(forum):
    return make_member("ppid.utama@demo.test", "Bambang Sutrisno", forum_role="ppid_utama", forum=forum)


def make_request(forum, subject: str, *, agency=None, days_ago: int = 0, **fields) -> InformationRequest:
    item = InformationRequest.objects.create(
        forum=forum, name="Siti Aminah", address="Jl. Merdeka 1", email="siti@contoh.test", subject=subject,
        purpose="Liputan", consent_at=timezone.now(), agency=agency, **fields,
    )  # fmt: skip
    if days_ago:
        InformationRequest.objects.filter(pk=item.pk).update(received_at=timezone.now() - dt.timedelta(days=days_ago))
    return item


def _table(page) -> str:
    html = page.content.decode()
    return html[html.index("<table") :]


def test_the_list_filters_by_status_agency_and_lateness(forum, dinkes, imigrasi, ppid_utama, national_rules):
    make_request(forum, "Anggaran puskesmas", agency=dinkes, status="in_process")
    make_request(forum, "Data paspor lama", agency=imigrasi, status="in_process", days_ago=40)
    make_request(forum, "Belum diteruskan")
    client = client_for(ppid_utama)
    by_agency = _table(client.get(reverse("ppid_office:list"), {"instansi": dinkes.slug}))
    assert "Anggaran puskesmas" in by_agency and "Data paspor lama" not in by_agency
    received = _table(client.get(reverse("ppid_office:list"), {"status": "received"}))
    assert "Belum diteruskan" in received and "Anggaran puskesmas" not in received
    late = _table(client.get(reverse("ppid_office:list"), {"terlambat": "on"}))
    assert "Data paspor lama" in late and "terlambat" in late
    assert "Anggaran puskesmas" not in late and "Belum diteruskan" not in late


@pytest.mark.parametrize("query", [
    {"status": "answered'--"}, {"instansi": "99999999999999999999999"},
    {"halaman": "٣"}, {"halaman": "10000000"},
])  # fmt: skip
def test_a_value_that_is_not_a_choice_is_ignored(forum, ppid_utama, national_rules, query):
    make_request(forum, "Tetap tampil")
    page = client_for(ppid_utama).get(reverse("ppid_office:list"), query)
    assert page.status_code == 200 and "Tetap tampil" in _table(page)


def test_page_links_keep_the_filters(forum, ppid_utama, national_rules):
    for number in range(51):
        make_request(forum, f"Permohonan ke-{number}")
    html = client_for(ppid_utama).get(reverse("ppid_office:list"), {"status": "received"}).content.decode()
    assert "?status=received&amp;halaman=2" in html


def test_the_list_reads_a_fixed_number_of_queries_however_long(forum, dinkes, ppid_utama, national_rules,
                                                               django_assert_max_num_queries):  # fmt: skip
    client = client_for(ppid_utama)
    make_request(forum, "Yang pertama", agency=dinkes)
    with django_assert_max_num_queries(40) as few:  # the page, its navigation and the inbox count
        client.get(reverse("ppid_office:list"))
    for number in range(20):
        make_request(forum, f"Permohonan ke-{number}", agency=dinkes if number % 2 else None)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse("ppid_office:list"))
