"""In Debian's Chromium, on a phone: a citizen asks the Kejari (its own public body) for information, the
Kejari's PPID answers with a letter on the Kejari's letterhead and gives the document, and the citizen
downloads it from their private page."""

from __future__ import annotations

import io

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from sinergi.conftest import sign_in
from sinergi.ppid.models import InformationRequest, NoticeDocument
from sinergi.ppid.tests.test_browser import _commits, accessibility_problems, field, fill_request  # noqa: F401
from sinergi.ppid.tests.test_public_body import kejari  # noqa: F401  (a fixture)

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True}


def pdf_bytes() -> bytes:
    from weasyprint import HTML  # slow to import: only where a real PDF is needed

    return HTML(string="<p>Statistik perkara tindak pidana umum yang dilimpahkan ke pengadilan tahun 2025.</p>").write_pdf()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("national_rules")
def test_from_the_public_form_to_the_kejari_and_the_requesters_download(browser, live_server, forum, kejari):  # noqa: F811
    base = live_server.url
    public = browser.new_context(**PHONE).new_page()
    public.set_default_timeout(10_000)
    public.goto(base + "/permohonan-informasi/")
    field(public, "Badan publik yang dimintai informasi").select_option(label="Kejaksaan Negeri Kepulauan Meranti")
    fill_request(public, "Statistik perkara pidana umum yang dilimpahkan tahun 2025", "Penelitian skripsi")
    public.get_by_role("button", name="Kirim permohonan").click()
    expect(public.get_by_role("status")).to_contain_text("/PPID-KEJARI-MRT/")
    tracking = public.url
    item = InformationRequest.objects.get()
    assert item.public_body == kejari

    ppid = browser.new_context(**PHONE).new_page()
    ppid.set_default_timeout(10_000)
    sign_in(ppid, base, kejari.ppid_head.email)
    ppid.goto(base + f"/ruang-kerja/ppid/permohonan/{item.pk}/")
    expect(ppid.locator("main")).to_contain_text("Kejaksaan Negeri Kepulauan Meranti")
    ppid.get_by_role("link", name="Tulis pemberitahuan tertulis").click()
    field(ppid, "Keputusan").select_option("granted")
    field(ppid, "Bahan yang diberikan").fill("Tabel statistik perkara pidana umum 2025 (PDF).")
    ppid.get_by_role("button", name="Terbitkan pemberitahuan tertulis").click()
    expect(ppid.get_by_role("status")).to_contain_text("Pemberitahuan tertulis sudah diterbitkan")
    field(ppid, "Dokumen (PDF, gambar, CSV, atau XLSX)").set_input_files(
        {"name": "statistik.pdf", "mimeType": "application/pdf", "buffer": pdf_bytes()}
    )
    field(ppid, "Nama yang dilihat pemohon").fill("Statistik perkara pidana umum 2025")
    ppid.get_by_role("button", name="Tambahkan dokumen").click()
    expect(ppid.get_by_role("status")).to_contain_text("Dokumen sudah ada di halaman pemohon")
    assert ppid.evaluate("document.documentElement.scrollWidth") <= 390

    public.goto(tracking)
    expect(public.locator("#dokumen")).to_contain_text("Statistik perkara pidana umum 2025")
    assert accessibility_problems(public) == []
    assert public.evaluate("document.documentElement.scrollWidth") <= 390
    with public.expect_download() as download:
        public.get_by_role("link", name="Statistik perkara pidana umum 2025").click()
    assert download.value.suggested_filename.endswith(".pdf")
    document = NoticeDocument.objects.get()
    assert document.downloads.filter(by_requester=True).count() == 1
    notice = public.request.get(base + item.get_tracking_url() + "pemberitahuan.pdf")
    text = " ".join(PdfReader(io.BytesIO(notice.body())).pages[0].extract_text().split())
    assert "KEJAKSAAN NEGERI KEPULAUAN MERANTI" in text and "Forum Kehumasan" not in text  # the body's letterhead


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_kejaris_ppid_keeps_its_letterhead_and_the_public_finds_its_dip(browser, live_server, forum, kejari):  # noqa: F811
    from sinergi.ppid.tests.test_public_body_office import png

    base = live_server.url
    ppid = browser.new_context(**PHONE).new_page()
    ppid.set_default_timeout(10_000)
    sign_in(ppid, base, kejari.ppid_head.email)
    ppid.goto(base + "/ruang-kerja/ppid/badan-publik/")
    expect(ppid.locator("main")).to_contain_text("Surat tercetak dengan bagian kosong")  # no address yet
    ppid.get_by_role("link", name="Ubah").click()
    field(ppid, "Alamat").fill("Jl. Dorak No. 1, Selatpanjang")
    field(ppid, "NIP PPID").fill("198501012010011001")
    signature = png()
    field(ppid, "Gambar tanda tangan PPID").set_input_files(
        {"name": "ttd.png", "mimeType": "image/png", "buffer": signature.read()})
    assert accessibility_problems(ppid) == []
    assert ppid.evaluate("document.documentElement.scrollWidth") <= 390
    ppid.get_by_role("button", name="Simpan").click()
    expect(ppid.get_by_role("status")).to_contain_text("Badan publik sudah disimpan")
    kejari.refresh_from_db()
    assert kejari.address == "Jl. Dorak No. 1, Selatpanjang" and kejari.ppid_signature

    public = browser.new_context(**PHONE).new_page()
    public.set_default_timeout(10_000)
    public.goto(base + "/daftar-informasi-publik/")
    public.locator("summary").click()
    public.get_by_role("link", name="Kejaksaan Negeri Kepulauan Meranti").click()
    expect(public.get_by_role("heading", level=1)).to_contain_text("Kejaksaan Negeri Kepulauan Meranti")
    assert accessibility_problems(public) == []
    assert public.evaluate("document.documentElement.scrollWidth") <= 390
