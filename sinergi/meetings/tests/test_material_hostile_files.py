"""A hostile file offered to the library or with a progress note is refused with a message,
within the check's budget, and the form comes back as typed."""

from __future__ import annotations

import pytest
from django.urls import reverse

from sinergi.conftest import client_for
from sinergi.core import file_budget
from sinergi.core.tests import hostile_files
from sinergi.meetings.models import Material
from sinergi.meetings.tests.test_materials import form, upload

HOSTILE = [
    ("operator-bomb.pdf", hostile_files.text_operator_bomb, "Berkas ini terlalu rumit untuk diperiksa"),
    ("aes.pdf", hostile_files.encrypted_pdf, "PDF ini dilindungi kata sandi"),
    ("ztxt.png", hostile_files.png_ztxt_bomb, "Gambar ini tidak dapat dibaca"),
    ("iccp.png", hostile_files.png_iccp_bomb, "Gambar ini tidak dapat dibaca"),
    ("pixels.png", hostile_files.pixel_bomb_png, "Gambar ini terlalu besar"),
]


@pytest.fixture(autouse=True)
def _small_budget(settings):
    settings.FILE_CHECK_CPU_SECONDS = 1  # the bombs need many times this


@pytest.mark.parametrize("name, build, message", HOSTILE, ids=[case[0] for case in HOSTILE])
def test_a_hostile_material_is_refused_with_a_message_and_the_form_kept(forum, moderator, name, build, message):
    response = client_for(moderator).post(reverse("meetings:material_upload"), form(upload(name, build())))
    page = response.content.decode()
    assert response.status_code == 200 and message in page
    assert "Materi coffee morning" in page
    assert not Material.objects.exists()


def test_a_pdf_locked_only_against_changes_is_kept_with_its_text(forum, moderator):
    data = hostile_files.encrypted_pdf(user_password="")
    response = client_for(moderator).post(reverse("meetings:material_upload"), form(upload("materi.pdf", data)))
    assert response.status_code == 302 and Material.objects.get().text == "Rahasia"


def test_a_material_without_a_title_is_told_so_before_its_file_is_read(forum, moderator):
    started = file_budget.children_started
    bomb = upload("materi.pdf", hostile_files.text_operator_bomb())
    response = client_for(moderator).post(reverse("meetings:material_upload"), form(bomb, title=" "))
    assert response.context["form"].errors["title"] and "file" not in response.context["form"].errors
    assert file_budget.children_started == started


def test_a_long_pdf_is_kept_with_the_text_read_within_the_budget(forum, moderator, settings):
    settings.FILE_CHECK_CPU_SECONDS = 2  # each page is quick, all 150 are not
    data = hostile_files.long_report()
    response = client_for(moderator).post(reverse("meetings:material_upload"), form(upload("laporan.pdf", data)))
    assert response.status_code == 302
    material = Material.objects.get()
    assert 0 < material.text.count("laporan") < 150 and material.size == len(data)  # the file whole, its text partly
