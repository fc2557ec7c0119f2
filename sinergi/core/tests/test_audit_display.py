"""The audit trail reads as Indonesian: field labels, choice labels and local dates, no stored values."""

from __future__ import annotations

import datetime as dt

import time_machine
from django.utils import translation

from sinergi.core.audit_display import readable
from sinergi.forum.models import AgencyKind


def test_a_change_reads_with_the_fields_label_and_the_choices_label(personas, imigrasi):
    imigrasi.phone, imigrasi.kind = "0763-31234", AgencyKind.DINAS
    imigrasi.save()
    html = personas["moderator"].get("/ruang-kerja/audit/?model=agency").content.decode()
    assert "Telepon: – → 0763-31234" in html
    assert "Jenis: Instansi vertikal → Dinas / badan" in html
    assert "Jenis: vertikal" not in html and "phone:" not in html


def test_dates_and_yes_or_no_read_as_people_write_them(personas, moderator, admin_dinkes):
    with time_machine.travel(dt.datetime(2026, 3, 3, 2, 15, tzinfo=dt.UTC)):  # 09.15 in Selatpanjang
        personas["moderator"].post(f"/direktori/anggota/{admin_dinkes.pk}/nonaktifkan/")
    html = personas["moderator"].get("/ruang-kerja/audit/?model=member").content.decode()
    assert "Aktif: ya → tidak" in html
    assert "3 Maret 2026 09.15" in html
    assert "2026-03-03T" not in html


def test_a_masked_value_says_it_changed_without_showing_it():
    with translation.override("id"):
        assert readable(None, "***") == "(diubah; tidak ditampilkan)"
