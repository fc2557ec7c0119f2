"""The annual report's narrative: written by the right PPID, kept when refused, printed in the PDF."""

from __future__ import annotations

import datetime as dt
import io

import pytest
import time_machine
from django.db import IntegrityError
from django.urls import reverse
from pypdf import PdfReader

from sinergi.conftest import client_for, make_member
from sinergi.core.audit import history_for
from sinergi.ppid.models import AnnualReport

EDIT = reverse("ppid_annual_report:edit")
SHOW = reverse("ppid_annual_report:show")
TEXT = {
    "policy": "Peraturan Bupati Nomor 12 Tahun 2024 tentang PPID.",
    "facilities": "Satu meja layanan, dua petugas, anggaran Rp 45.000.000.",
    "obstacles": "Jaringan internet di kecamatan kepulauan sering terputus.",
    "recommendations": "Pelatihan PPID pelaksana di setiap kecamatan.",
}


def pdf_lines(content: bytes) -> list[str]:
    """The PDF's text, one line each, without spaces (the extractor splits kerned words: "T ahun")."""
    assert content.startswith(b"%PDF-")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    return ["".join(line.split()) for line in text.splitlines()]


def squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def ppid_utama(forum):
    return make_member("ppid.utama@demo.test", "Bambang", forum_role="ppid_utama", forum=forum)


@pytest.fixture
def ppid_dinkes(dinkes):
    return make_member("ppid.dinkes@demo.test", "Sri", agency=dinkes, role="ppid_pelaksana")


def test_the_ppid_utama_writes_the_forums_narrative_and_it_is_audited(ppid_utama, forum):
    client = client_for(ppid_utama)
    response = client.post(f"{EDIT}?tahun=2025&instansi=", TEXT)
    assert response.status_code == 302
    report = AnnualReport.objects.get(forum=forum, year=2025, agency=None)
    assert (report.obstacles, report.updated_by) == (TEXT["obstacles"], ppid_utama)
    page = client.get(SHOW, {"tahun": "2025"}).content.decode()
    assert TEXT["recommendations"] in page and f"{EDIT}?tahun=2025&amp;badan=MERANTI&amp;instansi=" in page
    client.post(f"{EDIT}?tahun=2025&instansi=", {**TEXT, "policy": "Perbup 3/2025."})
    assert AnnualReport.objects.count() == 1
    entries = history_for(report)
    assert {entry.action for entry in entries} == {"created", "updated"}
    updated = entries.get(action="updated")
    assert updated.actor == ppid_utama and updated.changes["policy"] == [TEXT["policy"], "Perbup 3/2025."]


def test_the_ppid_utama_writes_any_agencys_and_a_pelaksana_their_own(ppid_utama, ppid_dinkes, dinkes, imigrasi):
    assert client_for(ppid_utama).post(f"{EDIT}?tahun=2025&instansi=imigrasi", TEXT).status_code == 302
    assert client_for(ppid_dinkes).get(EDIT, {"tahun": "2025", "instansi": "dinkes"}).status_code == 200
    assert client_for(ppid_dinkes).post(f"{EDIT}?tahun=2025&instansi=dinkes", TEXT).status_code == 302
    assert set(AnnualReport.objects.values_list("agency__slug", flat=True)) == {"imigrasi", "dinkes"}
    page = client_for(ppid_dinkes).get(SHOW, {"tahun": "2025", "instansi": "dinkes"}).content.decode()
    assert TEXT["policy"] in page and "Sri" in page


def test_a_pelaksana_cannot_write_another_agencys_or_the_forums(ppid_dinkes, imigrasi, forum):
    client = client_for(ppid_dinkes)
    assert client.get(EDIT, {"tahun": "2025", "instansi": "imigrasi"}).status_code == 403
    assert client.post(f"{EDIT}?tahun=2025&instansi=imigrasi", TEXT).status_code == 403
    assert client.post(f"{EDIT}?tahun=2025&instansi=", TEXT).status_code == 403
    assert not AnnualReport.objects.exists()
    page = client.get(SHOW, {"tahun": "2025", "instansi": "imigrasi"}).content.decode()
    assert EDIT not in page  # may read the report, is not offered the edit


@pytest.mark.parametrize("who", ["atasan", "humas", "outsider"])
def test_others_cannot_write_the_narrative(who, forum, humas_imigrasi, outsider):
    member = {
        "atasan": lambda: make_member("atasan@demo.test", "Atasan", forum_role="atasan_ppid", forum=forum),
        "humas": lambda: humas_imigrasi,
        "outsider": lambda: outsider,
    }[who]()
    assert client_for(member).post(f"{EDIT}?tahun=2025&instansi=imigrasi", TEXT).status_code == 403
    assert client_for(member).post(f"{EDIT}?tahun=2025&instansi=", TEXT).status_code == 403
    assert not AnnualReport.objects.exists()


def test_the_public_is_sent_to_sign_in(forum):
    response = client_for(None).post(f"{EDIT}?tahun=2025&instansi=", TEXT)
    assert response.status_code == 302 and response["Location"].startswith(reverse("account:login"))
    assert not AnnualReport.objects.exists()


def test_an_invalid_narrative_keeps_what_was_saved_and_what_was_typed(ppid_utama, forum):
    client = client_for(ppid_utama)
    client.post(f"{EDIT}?tahun=2025&instansi=", TEXT)
    typed = "Pengaduan dari warga NIK 1410014507900003 belum ditangani."
    response = client.post(f"{EDIT}?tahun=2025&instansi=", {**TEXT, "obstacles": typed, "policy": "Baru."})
    assert response.status_code == 200
    assert "obstacles" in response.context["form"].errors
    assert typed in response.content.decode()  # what was typed is still in the form
    report = AnnualReport.objects.get()
    assert (report.obstacles, report.policy) == (TEXT["obstacles"], TEXT["policy"])  # nothing saved is lost


def test_an_unknown_agency_or_year_is_not_found(ppid_utama, forum):
    client = client_for(ppid_utama)
    assert client.get(EDIT, {"tahun": "2025", "instansi": "tidak-ada"}).status_code == 404
    assert client.get(EDIT, {"tahun": "abc"}).status_code == 404
    assert client.get(EDIT, {"tahun": "1999"}).status_code == 404


def test_one_narrative_per_forum_year_and_agency_even_without_an_agency(forum, dinkes):
    AnnualReport.objects.create(forum=forum, year=2025)
    AnnualReport.objects.create(forum=forum, year=2025, agency=dinkes)
    AnnualReport.objects.create(forum=forum, year=2024)
    with pytest.raises(IntegrityError):
        AnnualReport.objects.create(forum=forum, year=2025)


@time_machine.travel(dt.datetime(2026, 2, 17, 3, 0, tzinfo=dt.UTC))
def test_the_pdf_prints_the_narrative_in_indonesian(ppid_utama, ppid_dinkes, forum, dinkes):
    client_for(ppid_dinkes).post(f"{EDIT}?tahun=2025&instansi=dinkes", TEXT)
    response = client_for(ppid_utama).get(SHOW, {"tahun": "2025", "instansi": "dinkes", "format": "pdf"})
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="laporan-ppid-2025-dinkes.pdf"'
    lines = pdf_lines(response.content)
    for text in [*TEXT.values(), dinkes.name, forum.public_bodies.get(is_main=True).name]:
        assert squash(text) in lines
    assert "Permohonanditerima0" in lines  # the statistics' labels are the Indonesian ones
    assert any("17Februari2026" in line for line in lines)  # the date printed, the Indonesian way


def test_the_report_page_links_the_pdf(ppid_utama, forum):
    page = client_for(ppid_utama).get(SHOW, {"tahun": "2025"}).content.decode()
    assert "?tahun=2025&amp;badan=MERANTI&amp;instansi=&amp;format=pdf" in page
