"""The maklumat pelayanan: six required elements, written by the PPID utama, read by everyone."""

from __future__ import annotations

from django.test import Client

from sinergi.conftest import client_for, make_member
from sinergi.ppid.models import ServiceCharter

CHARTER = {
    "legal_basis": "UU 14/2008 dan Perki 1/2021.", "procedure": "Ajukan permohonan di situs ini atau langsung.",
    "time_frame": "Pemberitahuan tertulis paling lambat 10 hari kerja.", "fee": "Tanpa biaya; salinan sesuai biaya nyata.",
    "guarantee": "Kami melayani dengan setara, termasuk penyandang disabilitas.", "evaluation": "Survei kepuasan tiap tahun.",
}  # fmt: skip


def test_the_ppid_utama_publishes_the_charter_and_everyone_reads_its_six_elements(forum):
    utama = make_member("ppid.utama@demo.test", "Bambang", forum_role="ppid_utama", forum=forum)
    assert client_for(utama).post("/maklumat-pelayanan/", CHARTER).status_code == 302
    page = Client().get("/maklumat-pelayanan/").content.decode()
    for heading in ("Dasar hukum", "Prosedur", "Jangka waktu", "Biaya", "Jaminan pelayanan", "Evaluasi kinerja"):
        assert f"<h2>{heading}</h2>" in page, heading
    assert "penyandang disabilitas" in page


def test_every_element_is_required(forum):
    utama = make_member("ppid.utama@demo.test", "Bambang", forum_role="ppid_utama", forum=forum)
    response = client_for(utama).post("/maklumat-pelayanan/", {**CHARTER, "fee": ""})
    assert "fee" in response.context["form"].errors and not ServiceCharter.objects.exists()


def test_others_cannot_change_it(forum, moderator):
    assert client_for(moderator).post("/maklumat-pelayanan/", CHARTER).status_code == 403
    assert Client().post("/maklumat-pelayanan/", CHARTER).status_code == 403
    assert not ServiceCharter.objects.exists()
