"""An uploaded image or PDF is known by its content, never its name; images come out as web-sized
JPEGs and PDFs keep their text for the personal-data guard (see hostile_files for the bombs)."""

from __future__ import annotations

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from sinergi.core import uploads
from sinergi.core.tests import hostile_files


def png(width=3000, height=2000, mode="RGB", color=(20, 90, 140)) -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, (width, height), color).save(buffer, "PNG")
    return buffer.getvalue()


def pdf_with_text(text: str) -> bytes:
    """A one-page PDF whose text layer says `text`."""
    return hostile_files.pdf(f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode(), compress=False)


def prepare(name: str, data: bytes) -> dict:
    return uploads.prepare(SimpleUploadedFile(name, data))


def refusal(name: str, data: bytes) -> str:
    with pytest.raises(ValidationError) as caught:
        prepare(name, data)
    return " ".join(caught.value.messages)


def test_an_image_is_resized_for_the_web_and_re_encoded_as_jpeg(settings):
    prepared = prepare("foto.png", png())
    assert prepared["kind"] == uploads.UploadKind.IMAGE
    assert max(prepared["width"], prepared["height"]) == settings.IMAGE_MAX_PIXELS
    assert Image.open(prepared["content"]).format == "JPEG" and prepared["size"] == prepared["content"].size


def test_transparency_becomes_white_and_a_tall_infographic_keeps_its_width():
    prepared = prepare("infografis.png", png(1000, 3000, "RGBA", (0, 0, 0, 0)))
    assert (prepared["width"], prepared["height"]) == (1000, 3000)
    assert Image.open(prepared["content"]).getpixel((10, 10)) == (255, 255, 255)


def test_a_pdf_named_like_an_image_is_a_pdf_and_keeps_its_text():
    prepared = prepare("gambar.jpg", pdf_with_text("NIK 1410015708900003"))
    assert prepared["kind"] == uploads.UploadKind.PDF and "1410015708900003" in prepared["text"]


def test_a_program_named_like_a_photo_is_refused_by_its_first_bytes():
    assert "PDF" in refusal("foto.jpg", b"MZ\x90\x00 this is a program")


def test_an_oversized_file_is_refused_with_the_limit_before_it_is_read(settings):
    settings.ATTACHMENT_MAX_BYTES = 1000
    assert "1000" in refusal("besar.pdf", pdf_with_text("a" * 2000))


def test_an_image_too_large_to_decode_safely_is_refused_before_decoding():
    assert "megapiksel" in refusal("besar.png", png(7000, 7000, "1", 0))  # a small file, 49 megapixels
