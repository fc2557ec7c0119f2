"""Speakers' slides and documents: checked by their content, read for the search, kept in the
forum's library, and handed only to members, always as a download."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from PIL import Image

from sinergi.conftest import client_for
from sinergi.core import search
from sinergi.meetings import materials
from sinergi.meetings.models import Material, Speaker
from sinergi.meetings.tests.factory import make_meeting

PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"


def pdf_bytes(text: str) -> bytes:
    """A one-page PDF with one line of text."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def office_bytes(parts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def slide(text: str) -> str:
    return f'<p:sld xmlns:a="a" xmlns:p="p"><p:txBody><a:p><a:r><a:t>{text}</a:t></a:r></a:p></p:txBody></p:sld>'


def pptx_bytes() -> bytes:
    return office_bytes({
        "[Content_Types].xml": "<Types/>", "ppt/presentation.xml": "<p:presentation/>",
        "ppt/slides/slide1.xml": slide("Menulis rilis yang dimuat media"),
        "ppt/slides/slide10.xml": slide("Terima kasih"),
        "ppt/slides/slide2.xml": slide("Judul, teras &amp; tubuh berita"),
    })  # fmt: skip


def docx_bytes() -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in ("Daftar informasi publik", "Dikecualikan"))
    return office_bytes({"[Content_Types].xml": "<Types/>", "word/document.xml": f"<w:document>{body}</w:document>"})


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (11, 79, 108)).save(buffer, "PNG")
    return buffer.getvalue()


def upload(name: str, data: bytes, content_type: str = "application/octet-stream") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type=content_type)


def form(file, **changes) -> dict:
    return {"title": "Menulis rilis", "topic": "Media relations", "description": "Materi coffee morning",
            "file": file, **changes}  # fmt: skip


@pytest.fixture
def meeting(forum, imigrasi):
    return make_meeting(forum, [imigrasi], title="Coffee morning Maret")


@pytest.fixture
def speaker(meeting):
    return Speaker.objects.create(meeting=meeting, name="Zulkifli Amri", organisation="PWI Kepulauan Meranti",
                                  topic="Menulis rilis yang dimuat media")  # fmt: skip


def meeting_upload(meeting) -> str:
    return reverse("meetings:meeting_material_upload", args=[meeting.pk])


def test_a_speakers_slides_are_attached_to_the_meeting_with_their_text(meeting, speaker, humas_imigrasi):
    response = client_for(humas_imigrasi).post(meeting_upload(meeting),
                                               form(upload("rilis final (2).pptx", pptx_bytes()), speaker=speaker.pk))  # fmt: skip
    assert response.status_code == 302 and response.url == meeting.get_absolute_url() + "#materi"
    material = Material.objects.get()
    assert (material.forum, material.meeting, material.speaker, material.uploaded_by) == (
        meeting.forum, meeting, speaker, humas_imigrasi,
    )  # fmt: skip
    assert (material.content_type, material.file_name) == (PPTX, "rilis-final-2.pptx")
    slides = [line for line in material.text.splitlines() if line]  # in slide order: 2 before 10
    assert slides == ["Menulis rilis yang dimuat media", "Judul, teras & tubuh berita", "Terima kasih"]
    assert "rilis" not in material.file.name  # stored under a random key, never the name given
    page = client_for(humas_imigrasi).get(meeting.get_absolute_url()).content.decode()
    assert "Menulis rilis" in page and reverse("meetings:material_download", args=[material.pk]) in page


def test_a_pdf_is_read_for_the_library_search(forum, moderator, admin_dinkes):
    data = pdf_bytes("Keterbukaan informasi publik di badan publik daerah")
    response = client_for(moderator).post(reverse("meetings:material_upload"),
                                          form(upload("kip.pdf", data), title="Materi KIP", topic="KIP"))  # fmt: skip
    assert response.status_code == 302 and response.url == reverse("meetings:library")
    material = Material.objects.get()
    assert material.meeting is None and material.content_type == "application/pdf"
    assert "Keterbukaan informasi publik" in material.text
    # Stemmed: "terbuka" finds "keterbukaan".
    found = client_for(admin_dinkes).get(reverse("meetings:library"), {"q": "terbuka"})
    assert [m for m, _ in found.context["items"]] == [material]
    assert "<mark>" in found.content.decode()
    assert client_for(admin_dinkes).get(reverse("meetings:library"), {"q": "anggaran"}).context["items"] == []


def test_word_documents_and_images_are_accepted(forum, moderator):
    docx = materials.check(upload("dip.docx", docx_bytes()))
    assert docx.extension == "docx" and docx.text.split("\n") == ["Daftar informasi publik", "Dikecualikan"]
    image = materials.check(upload("papan tulis.jpg", png_bytes()))
    assert (image.content_type, image.extension, image.text) == ("image/png", "png", "")
    assert materials.download_name("papan tulis.jpg", image.extension) == "papan-tulis.png"


@pytest.mark.parametrize(
    "data",
    [
        b"MZ\x90\x00 not a document",  # a program renamed .pdf
        b"just text",
        office_bytes({"ppt/presentation.xml": "<p/>"}),  # a zip without [Content_Types].xml
        office_bytes({"[Content_Types].xml": "<Types/>", "payload.bin": "x"}),  # no document inside
        b"%PDF-1.4 not really a PDF",
    ],
)
def test_a_file_is_judged_by_its_content_and_a_wrong_one_refused(forum, moderator, data):
    response = client_for(moderator).post(reverse("meetings:material_upload"),
                                          form(upload("slides.pdf", data, "application/pdf")))  # fmt: skip
    assert response.status_code == 200 and response.context["form"].errors["file"]
    assert "Materi coffee morning" in response.content.decode()  # the text typed is kept
    assert not Material.objects.exists()


def test_a_zip_bomb_dressed_as_slides_is_refused(forum):
    bomb = office_bytes({"[Content_Types].xml": "<Types/>", "ppt/presentation.xml": "<p/>",
                         "ppt/slides/slide1.xml": "<a:t>" + " " * 5_000_000 + "</a:t>"})  # fmt: skip
    with pytest.raises(ValidationError):
        materials.check(upload("bom.pptx", bomb))


def test_a_file_over_the_limit_is_refused(forum, moderator, monkeypatch):
    monkeypatch.setattr(materials, "MAX_BYTES", 1000)
    response = client_for(moderator).post(reverse("meetings:material_upload"),
                                          form(upload("besar.pdf", pdf_bytes("x" * 2000))))  # fmt: skip
    assert response.context["form"].errors["file"] and not Material.objects.exists()


def test_a_title_and_topic_are_required_and_the_text_kept(forum, moderator):
    response = client_for(moderator).post(reverse("meetings:material_upload"),
                                          form(upload("kip.pdf", pdf_bytes("KIP")), title=" ", topic=""))  # fmt: skip
    errors = response.context["form"].errors
    assert response.status_code == 200 and set(errors) == {"title", "topic"}
    assert "Materi coffee morning" in response.content.decode()
    assert not Material.objects.exists() and not default_storage.exists("meetings/materials")


def test_a_speaker_of_another_meeting_cannot_be_named(forum, meeting, speaker, moderator):
    other = make_meeting(forum)
    response = client_for(moderator).post(
        meeting_upload(other), form(upload("a.pdf", pdf_bytes("a")), speaker=speaker.pk)
    )
    assert response.context["form"].errors["speaker"] and not Material.objects.exists()


def test_only_those_who_run_the_meeting_add_to_it_and_only_the_secretariat_to_the_library(
    meeting, admin_dinkes, humas_imigrasi, outsider
):
    file = pdf_bytes("materi")
    assert client_for(admin_dinkes).post(meeting_upload(meeting), form(upload("a.pdf", file))).status_code == 403
    assert client_for(outsider).get(reverse("meetings:library")).status_code == 403
    library_upload = reverse("meetings:material_upload")
    assert client_for(humas_imigrasi).post(library_upload, form(upload("a.pdf", file))).status_code == 403
    assert not Material.objects.exists()


def test_files_are_sent_to_members_only_and_always_as_a_download(forum, moderator, admin_dinkes, outsider):
    data = pdf_bytes("Materi")
    client_for(moderator).post(reverse("meetings:material_upload"), form(upload("Materi KIP.pdf", data)))
    address = reverse("meetings:material_download", args=[Material.objects.get().pk])
    response = client_for(admin_dinkes).get(address)
    assert response.status_code == 200 and b"".join(response.streaming_content) == data
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="Materi-KIP.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff" and response["Cache-Control"] == "private, no-store"
    assert client_for(outsider).get(address).status_code == 403
    assert Client().get(address).status_code == 302


def test_the_library_is_newest_first_by_topic_with_meeting_and_speaker(
    forum, meeting, speaker, moderator, admin_dinkes
):
    client = client_for(moderator)
    client.post(meeting_upload(meeting), form(upload("a.pdf", pdf_bytes("rilis")), speaker=speaker.pk))
    client.post(reverse("meetings:material_upload"), form(upload("b.pdf", pdf_bytes("dip")), title="DIP", topic="KIP"))
    client.post(
        reverse("meetings:material_upload"), form(upload("c.pdf", pdf_bytes("ppid")), title="PPID", topic="kip")
    )
    page = client_for(admin_dinkes).get(reverse("meetings:library"))
    assert [m.title for m, _ in page.context["items"]] == ["PPID", "DIP", "Menulis rilis"]
    assert page.context["topics"] == ["KIP", "Media relations"]  # each topic once, whatever its case
    html = page.content.decode()
    assert "Coffee morning Maret" in html and "Zulkifli Amri" in html
    kip = client_for(admin_dinkes).get(reverse("meetings:library"), {"topik": "KIP"})
    assert [m.title for m, _ in kip.context["items"]] == ["PPID", "DIP"]
    # Words and topic together; the topic and the speaker are searched too.
    both = client_for(admin_dinkes).get(reverse("meetings:library"), {"q": "dip", "topik": "kip"})
    assert [m.title for m, _ in both.context["items"]] == ["DIP"]
    by_speaker = client_for(admin_dinkes).get(reverse("meetings:library"), {"q": "zulkifli"})
    assert [m.title for m, _ in by_speaker.context["items"]] == ["Menulis rilis"]


def test_removing_a_material_takes_its_file_and_search_entry_away(forum, meeting, moderator, admin_dinkes):
    client_for(moderator).post(meeting_upload(meeting), form(upload("a.pdf", pdf_bytes("anggaran"))))
    material = Material.objects.get()
    stored = material.file.name
    assert default_storage.exists(stored)
    remove = reverse("meetings:material_delete", args=[material.pk])
    assert client_for(admin_dinkes).post(remove).status_code == 403
    assert client_for(moderator).post(remove).url == meeting.get_absolute_url() + "#materi"
    assert not Material.objects.exists() and not default_storage.exists(stored)
    assert search.search(materials.search_kind(forum.pk), "anggaran").total == 0
