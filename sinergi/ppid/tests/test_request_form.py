"""Anyone may request public information without an account and gets a number at once."""

from __future__ import annotations

import datetime as dt
import io

import pytest
import time_machine
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from sinergi.ppid.models import InformationRequest, LocalDayOff

NIK = "1410015708900003"
MONDAY_MORNING = dt.datetime(2026, 3, 2, 2, 0, tzinfo=dt.UTC)  # 09.00 WIB


def ktp() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (200, 120), (200, 200, 255)).save(buffer, "PNG")
    return SimpleUploadedFile("ktp.png", buffer.getvalue())


def form(**changes) -> dict:
    data = {
        "requester_type": "perorangan", "name": "Siti Aminah", "id_number": NIK, "address": "Jl. Merdeka 1, Selatpanjang",
        "occupation": "Wartawan", "phone": "", "email": "siti@contoh.test", "agency": "",
        "subject": "Daftar penerima bantuan sosial tahun 2025 per kecamatan", "purpose": "Liputan",
        "access": "salinan", "form": "softcopy", "delivery": "email", "website": "",
        "id_upload": ktp(),
    }  # fmt: skip
    return {**data, **changes}


@pytest.fixture
def client(forum):
    return Client(REMOTE_ADDR="10.0.0.7")


@time_machine.travel(MONDAY_MORNING, tick=False)
def test_a_request_gets_its_number_and_private_tracking_link_at_once(client, forum):
    response = client.post("/permohonan-informasi/", form(), follow=True)
    item = InformationRequest.objects.get()
    assert item.number == "0001/PPID/MERANTI/2026"
    page = response.content.decode()
    assert "0001/PPID/MERANTI/2026" in page and "Senin, 16 Maret 2026" in page  # 10 working days
    assert NIK not in page and "Jl. Merdeka" not in page
    assert response.redirect_chain[0][0].startswith(item.get_tracking_url())
    assert mail.outbox[0].to == ["siti@contoh.test"] and item.get_tracking_url() in mail.outbox[0].body
    assert item.id_document and item.consent_at is None  # the lawful basis is the law, not consent


def test_numbers_follow_each_other_and_start_again_each_year(forum):
    with time_machine.travel(dt.datetime(2025, 12, 31, 3, 0, tzinfo=dt.UTC)):
        first = Client(REMOTE_ADDR="10.0.0.1").post("/permohonan-informasi/", form())
        second = Client(REMOTE_ADDR="10.0.0.2").post("/permohonan-informasi/", form())
    with time_machine.travel(dt.datetime(2026, 1, 2, 3, 0, tzinfo=dt.UTC)):
        Client(REMOTE_ADDR="10.0.0.3").post("/permohonan-informasi/", form())
    assert first.status_code == second.status_code == 302
    assert sorted(InformationRequest.objects.values_list("number", flat=True)) == [
        "0001/PPID/MERANTI/2025", "0001/PPID/MERANTI/2026", "0002/PPID/MERANTI/2025",
    ]  # fmt: skip


def test_a_robot_filling_the_hidden_field_is_refused(client):
    response = client.post("/permohonan-informasi/", form(website="http://spam.example"))
    assert response.status_code == 200 and not InformationRequest.objects.exists()


def test_one_connection_is_limited_per_hour(client, settings):
    settings.PPID_REQUESTS_PER_HOUR = 2
    for _ in range(2):
        assert client.post("/permohonan-informasi/", form()).status_code == 302
    response = client.post("/permohonan-informasi/", form())
    assert "Terlalu banyak permohonan" in response.content.decode()
    assert InformationRequest.objects.count() == 2


def test_missing_contact_or_a_disguised_id_file_are_refused_clearly(client):
    response = client.post("/permohonan-informasi/", form(email=""))
    errors = response.context["form"].errors
    assert set(errors) >= {"email"}
    response = client.post("/permohonan-informasi/", form(id_upload=SimpleUploadedFile("ktp.jpg", b"MZ program")))
    assert "id_upload" in response.context["form"].errors
    assert not InformationRequest.objects.exists()


@time_machine.travel(MONDAY_MORNING, tick=False)
def test_a_day_off_added_later_moves_the_deadline_shown_to_the_requester(client, forum):
    client.post("/permohonan-informasi/", form())
    item = InformationRequest.objects.get()
    LocalDayOff.objects.create(forum=forum, date=dt.date(2026, 3, 9), name="Hari libur daerah (contoh)")
    page = Client().get(item.get_tracking_url()).content.decode()
    assert "Selasa, 17 Maret 2026" in page


def test_an_unknown_tracking_link_is_not_found(forum):
    assert Client().get("/permohonan-informasi/lacak/tidak-ada/").status_code == 404
