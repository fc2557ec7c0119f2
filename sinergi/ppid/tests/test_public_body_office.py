"""The public bodies in the PPID office: the forum's PPID utama adds a body and says who acts for it; the
body's own PPID keeps its letterhead and signatures, which its letters then carry."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from pypdf import PdfReader

from sinergi.conftest import client_for, make_agency, make_member
from sinergi.ppid.models import InformationRequest, PublicBody, WrittenNotice
from sinergi.ppid.tests.test_letters import text_of

LIST = reverse("ppid_bodies:list")
NEW = reverse("ppid_bodies:create")


def png(colour: str = "navy") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (240, 80), colour).save(buffer, "PNG")
    return SimpleUploadedFile("gambar.png", buffer.getvalue(), content_type="image/png")


def fields(body: PublicBody | None = None, **changes) -> dict:
    """The form as the browser posts it: every field of `body` (or a new Kejari), with `changes`."""
    base = {"name": "Kejaksaan Negeri Kepulauan Meranti", "code": "kejari-mrt", "kind": "vertikal",
            "description": "perkara pidana", "address": "Jl. Dorak, Selatpanjang", "phone": "", "email": "",
            "website": "", "place": "Selatpanjang", "number_pattern": "{no}/PPID/{kode}/{tahun}",
            "letter_pattern": "{no}/PPID-{kode}/{bulan}/{tahun}", "ppid_position": "", "ppid_nip": "",
            "atasan_position": "", "atasan_nip": ""}  # fmt: skip
    if body is not None:
        base.update({name: getattr(body, name) for name in base})
        base.update(ppid_head=body.ppid_head_id or "", atasan=body.atasan_id or "")
    return {**base, **changes}


@pytest.fixture
def utama(forum):
    return make_member("ppid.utama@demo.test", "Bambang", forum_role="ppid_utama", forum=forum)


@pytest.fixture
def kejari_agency(forum):
    return make_agency(forum, "kejari", "Kejaksaan Negeri Kepulauan Meranti", "vertikal")


def test_the_ppid_utama_adds_a_body_with_its_people_and_units(forum, utama, kejari_agency, dinkes):
    head = make_member("ppid.kejari@demo.test", "Andi", agency=kejari_agency, role="ppid_pelaksana")
    kajari = make_member("kajari@demo.test", "Ratna Dewi", agency=kejari_agency, role="pimpinan")
    client = client_for(utama)
    response = client.post(NEW, fields(ppid_head=head.pk, atasan=kajari.pk, units=[kejari_agency.pk]))
    assert response.status_code == 302
    body = PublicBody.objects.get(code="KEJARI-MRT")  # codes are kept in capitals
    assert (body.ppid_head, body.atasan, list(body.units())) == (head, kajari, [kejari_agency])
    assert dinkes not in body.units() and kejari_agency not in PublicBody.objects.main(forum).units()

    again = client.post(NEW, fields(name="Lain", code="Kejari-MRT"))
    assert "Badan publik lain di forum ini sudah memakai kode ini." in again.content.decode()
    spaced = client.post(NEW, fields(name="Lain", code="KEJARI MRT"))
    assert "code" in spaced.context["form"].errors
    page = client.get(LIST).content.decode()
    assert "Kejaksaan Negeri Kepulauan Meranti" in page and "Ratna Dewi" in page


def test_a_bodys_own_ppid_keeps_its_letterhead_but_not_who_acts_for_it(forum, utama, kejari_agency):
    head = make_member("ppid.kejari@demo.test", "Andi", agency=kejari_agency, role="ppid_pelaksana")
    client_for(utama).post(NEW, fields(ppid_head=head.pk, units=[kejari_agency.pk]))
    body = PublicBody.objects.get(code="KEJARI-MRT")
    edit = reverse("ppid_bodies:edit", args=[body.pk])
    stranger = make_member("orang@demo.test", "Orang", agency=kejari_agency, role="humas")
    assert client_for(stranger).post(edit, fields(body, place="Tebing Tinggi")).status_code == 403
    assert client_for(head).get(NEW).status_code == 403  # adding bodies is the forum's business

    changed = fields(body, address="Jl. Baru 1, Selatpanjang", ppid_head=utama.pk, units=[])
    assert client_for(head).post(edit, changed).status_code == 302
    body.refresh_from_db()
    assert body.address == "Jl. Baru 1, Selatpanjang"
    assert body.ppid_head == head and list(body.units()) == [kejari_agency]  # those fields are not theirs

    not_an_image = SimpleUploadedFile("ttd.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")
    refused = client_for(head).post(edit, {**fields(body), "ppid_signature_upload": not_an_image})
    assert "ppid_signature_upload" in refused.context["form"].errors and not PublicBody.objects.get(pk=body.pk).ppid_signature


def test_the_letters_carry_the_bodys_logo_and_its_ppids_signature(forum, utama, item):
    main = PublicBody.objects.main(forum)
    main.ppid_head = utama
    main.save()
    edit = reverse("ppid_bodies:edit", args=[main.pk])
    posted = {**fields(main, ppid_position="PPID Utama Kabupaten Kepulauan Meranti", ppid_nip="198001012005011002"),
              "logo_upload": png("green"), "ppid_signature_upload": png("navy")}  # fmt: skip
    assert client_for(utama).post(edit, posted).status_code == 302
    main.refresh_from_db()
    assert main.logo and main.ppid_signature

    item = InformationRequest.objects.get(pk=item.pk)  # as the office reads it, after the body changed
    item.give_notice(WrittenNotice(held="held", decision="granted", material="Rekap penerima"), None)
    item.refresh_from_db()
    data = item.notice.pdf.open("rb").read()
    assert len(PdfReader(io.BytesIO(data)).pages[0].images) == 2  # the logo in the kop, the signature
    text = text_of(data)
    assert "Bambang" in text and "NIP 198001012005011002" in text

    removed = {**fields(main), "remove_images": ["ppid_signature"]}
    assert client_for(utama).post(edit, removed).status_code == 302
    main.refresh_from_db()
    assert main.logo and not main.ppid_signature
