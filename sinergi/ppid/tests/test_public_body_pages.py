"""Each Badan Publik publishes its own DIP, DIK and service charter and reports on its own year: the
regency's pages never mix in the Kejari's, and only the Kejari's own PPID keeps the Kejari's."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from sinergi.conftest import client_for, make_member
from sinergi.ppid.annual_report import annual_statistics
from sinergi.ppid.models import AnnualReport, DikEntry, DipEntry, InformationRequest, ServiceCharter
from sinergi.ppid.tests.test_public_body import kejari  # noqa: F401 (fixture)
from sinergi.ppid.tests.test_registers import DIK, DIP
from sinergi.ppid.tests.test_request_form import form
from sinergi.ppid.tests.test_service_charter import CHARTER

KEJARI_DIP = {**DIP, "summary": "Jadwal sidang perkara pidana umum"}


@pytest.fixture
def utama(forum):
    return make_member("ppid.utama@demo.test", "Bambang", forum_role="ppid_utama", forum=forum)


@pytest.fixture
def registers(dinkes, kejari):  # noqa: F811
    kejari_agency = kejari.units().get()
    DipEntry.objects.create(agency=dinkes, **{**DIP, "updated_on": dt.date(2026, 1, 15)})
    DipEntry.objects.create(agency=kejari_agency, **{**KEJARI_DIP, "updated_on": dt.date(2026, 1, 15)})
    DikEntry.objects.create(agency=kejari_agency, **{**DIK, "ends_on": None, "decree_number": "SK-KEJARI/2026",
                                                     "decree_date": dt.date(2026, 1, 20)})  # fmt: skip


def test_each_body_publishes_its_own_dip_and_dik(registers, kejari):  # noqa: F811
    regency = Client().get(reverse("public_dip")).content.decode()
    assert DIP["summary"] in regency and KEJARI_DIP["summary"] not in regency and "SK-KEJARI/2026" not in regency
    assert f'href="/daftar-informasi-publik/{kejari.code}/"' in regency  # the other body's DIP is one tap away

    own = Client().get(reverse("public_dip", args=[kejari.code.lower()])).content.decode()
    assert KEJARI_DIP["summary"] in own and "SK-KEJARI/2026" in own and DIP["summary"] not in own
    assert "Kejaksaan Negeri Kepulauan Meranti" in own
    assert f"?badan={kejari.code}" in own  # its request link chooses the Kejari on the form
    form_page = Client().get(reverse("ppid:request") + f"?badan={kejari.code}").content.decode()
    assert f'<option value="{kejari.pk}" selected>' in form_page
    assert Client().get("/daftar-informasi-publik/TIDAK-ADA/").status_code == 404


def test_the_kejaris_registers_are_kept_by_its_own_ppid_not_the_regencys(registers, kejari, utama):  # noqa: F811
    entry = DipEntry.objects.get(summary=KEJARI_DIP["summary"])
    edit = reverse("ppid_registers:edit", args=["dip", entry.pk])
    changed = {**KEJARI_DIP, "agency": entry.agency_id, "retention": "10 tahun"}
    assert client_for(utama).post(edit, changed).status_code == 403
    assert client_for(kejari.ppid_head).post(edit, changed).status_code == 302
    entry.refresh_from_db()
    assert entry.retention == "10 tahun"
    listed = client_for(utama).get(reverse("ppid_registers:list")).content.decode()
    assert DIP["summary"] in listed and KEJARI_DIP["summary"] not in listed


def test_each_body_has_its_own_charter_written_by_its_own_ppid(forum, kejari, utama):  # noqa: F811
    own = reverse("service_charter", args=[kejari.code])
    assert client_for(utama).post(own, CHARTER).status_code == 403
    assert client_for(kejari.ppid_head).post(reverse("service_charter"), CHARTER).status_code == 403
    assert client_for(kejari.ppid_head).post(own, {**CHARTER, "fee": "Tanpa biaya di Kejari."}).status_code == 302
    assert client_for(utama).post(reverse("service_charter"), CHARTER).status_code == 302
    assert ServiceCharter.objects.get(body=kejari).fee == "Tanpa biaya di Kejari."
    regency = Client().get(reverse("service_charter")).content.decode()
    assert "Tanpa biaya di Kejari." not in regency and CHARTER["fee"] in regency
    assert "Tanpa biaya di Kejari." in Client().get(own).content.decode()


@pytest.mark.usefixtures("national_rules")
def test_each_body_reports_on_its_own_requests(forum, kejari, utama, dinkes):  # noqa: F811
    with time_machine.travel(dt.datetime(2025, 3, 3, 2, 0, tzinfo=dt.UTC)):
        Client(REMOTE_ADDR="10.0.0.8").post(reverse("ppid:request"), form(public_body=kejari.pk))
        main = forum.public_bodies.get(is_main=True)
        Client(REMOTE_ADDR="10.0.0.9").post(reverse("ppid:request"), form(public_body=main.pk, agency=dinkes.pk))
    assert InformationRequest.objects.count() == 2
    assert annual_statistics(forum, 2025, body=kejari).received == 1
    assert annual_statistics(forum, 2025).received == 1  # the regency's own, without the Kejari's

    show = reverse("ppid_annual_report:show")
    page = client_for(kejari.ppid_head).get(show, {"tahun": "2025"}).content.decode()
    assert "Kejaksaan Negeri Kepulauan Meranti" in page  # the body its PPID heads, by default
    edit = reverse("ppid_annual_report:edit") + f"?tahun=2025&badan={kejari.code}&instansi="
    text = {name: "Ditulis oleh PPID Kejari." for name in AnnualReport.SECTIONS}
    assert client_for(utama).post(edit, text).status_code == 403  # not the regency's PPID
    assert client_for(kejari.ppid_head).post(edit, text).status_code == 302
    report = AnnualReport.objects.get()
    assert report.body == kejari and report.agency is None

    with time_machine.travel(dt.datetime(2026, 1, 12, 3, 0, tzinfo=dt.UTC)):
        sign = reverse("ppid_annual_report:sign") + f"?tahun=2025&badan={kejari.code}&instansi="
        signed = {"name": "Andi", "position": "PPID Kejaksaan Negeri", "nip": "", "place": "Selatpanjang"}
        client_for(kejari.ppid_head).post(sign, signed)
        client_for(kejari.ppid_head).post(sign.replace("tanda-tangan", "terbitkan"))
    assert AnnualReport.objects.get().published_at is not None
    listed = Client().get(reverse("ppid:published_reports")).content.decode()
    assert "Kejaksaan Negeri Kepulauan Meranti" in listed and "Ditulis" not in listed
