"""Every date of a request is the forum's: a request sent at 00.30 in Jayapura is received on that day
there, whatever zone the server or the page runs in (the deadline and the number follow)."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from sinergi.conftest import client_for, make_member
from sinergi.forum.models import Forum
from sinergi.ppid.models import DeadlineRule, InformationRequest, Step

# Monday 2 March 2026, 00.30 WIT = Sunday 1 March, 22.30 WIB = 15.30 UTC.
HALF_PAST_MIDNIGHT_WIT = dt.datetime(2026, 3, 1, 15, 30, tzinfo=dt.UTC)


@pytest.fixture
def papua(db):
    return Forum.objects.create(slug="jayapura", name="Forum Kehumasan Kota Jayapura", region_code="91.71",
                                region_name="Kota Jayapura, Papua", time_zone="Asia/Jayapura")  # fmt: skip


def request_at(forum, moment):
    with time_machine.travel(moment, tick=False):
        return InformationRequest.objects.create(
            forum=forum, name="Yohanes", id_number="1", address="Jl. Percetakan", email="y@contoh.test",
            subject="Anggaran air bersih", purpose="Penelitian", consent_at=timezone.now(),
        )  # fmt: skip


@pytest.mark.usefixtures("national_rules")
def test_a_request_at_half_past_midnight_wit_counts_from_that_monday(papua, settings):
    settings.TIME_ZONE = "Asia/Jakarta"  # the server's zone: still Sunday there
    item = request_at(papua, HALF_PAST_MIDNIGHT_WIT)
    assert item.received_on == dt.date(2026, 3, 2)
    assert item.notice_due_on() == dt.date(2026, 3, 16)  # not the 13th, a working day early
    with timezone.override("UTC"):  # a worker, or a page in another zone, counts the same
        assert InformationRequest.objects.get(pk=item.pk).notice_due_on() == dt.date(2026, 3, 16)


@pytest.mark.usefixtures("national_rules")
def test_the_first_request_of_the_new_year_in_wit_is_numbered_in_the_new_year(papua):
    item = request_at(papua, dt.datetime(2026, 12, 31, 15, 30, tzinfo=dt.UTC))  # 1 January 2027, 00.30 WIT
    assert item.number == "0001/PPID/JAYAPURA/2027"


@pytest.mark.usefixtures("national_rules")
def test_the_periods_quoted_to_the_public_are_the_table(forum):
    DeadlineRule.objects.create(forum=forum, step=Step.NOTICE, working_days=12, legal_basis="Perbup (contoh)")
    assert "dalam 12 hari kerja" in Client().get(reverse("ppid:request")).content.decode()
    charter = Client().get(reverse("service_charter")).content.decode()
    assert "100 hari kerja" in charter and "UU 14/2008 Pasal 38 ayat (2)" in charter and "12 hari kerja" in charter


@pytest.mark.usefixtures("national_rules")
def test_a_deadline_in_a_year_whose_holidays_are_not_final_is_marked(forum, dinkes):
    ppid = make_member("ppid.dinkes@demo.test", "Sri", agency=dinkes, role="ppid_pelaksana")
    settled = request_at(forum, dt.datetime(2026, 3, 2, 2, 0, tzinfo=dt.UTC))
    estimated = request_at(forum, dt.datetime(2027, 3, 1, 2, 0, tzinfo=dt.UTC))  # over Idulfitri 2027, an estimate
    InformationRequest.objects.update(agency=dinkes)
    with time_machine.travel(dt.datetime(2027, 3, 1, 3, 0, tzinfo=dt.UTC)):
        pages = [client_for(ppid).get(reverse("ppid_office:detail", args=[item.pk])).content.decode()
                 for item in (settled, estimated)]  # fmt: skip
    assert "sementara" not in pages[0] and "sementara: hari libur 2027 belum pasti" in pages[1]
