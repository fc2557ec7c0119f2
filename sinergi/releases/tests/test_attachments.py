"""Attachments of a release: checked and resized by `core.uploads` (tested there), described, and
attached only by the release's own agency."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from sinergi.conftest import client_for
from sinergi.core.tests import hostile_files
from sinergi.releases.models import Attachment
from sinergi.releases.tests.factory import make_release


def png(width=3000, height=2000) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (20, 90, 140)).save(buffer, "PNG")
    return buffer.getvalue()


def pdf_with_text(text: str) -> bytes:
    """A one-page PDF whose text layer says `text`."""
    return hostile_files.pdf(f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode(), compress=False)


@pytest.fixture
def draft(imigrasi, admin_imigrasi):
    return make_release(imigrasi, admin_imigrasi)


def upload(client, release, name, content, **fields):
    data = {"title": "", "alt_text": "", "kip_class": "setiap_saat", **fields,
            "upload": SimpleUploadedFile(name, content)}  # fmt: skip
    return client.post(reverse("releases:attach", args=[release.pk]), data)


def test_an_image_is_resized_for_the_web_and_kept_with_its_description(draft, admin_imigrasi, settings):
    response = upload(client_for(admin_imigrasi), draft, "foto.png", png(), alt_text="Petugas melayani pemohon paspor")
    assert response.status_code == 302
    attachment = Attachment.objects.get()
    assert attachment.kind == "image" and max(attachment.width, attachment.height) == settings.IMAGE_MAX_PIXELS
    assert Image.open(attachment.file.path).format == "JPEG"


def test_an_image_without_alt_text_is_refused(draft, admin_imigrasi):
    response = upload(client_for(admin_imigrasi), draft, "foto.png", png(20, 20))
    assert "Jelaskan isi gambar" in response.content.decode() or response.context["form"].errors["alt_text"]
    assert not Attachment.objects.exists()




def test_a_pdf_keeps_its_text_for_the_personal_data_guard(draft, admin_imigrasi):
    upload(client_for(admin_imigrasi), draft, "surat.pdf", pdf_with_text("NIK 1410015708900003"))
    assert "1410015708900003" in Attachment.objects.get().text



def test_another_agency_cannot_attach(draft, admin_dinkes):
    assert upload(client_for(admin_dinkes), draft, "foto.png", png(10, 10), alt_text="x").status_code == 403
