"""A hostile file attached to a release is refused with a message within the check's budget, the
form kept as typed; Pillow stays strict after the process has rendered a PDF."""

from __future__ import annotations

import pytest
from PIL import ImageFile

from sinergi.conftest import client_for
from sinergi.core import file_budget
from sinergi.core.tests import hostile_files
from sinergi.releases.models import Attachment
from sinergi.releases.tests.factory import make_release
from sinergi.releases.tests.test_attachments import upload

TOO_COMPLEX = hostile_files.TOO_COMPLEX
HOSTILE = hostile_files.REFUSED_WITH


@pytest.fixture(autouse=True)
def _small_budget(settings):
    settings.FILE_CHECK_CPU_SECONDS = 1  # the bombs need many times this


@pytest.fixture
def draft(imigrasi, admin_imigrasi):
    return make_release(imigrasi, admin_imigrasi)


@pytest.mark.parametrize("name, build, message", HOSTILE, ids=[case[0] for case in HOSTILE])
def test_a_hostile_attachment_is_refused_with_a_message_and_the_form_kept(draft, admin_imigrasi, name, build, message):
    response = upload(client_for(admin_imigrasi), draft, name, build(), title="Lampiran uji", alt_text="Peta banjir")
    page = response.content.decode()
    assert response.status_code == 200 and message in page
    assert "Lampiran uji" in page and "Peta banjir" in page
    assert not Attachment.objects.exists()


def test_a_pdf_locked_only_against_changes_is_attached_with_its_text(draft, admin_imigrasi):
    response = upload(client_for(admin_imigrasi), draft, "surat.pdf", hostile_files.encrypted_pdf(user_password=""))
    assert response.status_code == 302 and Attachment.objects.get().text == "Rahasia"


def test_an_image_without_its_description_is_told_so_before_the_file_is_read(draft, admin_imigrasi):
    started = file_budget.children_started
    response = upload(client_for(admin_imigrasi), draft, "foto.png", hostile_files.png_ztxt_bomb())
    assert response.context["form"].errors["alt_text"] and "upload" not in response.context["form"].errors
    assert file_budget.children_started == started


def test_after_a_pdf_is_rendered_a_png_bomb_is_still_refused(draft, admin_imigrasi):
    from sinergi.core.pdf import render_pdf

    render_pdf("ppid/register_pdf.html", {"title": "Uji", "header": ["Nomor"], "rows": [["1"]]})  # imports WeasyPrint
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False
    response = upload(client_for(admin_imigrasi), draft, "ztxt.png", hostile_files.png_ztxt_bomb(), alt_text="Peta")
    assert "Gambar ini tidak dapat dibaca" in response.content.decode()
    assert not Attachment.objects.exists()


def test_a_long_pdf_whose_text_cannot_all_be_read_within_the_budget_is_refused(draft, admin_imigrasi, settings):
    settings.FILE_CHECK_CPU_SECONDS = 2  # each page is quick, all 150 are not
    response = upload(client_for(admin_imigrasi), draft, "laporan.pdf", hostile_files.long_report())
    assert "terlalu berat untuk diperiksa data pribadinya" in response.content.decode()  # the guard would miss pages
    assert not Attachment.objects.exists()
