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
    to = {address for m in mail.outbox for address in m.to}
    assert to == {"ppid.utama@demo.test", "ppid.dinkes@demo.test"}
    body = mail.outbox[0].body
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
    assert len(mail.outbox) == 2
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
