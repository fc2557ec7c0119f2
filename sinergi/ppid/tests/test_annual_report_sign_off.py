"""The annual report has every part Perki 1/2021 names, is marked a draft until the PPID signs it off, is then
frozen, and can be published on the portal."""

from __future__ import annotations

import datetime as dt
import hashlib
import io

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader

from sinergi.conftest import client_for, make_member
from sinergi.ppid.annual_report import annual_statistics
from sinergi.ppid.models import AnnualReport, Dispute, Objection
from sinergi.ppid.tests.test_annual_report import year_2025  # noqa: F401  (a fixture)

NOW = dt.datetime(2026, 1, 10, 3, 0, tzinfo=dt.UTC)
WRITTEN = {"policy": "Perbup 12/2024 tentang layanan informasi.", "facilities": "Meja layanan dan dua petugas.",
           "decisions_carried_out": "Rekap tanpa nama diberikan sesuai tanggapan atasan.",
           "obstacles": "Data OPD belum seragam.", "recommendations": "Pelatihan PPID pelaksana."}  # fmt: skip


def text_of(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def utama(forum):
    return make_member("ppid.utama@demo.test", "Bambang Sutrisno", forum_role="ppid_utama", forum=forum)


def show(client, **params):
    return client.get(reverse("ppid_annual_report:show"), {"tahun": 2025, **params})


@time_machine.travel(NOW)
def test_the_statistics_count_pending_and_late_objections_dispute_results_court_cases_and_response_times(
    forum, year_2025  # noqa: F811
):
    objection = Objection.objects.get(outcome="rejected")
    Objection.objects.filter(pk=objection.pk).update(received_at=dt.datetime(2025, 2, 10, 2, 0, tzinfo=dt.UTC),
                                                     answered_at=dt.datetime(2025, 5, 20, 2, 0, tzinfo=dt.UTC))  # late
    Dispute.objects.filter(objection=objection).update(decided_on=dt.date(2025, 6, 2), result="rejected",
                                                       court_filed_on=dt.date(2025, 6, 10))  # fmt: skip
    Objection.objects.filter(outcome="upheld").update(outcome="", answered_at=None)  # still with the atasan
    result = annual_statistics(forum, 2025)
    assert (result.objections_pending, result.objections_answered_late) == (1, 1)
    assert (result.disputes, result.disputes_pending) == (1, 0)
    assert dict(result.dispute_results) == {"rejected": 1} and (result.court_cases, result.court_decided) == (1, 0)
    assert [count for _label, count in result.response_bands()] == [3, 1, 1, 0]  # 2, 2, 4 | 10 | 17 working days
    assert sum(count for _label, count in result.response_bands()) == result.answered


@time_machine.travel(NOW)
def test_a_draft_is_marked_on_every_page_and_names_every_part(forum, utama):
    AnnualReport.objects.create(forum=forum, year=2025, policy=WRITTEN["policy"])
    text = text_of(show(client_for(utama), format="pdf").content)
    for part in ("I. Kebijakan", "III. Rincian pelayanan informasi publik",
                 "IV. Rincian penyelesaian sengketa informasi publik", "V. Kendala", "VI. Rekomendasi"):  # fmt: skip
        assert part.lower() in text.lower(), part
    assert "DRAF: belum disahkan PPID" in text and "[DRAF: bagian ini belum ditulis]" in text
    assert "Keberatan yang masih menunggu atasan PPID" in text and "Gugatan ke pengadilan" in text


@time_machine.travel(NOW)
def test_the_signed_report_is_frozen_and_published_on_the_portal(forum, utama):
    client = client_for(utama)
    sign = {"name": "Bambang Sutrisno", "position": "PPID Utama", "nip": "197001011995031001", "place": "Selatpanjang"}
    AnnualReport.objects.create(forum=forum, year=2025, policy=WRITTEN["policy"])
    page = client.post(reverse("ppid_annual_report:sign") + "?tahun=2025", sign, follow=True).content.decode()
    assert "belum ada:" in page and not AnnualReport.objects.get().is_signed  # parts missing
    AnnualReport.objects.filter(year=2025).update(**WRITTEN)
    client.post(reverse("ppid_annual_report:sign") + "?tahun=2025", sign)
    report = AnnualReport.objects.get()
    stored = report.pdf.open("rb").read()
    assert report.is_signed and hashlib.sha256(stored).hexdigest() == report.sha256
    text = text_of(stored)
    assert "DRAF" not in text and "Selatpanjang" in text and "NIP 197001011995031001" in text
    assert show(client, format="pdf").content == stored  # frozen: the same file, whatever changes later
    edit = client.post(reverse("ppid_annual_report:edit") + "?tahun=2025&instansi=", {**WRITTEN, "policy": "Lain"})
    assert edit.status_code == 302 and AnnualReport.objects.get().policy == WRITTEN["policy"]

    assert Client().get(reverse("ppid:published_reports")).content.decode().count("Laporan 2025") == 0
    client.post(reverse("ppid_annual_report:publish") + "?tahun=2025")
    assert "Laporan 2025" in Client().get(reverse("ppid:published_reports")).content.decode()
    download = Client().get(reverse("ppid:published_report_pdf", args=[report.pk]))
    assert b"".join(download.streaming_content) == stored


@time_machine.travel(NOW)
def test_this_years_report_cannot_be_signed_and_nobody_else_signs(forum, utama, dinkes):
    AnnualReport.objects.create(forum=forum, year=2026, **WRITTEN)
    sign = {"name": "Bambang", "position": "PPID Utama", "nip": "", "place": "Selatpanjang"}
    page = client_for(utama).post(reverse("ppid_annual_report:sign") + "?tahun=2026", sign, follow=True)
    assert "setelah tahun itu berakhir" in page.content.decode()
    humas = make_member("humas@demo.test", "Rina", agency=dinkes, role="humas")
    assert client_for(humas).post(reverse("ppid_annual_report:sign") + "?tahun=2026", sign).status_code == 403
