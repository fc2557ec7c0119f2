"""The ID scan on the public request form: a hostile file is refused with a message and the
form comes back as typed; a robot, a flood or a half-filled form has its file never parsed."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from sinergi.core import file_budget
from sinergi.core.tests import hostile_files
from sinergi.ppid.models import InformationRequest
from sinergi.ppid.tests.test_request_form import form

TOO_COMPLEX = hostile_files.TOO_COMPLEX
HOSTILE = hostile_files.REFUSED_WITH


@pytest.fixture(autouse=True)
def _small_budget(settings):
    settings.FILE_CHECK_CPU_SECONDS = 1  # the bombs need many times this


@pytest.fixture
def client(forum):
    return Client(REMOTE_ADDR="10.0.0.9")


def scan(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


@pytest.mark.parametrize("name, build, message", HOSTILE, ids=[case[0] for case in HOSTILE])
def test_a_hostile_id_scan_is_refused_with_a_message_and_the_form_kept(client, name, build, message):
    response = client.post("/permohonan-informasi/", form(id_upload=scan(name, build())))
    page = response.content.decode()
    assert response.status_code == 200 and message in page
    assert "Siti Aminah" in page and "Daftar penerima bantuan sosial" in page  # nothing typed is lost
    assert not InformationRequest.objects.exists()


def test_a_pdf_locked_only_against_changes_is_accepted(client):
    response = client.post("/permohonan-informasi/", form(id_upload=scan("ktp.pdf", hostile_files.encrypted_pdf(""))))
    assert response.status_code == 302 and InformationRequest.objects.get().id_document


def test_a_robot_filling_the_hidden_field_has_its_file_never_parsed(client):
    started = file_budget.children_started
    response = client.post("/permohonan-informasi/", form(website="http://spam.example",
                                                          id_upload=scan("ktp.pdf", hostile_files.token_limit_bomb())))  # fmt: skip
    assert response.status_code == 200 and "Formulir ini tidak dapat dikirim" in response.content.decode()
    assert file_budget.children_started == started
    assert not InformationRequest.objects.exists()


def test_a_connection_over_its_hourly_limit_has_its_file_never_parsed(client, settings):
    settings.PPID_REQUESTS_PER_HOUR = 1
    assert client.post("/permohonan-informasi/", form()).status_code == 302
    started = file_budget.children_started
    response = client.post("/permohonan-informasi/", form(id_upload=scan("ktp.pdf", hostile_files.token_limit_bomb())))
    assert response.status_code == 200 and "Terlalu banyak permohonan" in response.content.decode()
    assert file_budget.children_started == started
    assert InformationRequest.objects.count() == 1


def test_a_half_filled_form_is_told_its_gaps_before_its_file_is_read(client):
    started = file_budget.children_started
    bomb = scan("ktp.pdf", hostile_files.token_limit_bomb())
    response = client.post("/permohonan-informasi/", form(email="", id_upload=bomb))
    assert "email" in response.context["form"].errors and "id_upload" not in response.context["form"].errors
    assert file_budget.children_started == started


def test_a_file_that_is_neither_image_nor_pdf_is_refused_by_its_first_bytes_without_parsing(client):
    started = file_budget.children_started
    response = client.post("/permohonan-informasi/", form(id_upload=scan("ktp.png", b"<svg onload=alert(1)>")))
    assert "Hanya gambar (JPEG, PNG, WebP, GIF) dan dokumen PDF" in response.content.decode()
    assert file_budget.children_started == started
