"""A file is examined in a child process within a CPU, memory and time budget; whatever goes
wrong there comes back as a message for the form, never a 500 or a stuck worker."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from PIL import Image, ImageFile, PngImagePlugin

from sinergi.core import file_budget
from sinergi.core.tests import hostile_files

TOO_COMPLEX = "terlalu rumit untuk diperiksa"


@pytest.fixture(autouse=True)
def _small_budget(settings):
    settings.FILE_CHECK_CPU_SECONDS = 1
    settings.FILE_CHECK_MEMORY_MB = 128
    settings.LANGUAGE_CODE = "id"


def refusal(work, data: bytes = b"") -> str:
    with pytest.raises(ValidationError) as caught:
        file_budget.examine(work, data)
    return " ".join(caught.value.messages)


def spin(data: bytes) -> dict:
    while True:
        pass


def hoard(data: bytes) -> dict:
    return {"size": len(bytearray(1024 * 1024 * 1024))}


def count_pages(data: bytes) -> dict:
    return {"pages": len(file_budget.open_pdf(data).pages)}


def first_page_text(data: bytes) -> dict:
    return {"text": file_budget.open_pdf(data).pages[0].extract_text()}


def test_a_reader_that_never_ends_is_stopped_at_its_cpu_budget():
    assert TOO_COMPLEX in refusal(spin)


def test_a_reader_that_wants_more_memory_than_the_budget_is_stopped():
    assert TOO_COMPLEX in refusal(hoard)


def test_a_library_error_in_the_child_is_told_as_an_unreadable_file():
    assert "tidak dapat dibaca" in refusal(first_page_text, hostile_files.quick_limit_pdf())


def test_a_refusal_raised_by_the_reader_keeps_its_own_message():
    assert "dilindungi kata sandi" in refusal(count_pages, hostile_files.encrypted_pdf())


def test_a_pdf_locked_only_against_changes_opens_without_a_password():
    assert file_budget.examine(count_pages, hostile_files.encrypted_pdf(user_password="")) == {"pages": 1}


def test_what_the_child_found_comes_back_whole_bytes_and_all():
    blob = bytes(range(256)) * 8192  # 2 MB: more than a pipe holds at once

    def echo(data: bytes) -> dict:
        return {"first": data, "second": blob, "text": "é\nselesai", "count": 3, "none": None}

    assert file_budget.examine(echo, b"\x00\n{}") == {
        "first": b"\x00\n{}", "second": blob, "text": "é\nselesai", "count": 3, "none": None,
    }  # fmt: skip


def test_the_child_reads_images_under_pillows_strict_limits_whatever_the_parent_allows(monkeypatch):
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)  # as WeasyPrint leaves it
    monkeypatch.setattr(PngImagePlugin, "MAX_TEXT_CHUNK", 1 << 30)

    def decode(data: bytes) -> dict:
        import io

        with Image.open(io.BytesIO(data)) as image:
            image.load()
        return {"truncated_allowed": ImageFile.LOAD_TRUNCATED_IMAGES}

    assert file_budget.examine(decode, hostile_files.png()) == {"truncated_allowed": False}
    assert "tidak dapat dibaca" in refusal(decode, hostile_files.png_ztxt_bomb())
    assert "tidak dapat dibaca" in refusal(decode, hostile_files.png_iccp_bomb())


def test_rendering_a_pdf_leaves_pillows_limits_as_they_were_set():
    from sinergi.core.pdf import render_pdf

    render_pdf("ppid/register_pdf.html", {"title": "Uji", "header": ["Nomor"], "rows": [["1"]]})
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False
    assert PngImagePlugin.MAX_TEXT_CHUNK == file_budget.PNG_MAX_TEXT_CHUNK
    assert PngImagePlugin.MAX_TEXT_MEMORY == file_budget.PNG_MAX_TEXT_MEMORY
    assert Image.MAX_IMAGE_PIXELS == file_budget.IMAGE_MAX_PIXELS


@pytest.mark.parametrize("head, kind", [
    (b"%PDF-1.7\n", "pdf"), (b"PK\x03\x04\x14\x00", "zip"), (b"\xff\xd8\xff\xe0", "image"),
    (b"\x89PNG\r\n\x1a\n\x00", "image"), (b"GIF89a", "image"), (b"RIFF\x00\x00\x00\x00WEBP", "image"),
    (b"MZ\x90\x00", ""), (b"<svg xmlns=", ""), (b"", ""),
])  # fmt: skip
def test_the_kind_of_a_file_is_told_by_its_first_bytes(head, kind):
    assert file_budget.kind_by_magic(head) == kind


def test_a_server_that_cannot_start_a_child_says_it_is_busy_and_parses_nothing(monkeypatch):
    def no_more_processes():
        raise BlockingIOError(11, "Resource temporarily unavailable")

    # As under a process limit (which root, running these tests, would ignore).
    monkeypatch.setattr(file_budget.os, "fork", no_more_processes)
    started = file_budget.children_started
    assert "terlalu sibuk" in refusal(spin)
    assert file_budget.children_started == started
