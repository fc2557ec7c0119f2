"""In Debian's Chromium, the whole life of a request: the public form on a phone, routing, the
written notice, the requester reading it, an objection and the atasan's decision."""

from __future__ import annotations

import io
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from PIL import Image
from playwright.sync_api import expect

from sinergi.conftest import make_member, sign_in
from sinergi.ppid.models import InformationRequest


@pytest.fixture
def _commits():
    """Browser tests commit for real, so on-commit work runs as in production."""


def ktp_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (300, 190), (180, 200, 240)).save(buffer, "PNG")
    return buffer.getvalue()


def field(page, label: str):
    """A form field by its label, whether or not the label carries the required mark."""
    return page.get_by_label(re.compile(rf"^{re.escape(label)}( \*)?$"))


def fill_request(page, subject: str, purpose: str) -> None:
    """The public form as Siti fills it in: who she is, her ID, how to reach her, and what she asks."""
    field(page, "Nama").fill("Siti Aminah")
    field(page, "NIK atau nomor akta").fill("1410015708900003")
    field(page, "Foto atau pindaian KTP atau akta Anda").set_input_files(
        {"name": "ktp.png", "mimeType": "image/png", "buffer": ktp_png()}
    )
    field(page, "Alamat").fill("Jl. Merdeka 1, Selatpanjang")
    field(page, "E-mail").fill("siti@contoh.test")
    field(page, "Informasi yang diminta").fill(subject)
    field(page, "Tujuan penggunaan").fill(purpose)


def accessibility_problems(page) -> list[str]:
    return [
        f"{v['id']}: {v['help']} {[n['target'] for n in v['nodes']]}" for v in Axe().run(page).response["violations"]
    ]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("national_rules")
def test_a_request_from_the_public_form_to_the_atasans_decision(browser, live_server, forum, dinkes):
    base = live_server.url
    make_member("ppid.utama@demo.test", "Bambang Sutrisno", forum_role="ppid_utama", forum=forum)
    make_member("ppid.dinkes@demo.test", "Sri Wahyuni", agency=dinkes, role="ppid_pelaksana")
    make_member("sekda@demo.test", "Mahmud Effendi", forum_role="atasan_ppid", forum=forum)

    public = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True).new_page()
    public.set_default_timeout(10_000)
    public.goto(base + "/permohonan-informasi/")
    assert accessibility_problems(public) == []
    fill_request(public, "Rekap penerima bantuan sosial 2025 per kecamatan", "Liputan")
    expect(public.locator(".privacy-notice")).to_contain_text("Pasal 20")  # the lawful basis, not a consent box
    public.get_by_role("button", name="Kirim permohonan").click()
    expect(public.get_by_role("status")).to_contain_text("/PPID/MERANTI/")
    tracking = public.url
    item = InformationRequest.objects.get()
    assert public.evaluate("document.documentElement.scrollWidth") <= 360

    utama = browser.new_context().new_page()
    utama.set_default_timeout(10_000)
    sign_in(utama, base, "ppid.utama@demo.test")
    utama.goto(base + f"/ruang-kerja/ppid/permohonan/{item.pk}/")
    utama.locator("#id_teruskan-agency").select_option(label="Dinas Kesehatan")
    utama.get_by_role("button", name="Teruskan").click()
    expect(utama.get_by_role("status")).to_contain_text("Dinas Kesehatan")

    ppid = browser.new_context().new_page()
    ppid.set_default_timeout(10_000)
    sign_in(ppid, base, "ppid.dinkes@demo.test")
    ppid.goto(base + f"/ruang-kerja/ppid/permohonan/{item.pk}/")
    ppid.get_by_role("link", name="Tulis pemberitahuan tertulis").click()
    field(ppid, "Keputusan").select_option("refused")
    field(ppid, "Dasar pengecualian (Pasal 17)").select_option("h")
    field(ppid, "Alasan penolakan").fill("Rekap memuat nama penerima.")
    field(ppid, "Uji konsekuensi").fill("Membuka nama penerima mengungkap rahasia pribadi mereka.")
    ppid.get_by_role("button", name="Terbitkan pemberitahuan tertulis").click()
    expect(ppid.get_by_role("status")).to_contain_text("Pemberitahuan tertulis sudah diterbitkan")
    expect(ppid.locator("#penyampaian")).to_contain_text("Terkirim lewat e-mail")  # what the mail server did

    public.goto(tracking)
    expect(public.locator("main")).to_contain_text("Rekap memuat nama penerima.")
    assert accessibility_problems(public) == []
    public.get_by_label("a. Permohonan informasi ditolak (Pasal 17)").check()
    field(public, "Hal yang Anda keberatan").fill("Rekap bisa diberikan tanpa nama.")
    public.get_by_role("button", name="Kirim keberatan").click()
    expect(public.locator("#keberatan")).to_contain_text("Keberatan Anda")

    sekda = browser.new_context().new_page()
    sekda.set_default_timeout(10_000)
    sign_in(sekda, base, "sekda@demo.test")
    sekda.goto(base + f"/ruang-kerja/ppid/permohonan/{item.pk}/")
    field(sekda, "Keputusan").select_option("upheld")
    field(sekda, "Jawab").fill("Rekap tanpa nama wajib diberikan dalam 3 hari kerja.")
    sekda.get_by_role("button", name="Kirim keputusan").click()
    expect(sekda.get_by_role("status")).to_contain_text("Keberatan sudah ditanggapi")

    public.goto(tracking)
    expect(public.locator("#keberatan")).to_contain_text("Keberatan diterima")
    expect(public.locator("#keberatan")).to_contain_text("Rekap tanpa nama wajib diberikan")
    field(public, "Tanggapan Anda atas keputusan").fill("Terima kasih, saya menerima keputusan ini.")
    public.get_by_role("button", name="Kirim tanggapan saya").click()
    expect(public.locator("#keberatan")).to_contain_text("Terima kasih, saya menerima keputusan ini.")
    assert accessibility_problems(public) == []
