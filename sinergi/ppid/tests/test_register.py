"""The register of requests: full columns for the PPIDs, and a public one without personal data."""

from __future__ import annotations

import csv
import io

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from sinergi.conftest import client_for, make_member
from sinergi.ppid.models import InformationRequest

NIK = "1410015708900003"


@pytest.fixture
def item(forum, dinkes):
    return InformationRequest.objects.create(
        forum=forum, agency=dinkes, name="Siti Aminah", id_number=NIK, address="Jl. Merdeka 1",
        phone="0812-3456-7890", email="siti@contoh.test", occupation="Wartawan",
        subject=f"Data bantuan sosial atas nama saya, NIK {NIK}", purpose="Liputan", consent_at=timezone.now(),
    )  # fmt: skip


def test_the_public_register_shows_the_request_but_no_personal_data(item):
    page = Client().get(reverse("ppid:public_register")).content.decode()
    assert item.number in page and "Data bantuan sosial" in page
    for secret in ("Siti Aminah", NIK, "Jl. Merdeka", "0812-3456-7890", "siti@contoh.test", "Wartawan"):
        assert secret not in page, secret


def test_the_ppid_exports_the_full_register(item, forum):
    ppid = make_member("ppid.utama@demo.test", "Bambang", forum_role="ppid_utama", forum=forum)
    response = client_for(ppid).get(reverse("ppid_office:register_export", args=["csv"]))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["No.", "Tanggal diterima", "Nama"]
    assert rows[1][0] == item.number and rows[1][2] == "Siti Aminah"
    xlsx = client_for(ppid).get(reverse("ppid_office:register_export", args=["xlsx"]))
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"


def test_the_full_register_is_only_for_ppids(item, moderator):
    assert client_for(moderator).get(reverse("ppid_office:register_export", args=["csv"])).status_code == 403
    assert Client().get(reverse("ppid_office:register_export", args=["csv"])).status_code == 302
