"""Each morning the PPIDs hear what is due and late, and late requests are escalated once."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from sinergi.conftest import make_member
from sinergi.ppid.models import InformationRequest, RequestAction
from sinergi.ppid.reminders import daily_overview
from sinergi.ppid.tasks import ppid_daily_round


@pytest.fixture
def people(forum, dinkes, imigrasi):
    return {
        "utama": make_member("ppid.utama@demo.test", "Bambang", forum_role="ppid_utama", forum=forum),
        "dinkes": make_member("ppid.dinkes@demo.test", "Sri", agency=dinkes, role="ppid_pelaksana"),
        "imigrasi": make_member("ppid.imigrasi@demo.test", "Rudi", agency=imigrasi, role="ppid_pelaksana"),
    }


def make_request(forum, agency, received: dt.datetime) -> InformationRequest:
    with time_machine.travel(received):
        return InformationRequest.objects.create(
            forum=forum, agency=agency, name="Siti", id_number="1", address="Jl. 1", subject="Data vaksinasi",
            purpose="Riset", consent_at=timezone.now(),
        )  # fmt: skip


def test_the_ppids_concerned_hear_of_due_and_late_requests_and_late_ones_are_escalated(forum, dinkes, people):
    late = make_request(forum, dinkes, dt.datetime(2026, 3, 2, 2, 0, tzinfo=dt.UTC))  # due 16 March
    soon = make_request(forum, dinkes, dt.datetime(2026, 3, 5, 2, 0, tzinfo=dt.UTC))  # due 26 March, within 3 days
    mail.outbox.clear()
    sent = daily_overview(forum, dt.date(2026, 3, 18))
    assert sent == 2  # the PPID utama and Dinkes's PPID; the immigration office has nothing
    overviews = [m for m in mail.outbox if "jatuh tempo" in m.subject]
    assert {address for m in overviews for address in m.to} == {"ppid.utama@demo.test", "ppid.dinkes@demo.test"}
    body = overviews[0].body
    assert late.number in body and soon.number in body and "TERLAMBAT" in body
    late.refresh_from_db()
    assert late.escalated_at and late.events.filter(action=RequestAction.ESCALATED).count() == 1
    soon.refresh_from_db()
    assert soon.escalated_at is None


def test_the_round_runs_once_a_day_however_often_it_is_called(forum, dinkes, people):
    make_request(forum, dinkes, dt.datetime(2026, 3, 2, 2, 0, tzinfo=dt.UTC))
    mail.outbox.clear()
    with time_machine.travel(dt.datetime(2026, 3, 18, 0, 0, tzinfo=dt.UTC)):
        ppid_daily_round.call_local()
        ppid_daily_round.call_local()
    assert len(mail.outbox) == 3  # the overview to two PPIDs, and the escalation to the PPID utama
    assert InformationRequest.objects.get().events.filter(action=RequestAction.ESCALATED).count() == 1


def test_an_exemption_ending_soon_and_the_annual_report_in_march_are_in_the_overview(forum, dinkes, people):
    from sinergi.ppid.models import DikEntry

    DikEntry.objects.create(agency=dinkes, information="Rekam medis", ground="a", legal_basis="UU", consequence="x",
                            public_interest="y", ends_on=dt.date(2026, 3, 30), decree_number="SK/1",
                            decree_date=dt.date(2025, 1, 1))  # fmt: skip
    mail.outbox.clear()
    daily_overview(forum, dt.date(2026, 3, 18))
    by_person = {m.to[0]: m.body for m in mail.outbox}
    assert "Senin, 30 Maret 2026" in by_person["ppid.dinkes@demo.test"]
    assert "31 Maret" in by_person["ppid.utama@demo.test"]
    assert "31 Maret" not in by_person["ppid.dinkes@demo.test"]


def test_the_ppid_utama_is_told_at_once_when_a_request_becomes_late(forum, dinkes, people):
    late = make_request(forum, dinkes, dt.datetime(2026, 3, 2, 2, 0, tzinfo=dt.UTC))  # due 16 March
    mail.outbox.clear()
    daily_overview(forum, dt.date(2026, 3, 17))
    escalations = [m for m in mail.outbox if "terlambat" in m.subject.lower()]
    assert [m.to for m in escalations] == [["ppid.utama@demo.test"]]
    assert late.number in escalations[0].body
    mail.outbox.clear()
    daily_overview(forum, dt.date(2026, 3, 18))  # already escalated: no second escalation e-mail
    assert not [m for m in mail.outbox if "terlambat" in m.subject.lower()]


def test_each_deadline_reminder_is_kept_in_the_history_once_and_again_after_an_extension(forum, dinkes, people):
    item = make_request(forum, dinkes, dt.datetime(2026, 3, 2, 2, 0, tzinfo=dt.UTC))  # due 16 March
    daily_overview(forum, dt.date(2026, 3, 11))  # 3 working days before
    daily_overview(forum, dt.date(2026, 3, 12))
    assert list(item.events.filter(action=RequestAction.REMINDED).values_list("comment", flat=True)) == ["2026-03-16"]
    with time_machine.travel(dt.datetime(2026, 3, 12, 3, 0, tzinfo=dt.UTC)):  # within the first 10 working days
        item.extend(people["dinkes"], "Data tersebar di tiga puskesmas")
    extended_due = item.notice_due_on()  # +7 working days, over Nyepi and Idulfitri
    daily_overview(forum, extended_due - dt.timedelta(days=1))
    reminders = item.events.filter(action=RequestAction.REMINDED).values_list("comment", flat=True)
    assert list(reminders) == ["2026-03-16", extended_due.isoformat()]


def test_the_atasan_hears_of_objections_waiting_for_an_answer_and_not_of_every_request(forum, dinkes, people):
    atasan = make_member("atasan@demo.test", "Pak Sekda", forum_role="atasan_ppid", forum=forum)
    item = make_request(forum, dinkes, dt.datetime(2026, 1, 5, 2, 0, tzinfo=dt.UTC))  # never answered
    with time_machine.travel(item.notice_due_on() + dt.timedelta(days=2)):
        objection = item.file_objection(["c"], "Permohonan saya tidak dijawab")
    answer_due = objection.answer_due_on()  # the atasan answers within 30 working days
    day = answer_due - dt.timedelta(days=1)
    late = make_request(forum, dinkes, dt.datetime.combine(day - dt.timedelta(days=30), dt.time(2), dt.UTC))
    mail.outbox.clear()
    daily_overview(forum, day)
    body = next(m.body for m in mail.outbox if m.to == [atasan.email])
    assert "Keberatan" in body and item.number in body
    assert "Pemberitahuan tertulis" not in body and late.number not in body
    assert late.number in next(m.body for m in mail.outbox if m.to == ["ppid.dinkes@demo.test"])
