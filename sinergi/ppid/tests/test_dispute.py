"""After the atasan's answer the requester may go to the Komisi Informasi; the PPID records the case."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from sinergi.conftest import client_for, make_member
from sinergi.ppid.models import Dispute, DisputeResult, RequestAction
from sinergi.ppid.tests.test_objection import refuse

ANSWERED = dt.datetime(2026, 3, 25, 3, 0, tzinfo=dt.UTC)


@pytest.fixture
def people(forum, dinkes):
    return {
        "sekda": make_member("sekda@demo.test", "Mahmud Effendi", forum_role="atasan_ppid", forum=forum),
        "dinkes": make_member("ppid.dinkes@demo.test", "Sri", agency=dinkes, role="ppid_pelaksana"),
        "humas": make_member("humas.dinkes@demo.test", "Rina", agency=dinkes, role="pejabat_humas"),
    }


@pytest.fixture
def objection(item, people):
    refuse(item)
    with time_machine.travel(dt.datetime(2026, 3, 18, 3, 0, tzinfo=dt.UTC)):
        objection = item.file_objection(["a"], "Data agregat tidak rahasia.")
    with time_machine.travel(ANSWERED):
        objection.decide(people["sekda"], "rejected", "Tetap dikecualikan.", "Sekretaris Daerah")
    return objection


def url(item) -> str:
    return reverse("ppid_office:dispute", args=[item.pk])


@time_machine.travel(dt.datetime(2026, 4, 20, 3, 0, tzinfo=dt.UTC))
def test_the_ppid_records_a_dispute_through_mediation_to_a_decision_and_the_requester_reads_it(item, objection, people):
    client = client_for(people["dinkes"])
    page = client.get(reverse("ppid_office:detail", args=[item.pk])).content.decode()
    assert "Catat sengketa" in page
    client.post(url(item), {"filed_on": "2026-04-06", "case_number": "012/IV/KI-RIAU-PS/2026"})
    dispute = Dispute.objects.get()
    assert dispute.stage == "filed"
    client.post(url(item), {"filed_on": "2026-04-06", "case_number": "012/IV/KI-RIAU-PS/2026",
                            "mediation_on": "2026-04-14", "adjudication_on": "2026-04-16", "decided_on": "2026-04-17",
                            "result": "granted_in_part", "outcome": "Rekap per kecamatan dibuka tanpa nama."})  # fmt: skip
    dispute.refresh_from_db()
    assert (dispute.stage, dispute.result) == ("decided", "granted_in_part")
    actions = list(item.events.filter(action__startswith="dispute").values_list("action", flat=True))
    assert actions == [RequestAction.DISPUTE_FILED, RequestAction.DISPUTE_UPDATED]
    page = Client().get(item.get_tracking_url()).content.decode()
    assert "012/IV/KI-RIAU-PS/2026" in page and "Permohonan dikabulkan sebagian" in page
    assert "Rekap per kecamatan dibuka tanpa nama." in page


@time_machine.travel(dt.datetime(2026, 4, 20, 3, 0, tzinfo=dt.UTC))
def test_dates_that_contradict_each_other_are_refused_and_nothing_is_saved(item, objection, people):
    client = client_for(people["dinkes"])
    cases = [
        ({"filed_on": "2026-03-01"}, "sebelum keberatan"),
        ({"filed_on": "2026-03-20"}, "setelah tanggapan atasan"),  # objected 18 March, answered 25 March
        ({"filed_on": "2026-05-01"}, "di masa depan"),
        ({"filed_on": "2026-04-06", "mediation_on": "2026-04-01"}, "sebelum sengketa diajukan"),
        ({"filed_on": "2026-04-06", "mediation_on": "2026-04-14", "adjudication_on": "2026-04-10"}, "sebelum mediasi"),
        ({"filed_on": "2026-04-06", "result": "rejected", "outcome": "x"}, "tanggal putusan"),
        (
            {
                "filed_on": "2026-04-06",
                "adjudication_on": "2026-04-10",
                "decided_on": "2026-04-15",
                "result": "settled",
                "outcome": "x",
            },
            "mediasi",
        ),  # fmt: skip
        ({"filed_on": "2026-04-06", "decided_on": "2026-04-15", "result": "rejected"}, "Ringkas"),
    ]
    for data, message in cases:
        page = client.post(url(item), data).content.decode()
        assert message in page, data
    assert not Dispute.objects.exists()


def test_no_dispute_while_the_atasan_may_still_answer(item, people):
    refuse(item)
    with time_machine.travel(dt.datetime(2026, 3, 18, 3, 0, tzinfo=dt.UTC)):
        item.file_objection(["a"], "Data agregat tidak rahasia.")
        response = client_for(people["dinkes"]).post(url(item), {"filed_on": "2026-03-18"}, follow=True)
    assert "masih dapat menanggapi keberatan" in response.content.decode()
    assert not Dispute.objects.exists()


@time_machine.travel(dt.datetime(2026, 4, 20, 3, 0, tzinfo=dt.UTC))
def test_only_the_ppids_and_the_atasan_record_disputes(item, objection, people):
    assert client_for(people["humas"]).post(url(item), {"filed_on": "2026-04-06"}).status_code == 403
    assert Client().get(url(item)).status_code == 302  # to the sign-in page
    assert client_for(people["sekda"]).get(url(item)).status_code == 200


@time_machine.travel(dt.datetime(2026, 4, 1, 3, 0, tzinfo=dt.UTC))
def test_the_requester_is_told_until_when_they_may_go_to_the_komisi_informasi(item, objection):
    page = Client().get(item.get_tracking_url()).content.decode()
    assert "Komisi Informasi" in page and "15 April 2026" in page  # 14 working days after 25 March, over Easter


def test_the_komisi_informasis_periods_and_the_time_for_court_follow_the_recorded_dates(item, objection):
    dispute = Dispute(objection=objection, filed_on=dt.date(2026, 4, 6))
    assert [day for _label, day in dispute.periods()] == [dt.date(2026, 4, 24), dt.date(2026, 9, 4)]
    dispute.mediation_on = dt.date(2026, 4, 20)
    assert [day for _label, day in dispute.periods()] == [dt.date(2026, 9, 4)]  # mediation began: only the 100 days
    dispute.decided_on, dispute.result = dt.date(2026, 6, 1), DisputeResult.REJECTED
    assert [day for _label, day in dispute.periods()] == [dt.date(2026, 6, 22)]  # 14 working days to court
    dispute.result = DisputeResult.SETTLED
    assert dispute.periods() == []  # a settlement in mediation is final
