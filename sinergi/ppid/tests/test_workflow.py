"""Each step of a request, its objection and its dispute is taken once, from the state it starts from.

Of two people acting at once exactly one wins and leaves one line in the request's history; a
step from the wrong state is refused with a message and saves nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.core import mail

from sinergi.conftest import make_member
from sinergi.core.workflow import TransitionError
from sinergi.ppid.models import (
    Decision,
    Dispute,
    DisputeStage,
    InformationRequest,
    Objection,
    ObjectionOutcome,
    ObjectionStatus,
    RequestAction,
    RequestStatus,
    WrittenNotice,
)
from sinergi.ppid.tests.test_objection import refuse

MOVED = "Orang lain baru saja memindahkan permohonan ini"


@pytest.fixture
def utama(forum):
    return make_member("ppid@demo.test", "Hendra", forum_role="ppid_utama", forum=forum)


@pytest.fixture
def ppid_dinkes(dinkes):
    return make_member("ppid.dinkes@demo.test", "Sri", agency=dinkes, role="ppid_pelaksana")


@pytest.fixture
def sekda(forum):
    return make_member("sekda@demo.test", "Mahmud Effendi", forum_role="atasan_ppid", forum=forum)


@pytest.fixture
def objection(item) -> Objection:
    refuse(item)
    return item.file_objection(["a"], "Data agregat tidak rahasia.")


def two_pages(item: InformationRequest) -> tuple[InformationRequest, InformationRequest]:
    """The same request as two people opened it, before either acted."""
    return InformationRequest.objects.get(pk=item.pk), InformationRequest.objects.get(pk=item.pk)


def history(item: InformationRequest, action: str) -> int:
    return item.events.filter(action=action).count()


# --- the request ------------------------------------------------------------------------------


def test_of_two_routings_at_once_exactly_one_moves_the_request(item, imigrasi, diskominfotik, utama):
    first, second = two_pages(item)
    first.route(imigrasi, utama, "Data keimigrasian.")
    with pytest.raises(TransitionError, match=MOVED):
        second.route(diskominfotik, utama, "Data kominfo.")
    stored = InformationRequest.objects.get()
    assert (stored.agency, stored.status) == (imigrasi, RequestStatus.IN_PROCESS)
    assert history(item, RequestAction.ROUTED) == 1


def test_of_two_forwardings_at_once_exactly_one_moves_the_request(item, imigrasi, diskominfotik, ppid_dinkes):
    first, second = two_pages(item)
    first.forward(imigrasi, ppid_dinkes, "Dipegang kantor imigrasi.")
    with pytest.raises(TransitionError, match=MOVED):
        second.forward(diskominfotik, ppid_dinkes, "Dipegang Diskominfotik.")
    assert InformationRequest.objects.get().agency == imigrasi
    assert history(item, RequestAction.FORWARDED) == 1


def test_routing_to_the_agency_that_has_it_is_refused_and_nothing_is_saved(item, dinkes, utama):
    with pytest.raises(TransitionError, match="Permohonan sudah berada di instansi itu"):
        item.route(dinkes, utama)
    assert InformationRequest.objects.get().status == RequestStatus.RECEIVED
    assert history(item, RequestAction.ROUTED) == 0


@time_machine.travel(dt.datetime(2026, 3, 10, 3, 0, tzinfo=dt.UTC))  # within the first 10 working days
def test_of_two_extensions_at_once_exactly_one_is_recorded(item, ppid_dinkes):
    first, second = two_pages(item)
    first.extend(ppid_dinkes, "Data masih dihimpun.")
    with pytest.raises(TransitionError, match=MOVED):
        second.extend(ppid_dinkes, "Data tersebar di puskesmas.")
    assert InformationRequest.objects.get().extension_reason == "Data masih dihimpun."
    assert history(item, RequestAction.EXTENDED) == 1


def test_an_answered_request_is_not_extended(item, ppid_dinkes):
    refuse(item)
    with pytest.raises(TransitionError, match="Pemberitahuan tertulis sudah diberikan"):
        item.extend(ppid_dinkes, "Data masih dihimpun.")
    assert InformationRequest.objects.get().extended_at is None
    assert history(item, RequestAction.EXTENDED) == 0


def granted() -> WrittenNotice:
    return WrittenNotice(decision=Decision.GRANTED, material="Rekap penerima bantuan per desa.")


def test_of_two_notices_at_once_exactly_one_is_issued_and_the_requester_hears_once(item, ppid_dinkes):
    first, second = two_pages(item)
    mail.outbox.clear()
    first.give_notice(granted(), ppid_dinkes)
    with pytest.raises(TransitionError, match="Pemberitahuan tertulis sudah diberikan"):
        second.give_notice(granted(), ppid_dinkes)
    assert InformationRequest.objects.get().status == RequestStatus.ANSWERED
    assert WrittenNotice.objects.count() == 1 and history(item, RequestAction.NOTICE_GIVEN) == 1
    assert [m.to for m in mail.outbox] == [["siti@contoh.test"]]


def test_a_second_notice_is_refused_and_nothing_is_saved(item, ppid_dinkes):
    refuse(item)
    mail.outbox.clear()
    with pytest.raises(TransitionError, match="Pemberitahuan tertulis sudah diberikan"):
        item.give_notice(granted(), ppid_dinkes)
    assert WrittenNotice.objects.get().decision == Decision.REFUSED
    assert history(item, RequestAction.NOTICE_GIVEN) == 0 and not mail.outbox


# --- the objection ----------------------------------------------------------------------------


def test_of_two_objections_filed_at_once_exactly_one_is_kept(item):
    refuse(item)
    first, second = two_pages(item)
    assert not hasattr(second, "objection")  # the second page, too, saw no objection yet
    first.file_objection(["a"], "Data agregat tidak rahasia.")
    with pytest.raises(TransitionError, match="Keberatan atas permohonan ini sudah diajukan"):
        second.file_objection(["d"], "Dijawab lain dari yang diminta.")
    assert Objection.objects.get().grounds == ["a"]
    assert history(item, RequestAction.OBJECTED) == 1


def test_an_objection_before_there_is_anything_to_object_to_is_refused(item):
    with time_machine.travel(dt.datetime(2026, 3, 5, 3, 0, tzinfo=dt.UTC)):  # the PPID's own period runs
        with pytest.raises(TransitionError, match="Keberatan dapat diajukan setelah pemberitahuan tertulis"):
            item.file_objection(["c"], "Belum dijawab.")
    assert not Objection.objects.exists() and history(item, RequestAction.OBJECTED) == 0


def test_of_two_answers_at_once_exactly_one_is_the_atasan_s_decision(objection, sekda, forum):
    deputy = make_member("asisten@demo.test", "Asisten I", forum_role="atasan_ppid", forum=forum)
    first, second = Objection.objects.get(), Objection.objects.get()
    first.decide(sekda, ObjectionOutcome.UPHELD, "Rekap tanpa nama diberikan.", "Sekretaris Daerah")
    with pytest.raises(TransitionError, match="Keberatan ini sudah ditanggapi"):
        second.decide(deputy, ObjectionOutcome.REJECTED, "Tetap dikecualikan.", "Asisten I")
    stored = Objection.objects.get()
    assert (stored.status, stored.outcome, stored.answered_by) == (ObjectionStatus.ANSWERED, ObjectionOutcome.UPHELD,
                                                                   sekda)  # fmt: skip
    assert history(objection.request, RequestAction.OBJECTION_ANSWERED) == 1


def test_an_answered_objection_is_not_answered_again(objection, sekda):
    objection.decide(sekda, ObjectionOutcome.REJECTED, "Tetap dikecualikan.", "Sekretaris Daerah")
    with pytest.raises(TransitionError, match="Keberatan ini sudah ditanggapi"):
        objection.decide(sekda, ObjectionOutcome.UPHELD, "Diberikan.", "Sekretaris Daerah")
    assert Objection.objects.get().outcome == ObjectionOutcome.REJECTED
    assert history(objection.request, RequestAction.OBJECTION_ANSWERED) == 1


def test_of_two_responses_at_once_the_first_stays(objection, sekda):
    objection.decide(sekda, ObjectionOutcome.REJECTED, "Tetap dikecualikan.", "Sekretaris Daerah")
    first, second = Objection.objects.get(), Objection.objects.get()
    first.respond("Saya akan ke Komisi Informasi.")
    with pytest.raises(TransitionError, match="Tanggapan Anda sudah dicatat"):
        second.respond("Ganti.")
    assert Objection.objects.get().requester_response == "Saya akan ke Komisi Informasi."
    assert history(objection.request, RequestAction.RESPONDED) == 1


def test_a_response_before_the_answer_is_refused(objection):
    with pytest.raises(TransitionError, match="Atasan PPID belum menanggapi"):
        objection.respond("Kapan dijawab?")
    assert Objection.objects.get().requester_response == ""
    assert history(objection.request, RequestAction.RESPONDED) == 0


# --- the dispute -------------------------------------------------------------------------------

FILED_ON = dt.date(2026, 4, 20)


def test_of_two_dispute_records_made_at_once_exactly_one_is_kept(objection, utama):
    first = Dispute(objection=objection, filed_on=FILED_ON, case_number="012/IV/KI-RIAU-PS/2026")
    second = Dispute(objection=objection, filed_on=FILED_ON, case_number="013/IV/KI-RIAU-PS/2026")
    first.record(utama)
    with pytest.raises(TransitionError, match="Orang lain baru saja memperbarui catatan sengketa ini"):
        second.record(utama)
    assert Dispute.objects.get().case_number == "012/IV/KI-RIAU-PS/2026"
    assert history(objection.request, RequestAction.DISPUTE_FILED) == 1


def test_a_stage_recorded_on_a_stale_page_is_refused_and_nothing_is_saved(objection, utama):
    Dispute(objection=objection, filed_on=FILED_ON).record(utama)
    first, second = Dispute.objects.get(), Dispute.objects.get()  # both pages show the dispute filed
    first.mediation_on = FILED_ON + dt.timedelta(days=7)
    first.record(utama)
    second.decided_on = FILED_ON + dt.timedelta(days=9)
    with pytest.raises(TransitionError, match="Orang lain baru saja memperbarui catatan sengketa ini"):
        second.record(utama)
    stored = Dispute.objects.get()
    assert (stored.stage, stored.decided_on) == (DisputeStage.MEDIATION, None)
    assert history(objection.request, RequestAction.DISPUTE_UPDATED) == 1
