"""The DIP and DIK: kept by each agency's PPID, read by the public (the DIK only as grounds)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse

from sinergi.conftest import client_for, make_member
from sinergi.ppid.models import DikEntry, DipEntry

DIP = {"summary": "Rencana kerja tahunan Dinas Kesehatan", "held_by": "Sekretariat", "responsible": "Kepala Dinas",
       "made": "Januari 2026, Selatpanjang", "available_as": "softcopy", "retention": "5 tahun",
       "kip_class": "berkala", "berkala_item": "B", "url": "", "updated_on": "2026-01-15"}  # fmt: skip
DIK = {"information": "Rekam medis pasien rumah sakit daerah", "ground": "h", "legal_basis": "UU 17/2023",
       "consequence": "Rahasia pasien terbuka.", "public_interest": "Privasi pasien lebih utama.", "ends_on": "",
       "decree_number": "SK-PPID/DINKES/01/2026", "decree_date": "2026-01-20"}  # fmt: skip


@pytest.fixture
def ppid_dinkes(dinkes):
    return make_member("ppid.dinkes@demo.test", "Sri", agency=dinkes, role="ppid_pelaksana")


def test_an_agencys_ppid_keeps_its_dip_and_the_public_reads_it(ppid_dinkes, dinkes):
    response = client_for(ppid_dinkes).post(
        reverse("ppid_registers:create", args=["dip"]), {**DIP, "agency": dinkes.pk}
    )
    assert response.status_code == 302
    page = Client().get(reverse("public_dip")).content.decode()
    assert "Rencana kerja tahunan Dinas Kesehatan" in page


def test_periodic_information_older_than_six_months_is_flagged(dinkes):
    entry = DipEntry.objects.create(agency=dinkes, **{**DIP, "updated_on": dt.date.today() - dt.timedelta(days=200)})
    assert entry.is_stale
    assert "lebih dari enam bulan" in Client().get(reverse("public_dip")).content.decode()


def test_the_public_sees_that_an_exemption_exists_and_why_never_the_information(ppid_dinkes, dinkes):
    client_for(ppid_dinkes).post(reverse("ppid_registers:create", args=["dik"]), {**DIK, "agency": dinkes.pk})
    assert DikEntry.objects.count() == 1
    page = Client().get(reverse("public_dip")).content.decode()
    assert "h. Rahasia pribadi" in page and "SK-PPID/DINKES/01/2026" in page
    assert "Rekam medis pasien" not in page and "Rahasia pasien terbuka." not in page


def test_a_temporary_exemption_needs_an_end_date(ppid_dinkes, dinkes):
    response = client_for(ppid_dinkes).post(reverse("ppid_registers:create", args=["dik"]),
                                            {**DIK, "agency": dinkes.pk, "ground": "a"})  # fmt: skip
    assert "ends_on" in response.context["form"].errors


def test_a_ppid_cannot_write_another_agencys_registers(ppid_dinkes, imigrasi, dinkes):
    client_for(ppid_dinkes).post(reverse("ppid_registers:create", args=["dip"]), {**DIP, "agency": imigrasi.pk})
    assert not DipEntry.objects.exists()
    entry = DipEntry.objects.create(agency=imigrasi, **DIP)
    assert client_for(ppid_dinkes).get(reverse("ppid_registers:edit", args=["dip", entry.pk])).status_code == 403
