"""The requester objects from their tracking page within the period; the atasan PPID decides."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from sinergi.conftest import client_for, make_member
from sinergi.core.workflow import TransitionError
from sinergi.ppid.models import InformationRequest, WrittenNotice

RECEIVED = dt.datetime(2026, 3, 2, 2, 0, tzinfo=dt.UTC)  # Monday; notice due Monday 16 March


@pytest.fixture
def sekda(forum):
    return make_member("sekda@demo.test", "Mahmud Effendi", forum_role="atasan_ppid", forum=forum)


def refuse(item):
    WrittenNotice.objects.create(request=item, held="held", decision="refused", exemption_ground="h",
                                 refusal_reason="Memuat data pribadi.")  # fmt: skip
    InformationRequest.objects.filter(pk=item.pk).update(status="answered")
    item.refresh_from_db()


def test_the_requester_objects_and_reads_the_atasans_answer(item, sekda):
    refuse(item)
    page = Client().post(item.get_tracking_url(), {"grounds": ["a"], "statement": "Data agregat tidak rahasia."},
                         follow=True).content.decode()  # fmt: skip
    assert "Keberatan Anda" in page and "Permohonan informasi ditolak (Pasal 17)" in page
    client_for(sekda).post(reverse("ppid_office:decide_objection", args=[item.pk]), {
        "outcome": "upheld", "answer": "Rekap tanpa nama wajib diberikan.", "position": "Sekretaris Daerah",
    })  # fmt: skip
    page = Client().get(item.get_tracking_url()).content.decode()
    assert "Keberatan diterima" in page and "Rekap tanpa nama wajib diberikan." in page


def test_there_is_nothing_to_object_to_while_the_ppids_period_runs(item):
    with time_machine.travel(dt.datetime(2026, 3, 10, 3, 0, tzinfo=dt.UTC)):
        assert item.objection_window() is None
        with pytest.raises(TransitionError):
            item.file_objection(["c"], "Belum dijawab.")


def test_an_unanswered_request_may_be_objected_to_once_its_period_lapses(item):
    with time_machine.travel(dt.datetime(2026, 3, 17, 3, 0, tzinfo=dt.UTC)):
        assert item.objection_window() == (dt.date(2026, 3, 16), dt.date(2026, 5, 6))
        objection = item.file_objection(["c", "g"], "Tidak ada jawaban.")
    assert objection.grounds == ["c", "g"]
    assert objection.answer_due_on() == dt.date(2026, 5, 7)  # 30 working days from 17 March


def test_an_objection_after_the_period_is_refused(item):
    with time_machine.travel(dt.datetime(2026, 5, 7, 3, 0, tzinfo=dt.UTC)):
        with pytest.raises(TransitionError, match="berakhir|ended"):
            item.file_objection(["c"], "Terlambat.")


def test_only_the_atasan_ppid_decides(item, forum, dinkes):
    refuse(item)
    item.file_objection(["a"], "Keberatan.")
    ppid = make_member("ppid.dinkes@demo.test", "Sri", agency=dinkes, role="ppid_pelaksana")
    response = client_for(ppid).post(reverse("ppid_office:decide_objection", args=[item.pk]),
                                     {"outcome": "rejected", "answer": "x", "position": "y"})  # fmt: skip
    assert response.status_code == 403
    item.objection.refresh_from_db()
    assert not item.objection.answered_at


def test_the_requester_responds_to_the_decision_once(item, sekda):
    refuse(item)
    client = Client()
    client.post(item.get_tracking_url(), {"grounds": ["a"], "statement": "Data agregat tidak rahasia."})
    objection = InformationRequest.objects.get().objection
    assert "Tulis tanggapan" not in client.post(item.get_tracking_url(), {"tanggapan": "x"}).content.decode()
    objection.refresh_from_db()
    assert objection.requester_response == ""  # nothing to respond to before the answer
    objection.decide(sekda, "rejected", "Tetap dikecualikan.", "Sekretaris Daerah")
    page = client.post(item.get_tracking_url(), {"tanggapan": "  "}).content.decode()
    assert "Tulis tanggapan Anda." in page
    client.post(item.get_tracking_url(), {"tanggapan": "Saya akan mengajukan sengketa."})
    client.post(item.get_tracking_url(), {"tanggapan": "Ganti."})
    objection.refresh_from_db()
    assert objection.requester_response == "Saya akan mengajukan sengketa."


def test_the_ppid_sees_the_requesters_response_in_the_history(item, sekda):
    from sinergi.ppid.models import RequestAction
    refuse(item)
    Client().post(item.get_tracking_url(), {"grounds": ["a"], "statement": "Data agregat tidak rahasia."})
    InformationRequest.objects.get().objection.decide(sekda, "rejected", "Tetap.", "Sekretaris Daerah")
    Client().post(item.get_tracking_url(), {"tanggapan": "Saya akan ke Komisi Informasi."})
    assert item.events.filter(action=RequestAction.RESPONDED).count() == 1
    page = client_for(sekda).get(reverse("ppid_office:detail", args=[item.pk])).content.decode()
    assert "Saya akan ke Komisi Informasi." in page
