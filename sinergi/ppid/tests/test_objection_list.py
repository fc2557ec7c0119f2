"""The objection list: each keberatan of the requests a PPID handles, waiting ones first with the
working days left to decide, filtered by status and lateness; nobody else sees it."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from sinergi.conftest import client_for, make_agency, make_member
from sinergi.ppid.models import InformationRequest, Objection, WrittenNotice

URL = "/ruang-kerja/ppid/permohonan/keberatan/"
RECEIVED = dt.datetime(2026, 3, 2, 2, 0, tzinfo=dt.UTC)
NOTICE_DAY = dt.datetime(2026, 3, 16, 3, 0, tzinfo=dt.UTC)  # Monday: the notice is given, the objection follows


@pytest.fixture
def sekda(forum):
    return make_member("sekda@demo.test", "Mahmud Effendi", forum_role="atasan_ppid", forum=forum)


@pytest.fixture
def ppid_dinkes(dinkes):
    return make_member("ppid.dinkes@demo.test", "Sri Wahyuni", agency=dinkes, role="ppid_pelaksana")


def objected(item, *, when=NOTICE_DAY) -> Objection:
    with time_machine.travel(when):
        WrittenNotice.objects.create(request=item, held="held", decision="refused", exemption_ground="h",
                                     refusal_reason="Memuat data pribadi.")  # fmt: skip
        InformationRequest.objects.filter(pk=item.pk).update(status="answered")
        item.refresh_from_db()
        return item.file_objection(["a"], "Data agregat tidak rahasia.")


def test_filing_an_objection_tells_the_atasan_and_the_agencys_ppid_at_once(item, sekda, ppid_dinkes):
    mail.outbox = []
    objection = objected(item)
    to = sorted(address for message in mail.outbox for address in message.to)
    assert to == ["ppid.dinkes@demo.test", "sekda@demo.test"]
    assert all(objection.number in message.subject for message in mail.outbox)
    assert "siti@contoh.test" not in to  # the requester is told on their own page, not by this message


@time_machine.travel(dt.datetime(2026, 3, 20, 3, 0, tzinfo=dt.UTC), tick=False)
def test_the_atasan_sees_waiting_objections_first_with_working_days_left(item, sekda):
    waiting = objected(item)
    page = client_for(sekda).get(URL).content.decode()
    assert waiting.number in page and "Menunggu keputusan" in page
    assert "sisa " in page and "hari kerja" in page


def test_filters_by_status_and_lateness_and_ignores_nonsense(item, forum, sekda, dinkes):
    late = objected(item)
    decided = objected(another_request(forum, dinkes, "Anggaran posyandu"))
    decided.decide(sekda, "rejected", "Sudah sesuai.", "Sekretaris Daerah")
    client = client_for(sekda)
    with time_machine.travel(dt.datetime(2026, 6, 1, 3, 0, tzinfo=dt.UTC)):  # far past the 30 working days
        assert numbers(client.get(URL, {"status": "menunggu"})) == [late.number]
        assert numbers(client.get(URL, {"status": "diputus"})) == [decided.number]
        assert numbers(client.get(URL, {"terlambat": "1"})) == [late.number]
        assert "terlambat" in client.get(URL, {"terlambat": "1"}).content.decode()
        nonsense = client.get(URL, {"status": "<script>", "terlambat": "ya", "page": "-1"})
        assert nonsense.status_code == 200 and sorted(numbers(nonsense)) == sorted([late.number, decided.number])


def test_a_pelaksana_sees_only_their_agencys_objections_and_others_see_none(item, forum, ppid_dinkes,
                                                                            humas_imigrasi):  # fmt: skip
    mine = objected(item)
    pupr = make_agency(forum, "dinas-pupr", "Dinas PUPR")
    theirs = objected(another_request(forum, pupr, "Kontrak jalan"))
    assert numbers(client_for(ppid_dinkes).get(URL)) == [mine.number]
    assert theirs.number not in client_for(ppid_dinkes).get(URL).content.decode()
    assert client_for(humas_imigrasi).get(URL).status_code == 403


def another_request(forum, agency, subject: str) -> InformationRequest:
    with time_machine.travel(RECEIVED):
        return InformationRequest.objects.create(forum=forum, agency=agency, name="Budi", id_number="2", address="x",
                                                 subject=subject, purpose="Riset", consent_at=timezone.now())  # fmt: skip


def numbers(response) -> list[str]:
    return [objection.number for objection, _due, _left in response.context["page"]]
