"""The annual report's statistics, against a year of requests counted by hand."""

from __future__ import annotations

import datetime as dt
import io

import pytest
import time_machine
from django.utils import timezone, translation
from django.utils.translation import gettext
from pypdf import PdfReader

from sinergi.conftest import client_for, make_member
from sinergi.ppid.annual_report import annual_statistics
from sinergi.ppid.models import Dispute, InformationRequest, Objection, WrittenNotice


def at(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, 2, 0, tzinfo=dt.UTC)  # 09.00 WIB


def request_on(forum, agency, received: dt.date, answer: dt.date | None = None, **notice) -> InformationRequest:
    with time_machine.travel(at(received)):
        item = InformationRequest.objects.create(
            forum=forum, agency=agency, name="Pemohon", id_number="1", address="Jl. 1", subject="Data",
            purpose="Riset", consent_at=timezone.now(),
        )  # fmt: skip
    if answer:
        with time_machine.travel(at(answer)):
            WrittenNotice.objects.create(request=item, **notice)
        InformationRequest.objects.filter(pk=item.pk).update(status="answered")
    return item


@pytest.fixture
def year_2025(forum, dinkes, imigrasi):
    """By hand: six requests in 2025 (four to Dinkes), one in 2024 that does not count."""
    d = dt.date
    granted = request_on(forum, dinkes, d(2025, 2, 3), d(2025, 2, 5), decision="granted", material="Rekap")  # 2 wd
    request_on(forum, dinkes, d(2025, 2, 10), d(2025, 2, 24), decision="partly", material="Rekap",
               blacked_out="Nama", exemption_ground="h")  # 10 wd, on time  # fmt: skip
    refused = request_on(forum, dinkes, d(2025, 6, 2), d(2025, 6, 30), decision="refused", exemption_ground="h",
                         refusal_reason="Rahasia pribadi")  # 17 wd (Iduladha 6 June and its cuti bersama 9 June, 1 Muharram 27 June): late, due 18 June  # fmt: skip
    request_on(forum, dinkes, d(2025, 7, 1))  # never answered: overdue
    request_on(forum, imigrasi, d(2025, 8, 4), d(2025, 8, 8), held="not_held", holder="BPS")  # 4 wd
    request_on(forum, imigrasi, d(2025, 9, 1), d(2025, 9, 3), decision="refused", exemption_ground="a",
               refusal_reason="Penyidikan")  # 2 wd  # fmt: skip
    request_on(forum, dinkes, d(2024, 12, 2), d(2024, 12, 4), decision="granted", material="Rekap")
    Objection.objects.create(request=refused, grounds=["a"], statement="x", outcome="upheld")
    objection = Objection.objects.create(request=granted, grounds=["d"], statement="y", outcome="rejected")
    Dispute.objects.create(objection=objection, filed_on=d(2025, 4, 1))


@time_machine.travel(dt.datetime(2026, 1, 10, tzinfo=dt.UTC))
def test_the_forums_year_counts_what_was_received_answered_refused_and_objected(forum, year_2025):
    result = annual_statistics(forum, 2025)
    assert (result.received, result.answered, result.answered_late, result.open_overdue) == (6, 5, 1, 1)
    assert (result.granted, result.partly_granted, result.refused, result.not_held) == (1, 1, 2, 1)
    assert dict(result.refusal_grounds) == {"h": 2, "a": 1}
    assert sorted(result.working_days_to_answer) == [2, 2, 4, 10, 17]
    assert result.median_days == 4 and result.mean_days == 7.0
    assert (result.objections, result.objections_upheld, result.objections_rejected, result.disputes) == (2, 1, 1, 1)


@time_machine.travel(dt.datetime(2026, 1, 10, tzinfo=dt.UTC))
def test_one_agencys_year(forum, dinkes, year_2025):
    result = annual_statistics(forum, 2025, dinkes)
    assert (result.received, result.answered, result.refused, result.objections) == (4, 3, 1, 2)


def test_the_ppid_reads_the_report_and_downloads_it(forum, year_2025):
    ppid = make_member("ppid.utama@demo.test", "Bambang", forum_role="ppid_utama", forum=forum)
    page = client_for(ppid).get("/ruang-kerja/ppid/laporan-tahunan/", {"tahun": "2025"}).content.decode()
    assert "Permohonan diterima" in page
    csv = client_for(ppid).get("/ruang-kerja/ppid/laporan-tahunan/", {"tahun": "2025", "format": "csv"})
    assert "Permohonan diterima,6" in csv.content.decode("utf-8-sig")


@time_machine.travel(dt.datetime(2026, 1, 10, tzinfo=dt.UTC))
def test_the_printed_report_shows_the_hand_counted_statistics_in_indonesian(forum, year_2025):
    ppid = make_member("ppid.utama@demo.test", "Bambang", forum_role="ppid_utama", forum=forum)
    response = client_for(ppid).get("/ruang-kerja/ppid/laporan-tahunan/", {"tahun": "2025", "format": "pdf"})
    assert response.content.startswith(b"%PDF-")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    lines = {squash(line) for line in text.splitlines()}
    by_hand = {
        "Requests received": 6, "Written notices given": 5, "of which late": 1, "Still open and overdue": 1,
        "Working days to the written notice (mean)": 7, "Working days to the written notice (median)": 4,
        "Granted in full": 1, "Partly granted": 1, "Refused": 2, "Not held (held elsewhere)": 1,
        "Not yet documented": 0, "Objections": 2, "Objections upheld": 1, "Objections rejected": 1,
        "Disputes to the Komisi Informasi": 1,
    }  # fmt: skip
    with translation.override("id"):  # the labels as printed, whatever their translation is today
        expected = {squash(f"{gettext(label)} {value}") for label, value in by_hand.items()}
        ground = gettext("Refused or blacked out on ground %(letter)s")
        expected |= {squash(f"{ground % {'letter': 'a'}} 1"), squash(f"{ground % {'letter': 'h'}} 2")}
        expected.add(squash(gettext("Year %(year)s") % {"year": 2025}))
    assert expected | {squash(forum.public_bodies.get(is_main=True).name)} <= lines  # the body reporting


def squash(text: str) -> str:
    """Without spaces: the PDF text extractor splits kerned words ("T ahun")."""
    return "".join(text.split())


def test_an_odd_year_falls_back_to_this_year_and_is_no_error(forum):
    ppid = make_member("ppid.utama2@demo.test", "Bambang", forum_role="ppid_utama", forum=forum)
    for odd in ("²", "9" * 5000, "-1", "20x5"):
        assert client_for(ppid).get("/ruang-kerja/ppid/laporan-tahunan/", {"tahun": odd}).status_code == 200
        assert client_for(ppid).get("/ruang-kerja/ppid/laporan-tahunan/ubah/", {"tahun": odd}).status_code == 404


def test_the_statistics_read_the_calendar_once_not_per_request(forum, dinkes, django_assert_max_num_queries):
    from sinergi.ppid.models import InformationRequest

    for n in range(30):
        InformationRequest.objects.create(forum=forum, agency=dinkes, name="Warga", id_number="1", address="Jl. 1",
                                          subject=f"Data {n}", purpose="Riset", consent_at=timezone.now(),
                                          received_at=timezone.now() - dt.timedelta(days=n))  # fmt: skip
    with django_assert_max_num_queries(12):
        annual_statistics(forum, timezone.localdate().year)
