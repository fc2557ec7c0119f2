"""The information itself reaches the requester: the PPID gives documents with the notice (checked by content
and by the personal-data guard), and the requester downloads them from their private page, each download
recorded."""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from sinergi.conftest import client_for, make_member
from sinergi.ppid.models import DocumentDownload, InformationRequest, NoticeDocument, WrittenNotice


def pdf_with(text: str) -> SimpleUploadedFile:
    from weasyprint import HTML  # slow to import: only where a real PDF is needed

    return SimpleUploadedFile("rekap.pdf", HTML(string=f"<p>{text}</p>").write_pdf(), content_type="application/pdf")


@pytest.fixture
def ppid_dinkes(dinkes):
    return make_member("ppid.dinkes@demo.test", "Sri Wahyuni", agency=dinkes, role="ppid_pelaksana")


def answer(item, decision: str) -> InformationRequest:
    notice = WrittenNotice(held="held", decision=decision, material="Rekap penerima per kecamatan",
                           blacked_out="Nama dan NIK" if decision == "partly" else "",
                           exemption_ground="h" if decision != "granted" else "",
                           refusal_reason="Memuat data pribadi" if decision == "refused" else "")  # fmt: skip
    item.give_notice(notice, None)
    item.refresh_from_db()
    return item


def give(member, item, text: str, **fields):
    data = {"dokumen-upload": pdf_with(text), "dokumen-name": "Rekap bansos 2025", **fields}
    return client_for(member).post(reverse("ppid_office:give_document", args=[item.pk]), data, follow=True)


def test_the_requester_downloads_a_granted_document_and_each_download_is_recorded(item, ppid_dinkes):
    answer(item, "granted")
    page = give(ppid_dinkes, item, "Rekap penerima bantuan sosial per kecamatan tahun 2025: 1.204 keluarga.")
    assert "Dokumen sudah ada di halaman pemohon" in page.content.decode()
    document = NoticeDocument.objects.get()
    assert document.kind == "pdf" and len(document.sha256) == 64 and document.size > 0

    track = Client().get(item.get_tracking_url()).content.decode()
    assert "Rekap bansos 2025" in track
    response = Client().get(reverse("ppid:track_document", args=[item.tracking_token, document.pk]))
    assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF")
    assert "attachment" in response["Content-Disposition"] and "no-store" in response["Cache-Control"]
    assert DocumentDownload.objects.filter(document=document, by_requester=True).count() == 1
    office = client_for(ppid_dinkes).get(item.get_office_url()).content.decode()
    assert "diunduh pemohon 1 kali" in office


def test_a_document_with_personal_data_is_refused_unless_the_ppid_says_why(item, ppid_dinkes):
    answer(item, "granted")
    text = "Penerima: Budi Santoso, NIK 1410015708900003"
    page = give(ppid_dinkes, item, text).content.decode()
    assert "Dokumen memuat data pribadi" in page and not NoticeDocument.objects.exists()
    give(ppid_dinkes, item, text, **{"dokumen-personal_data_note": "Data pemohon sendiri"})
    assert NoticeDocument.objects.get().personal_data_note == "Data pemohon sendiri"


def test_a_partly_granted_request_gets_only_blacked_out_copies(item, ppid_dinkes):
    answer(item, "partly")
    assert "salinan yang dihitamkan" in give(ppid_dinkes, item, "Rekap per kecamatan").content.decode()
    give(ppid_dinkes, item, "Rekap per kecamatan", **{"dokumen-blacked_out": "on"})
    assert NoticeDocument.objects.get().blacked_out


def test_nothing_is_given_with_a_refusal_and_a_disguised_file_is_refused(item, ppid_dinkes):
    answer(item, "refused")
    give(ppid_dinkes, item, "Rekap")
    assert not NoticeDocument.objects.exists()
    WrittenNotice.objects.filter(request=item).update(decision="granted")
    fake = SimpleUploadedFile("rekap.pdf", b"MZ\x90\x00 not a pdf at all", content_type="application/pdf")
    page = client_for(ppid_dinkes).post(reverse("ppid_office:give_document", args=[item.pk]),
                                        {"dokumen-upload": fake, "dokumen-name": "X"}, follow=True)  # fmt: skip
    assert "Hanya gambar" in page.content.decode() and not NoticeDocument.objects.exists()


def test_the_requester_is_told_the_documents_are_ready_and_others_cannot_reach_them(item, ppid_dinkes, imigrasi):
    answer(item, "granted")
    give(ppid_dinkes, item, "Rekap penerima per kecamatan")
    mail.outbox.clear()
    client_for(ppid_dinkes).post(reverse("ppid_office:tell_documents", args=[item.pk]))
    assert [message.to for message in mail.outbox] == [["siti@contoh.test"]]
    assert "Rekap bansos 2025" in mail.outbox[0].body and item.get_tracking_url() in mail.outbox[0].body
    document = NoticeDocument.objects.get()
    other = make_member("ppid.imigrasi@demo.test", "Rudi", agency=imigrasi, role="ppid_pelaksana")
    assert client_for(other).get(reverse("ppid_office:document", args=[item.pk, document.pk])).status_code == 403
    assert Client().get(reverse("ppid:track_document", args=["bukan-token", document.pk])).status_code == 404
