"""Each Badan Publik runs its own information service: a request to the Kejari is numbered by the Kejari,
answered by its PPID, and an objection to it decided by the Kejari's atasan, never the regency's."""

from __future__ import annotations

import datetime as dt
import io

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader

from sinergi.conftest import client_for, make_member
from sinergi.ppid.models import InformationRequest, PublicBody, PublicBodyUnit
from sinergi.ppid.tests.test_objection import refuse
from sinergi.ppid.tests.test_request_form import form


@pytest.fixture
def kejari(forum):
    from sinergi.conftest import make_agency

    agency = make_agency(forum, "kejari", "Kejaksaan Negeri Kepulauan Meranti", "vertikal")
    head = make_member("ppid.kejari@demo.test", "Andi", agency=agency, role="ppid_pelaksana")
    kajari = make_member("kajari@demo.test", "Ratna Dewi")
    body = PublicBody.objects.create(forum=forum, name=agency.name, code="KEJARI-MRT", kind="vertikal",
                                     number_pattern="{no}/PPID-{kode}/{bulan}/{tahun}", place="Selatpanjang",
                                     ppid_head=head, atasan=kajari, atasan_position="Kepala Kejaksaan Negeri",
                                     description="perkara pidana dan penuntutan")  # fmt: skip
    PublicBodyUnit.objects.create(body=body, agency=agency)
    return body


@pytest.fixture
def sekda(forum):
    return make_member("sekda@demo.test", "Mahmud Effendi", forum_role="atasan_ppid", forum=forum)


@pytest.mark.usefixtures("national_rules")
def test_a_request_to_the_kejari_is_numbered_and_decided_by_the_kejari(forum, kejari, sekda):
    page = Client().get(reverse("ppid:request")).content.decode()
    assert "Kejaksaan Negeri Kepulauan Meranti" in page and "perkara pidana dan penuntutan" in page
    with time_machine.travel(dt.datetime(2026, 3, 2, 2, 0, tzinfo=dt.UTC)):
        Client(REMOTE_ADDR="10.0.0.8").post(reverse("ppid:request"), form(public_body=kejari.pk))
    item = InformationRequest.objects.get()
    assert item.public_body == kejari and item.number == "0001/PPID-KEJARI-MRT/III/2026"
    assert item.agency.slug == "kejari"  # the body's only unit

    refuse(item)
    with time_machine.travel(dt.datetime(2026, 3, 18, 3, 0, tzinfo=dt.UTC)):
        item.file_objection(["a"], "Daftar saksi yang sudah diperiksa dapat dibuka.")
        decide = reverse("ppid_office:decide_objection", args=[item.pk])
        answer = {"outcome": "rejected", "answer": "Masih tahap penyidikan.", "position": "Kepala Kejaksaan Negeri"}
        assert client_for(sekda).post(decide, answer).status_code == 403  # the regency's atasan has no say here
        assert item.number not in client_for(sekda).get(reverse("ppid_office:list")).content.decode()
        client_for(kejari.atasan).post(decide, answer)
    item.refresh_from_db()
    assert item.objection.answered_by == kejari.atasan


@pytest.mark.usefixtures("national_rules")
def test_an_agency_of_another_body_is_refused_with_the_form_kept(forum, kejari, dinkes):
    main = PublicBody.objects.main(forum)
    response = Client(REMOTE_ADDR="10.0.0.9").post(reverse("ppid:request"), form(public_body=main.pk,
                                                                                   agency=kejari.unit_links.get().agency.pk))  # fmt: skip
    assert not InformationRequest.objects.exists()
    assert "bukan bagian dari badan publik yang Anda pilih" in response.content.decode()
    Client(REMOTE_ADDR="10.0.0.9").post(reverse("ppid:request"), form(public_body=main.pk, agency=dinkes.pk))
    assert InformationRequest.objects.get().number.startswith("0001/PPID/MERANTI/")


@pytest.mark.usefixtures("national_rules")
def test_the_receipt_is_on_the_kejaris_letterhead(forum, kejari):
    Client(REMOTE_ADDR="10.0.0.10").post(reverse("ppid:request"), form(public_body=kejari.pk))
    item = InformationRequest.objects.get()
    pdf = Client().get(reverse("ppid:track_receipt_pdf", args=[item.tracking_token]))
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "KEJAKSAAN NEGERI KEPULAUAN MERANTI" in text and "Selatpanjang," in text
    assert "Forum Kehumasan" not in text.split("TANDA BUKTI")[0]  # the kop is the body's, not the forum's


def test_every_forum_has_its_main_public_body(forum):
    main = PublicBody.objects.main(forum)
    assert main.name == "Pemerintah Kabupaten Kepulauan Meranti" and main.code == "MERANTI"


@pytest.mark.usefixtures("national_rules")
def test_a_request_to_the_wrong_body_is_passed_on_and_each_body_prints_its_own_register(forum, kejari, dinkes):
    utama = make_member("ppid.utama@demo.test", "Bambang", forum_role="ppid_utama", forum=forum)
    Client(REMOTE_ADDR="10.0.0.11").post(reverse("ppid:request"), form(public_body=PublicBody.objects.main(forum).pk))
    Client(REMOTE_ADDR="10.0.0.11").post(reverse("ppid:request"), form(public_body=PublicBody.objects.main(forum).pk,
                                                                         agency=dinkes.pk))  # fmt: skip
    wrong, right = InformationRequest.objects.order_by("pk")
    kejari_office = kejari.unit_links.get().agency
    client_for(utama).post(reverse("ppid_office:move", args=[wrong.pk, "teruskan"]),
                           {"teruskan-agency": kejari_office.pk, "teruskan-comment": "Berkas perkara"})  # fmt: skip
    wrong.refresh_from_db()
    assert wrong.public_body == kejari and wrong.agency == kejari_office
    assert wrong.number.startswith("0001/PPID/MERANTI/")  # registered where it was received
    assert "diteruskan ke Kejaksaan Negeri Kepulauan Meranti" in wrong.events.get(action="routed").comment

    head = client_for(kejari.ppid_head)
    url = reverse("ppid_office:register_export", args=["permohonan", "pdf"])
    text = PdfReader(io.BytesIO(head.get(url, {"badan": "KEJARI-MRT"}).content)).pages[0].extract_text()
    squeezed = "".join(text.replace("\u200b", "").split())  # numbers wrap at their slashes on paper
    assert "KejaksaanNegeriKepulauanMeranti" in squeezed and wrong.number in squeezed and right.number not in squeezed
    csv_text = client_for(utama).get(reverse("ppid_office:register_export", args=["permohonan", "csv"]),
                                     {"badan": "MERANTI"}).content.decode("utf-8-sig")  # fmt: skip
    assert right.number in csv_text and wrong.number not in csv_text
