"""In Debian's Chromium, on a phone: the walidata opens a submitted dataset from the inbox, sends it back
with a comment (too short first, refused with the reason), and publishes it once it is submitted again."""

from __future__ import annotations

import pytest
from django.core.files.base import ContentFile
from playwright.sync_api import expect

from sinergi.conftest import make_member, sign_in
from sinergi.data import resource_check, workflow
from sinergi.data.models import Dataset, DatasetStatus
from sinergi.ppid.tests.test_browser import accessibility_problems, field

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True}


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_walidata_sends_back_then_publishes_from_a_phone(browser, live_server, forum, dinkes, diskominfotik):
    produsen = make_member("data.dinkes@demo.test", "Operator Data", agency=dinkes, role="produsen_data")
    walidata = make_member("walidata@demo.test", "Indah Permata", agency=diskominfotik, role="admin_medsos",
                           forum_role="walidata")  # fmt: skip
    dataset = Dataset.objects.create(agency=dinkes, name="posyandu-aktif", title="Posyandu Aktif per Kecamatan",
                                     description="Posyandu yang buka setiap bulan.", topic="kesehatan",
                                     frequency="tahunan")  # fmt: skip
    resource = dataset.resources.create(name="Posyandu 2025", format="CSV", size=40)
    resource.file.save("posyandu.csv", ContentFile(b"kecamatan,jumlah\nMerbau,18\n"), save=True)
    resource_check.load_trusted(resource)
    workflow.submit(dataset, produsen)

    page = browser.new_context(**PHONE).new_page()
    page.set_default_timeout(10_000)
    base = live_server.url
    sign_in(page, base, walidata.email)
    page.goto(base + "/ruang-kerja/kotak-masuk/")
    page.get_by_role("link", name="Posyandu Aktif per Kecamatan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Posyandu Aktif per Kecamatan")
    assert accessibility_problems(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    field(page, "Apa yang harus diperbaiki produsen?").fill("Kurang")
    page.get_by_role("button", name="Kembalikan").click()
    expect(page.get_by_role("alert").or_(page.get_by_role("status"))).to_contain_text("setidaknya 10 karakter")
    field(page, "Apa yang harus diperbaiki produsen?").fill("Isi definisi posyandu aktif sesuai standar.")
    page.get_by_role("button", name="Kembalikan").click()
    expect(page.locator(".tag").first).to_have_text("Dikembalikan ke produsen")
    dataset.refresh_from_db()
    assert dataset.status == DatasetStatus.RETURNED

    workflow.submit(dataset, produsen)
    page.reload()
    page.get_by_role("button", name="Terbitkan").click()
    expect(page.get_by_role("link", name="Di katalog")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.get_by_role("link", name="Di katalog").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Posyandu Aktif per Kecamatan")
    assert accessibility_problems(page) == []


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_produsen_uploads_a_table_sees_its_problems_and_confirms_its_columns_from_a_phone(
        browser, live_server, forum, dinkes, tmp_path):  # fmt: skip
    produsen = make_member("data.dinkes@demo.test", "Operator Data", agency=dinkes, role="produsen_data")
    dataset = Dataset.objects.create(agency=dinkes, name="posyandu-aktif", title="Posyandu Aktif per Kecamatan",
                                     description="Posyandu yang buka setiap bulan.", topic="kesehatan",
                                     frequency="tahunan")  # fmt: skip
    rows = "".join(f"14.10.0{1 + i % 9};{30 + i};8{i % 10},5\n" for i in range(19))
    table = tmp_path / "posyandu.csv"
    table.write_text("kode_wilayah;jumlah;cakupan\n" + rows + "14.10.99;18;91,2\n", encoding="utf-8")

    page = browser.new_context(**PHONE).new_page()
    page.set_default_timeout(10_000)
    base = live_server.url
    sign_in(page, base, produsen.email)
    page.goto(base + f"/ruang-kerja/data/{dataset.pk}/")
    field(page, "Nama").fill("Posyandu 2025")
    page.set_input_files("#id_file", str(table))
    page.get_by_role("button", name="Tambah").click()
    expect(page.get_by_text("1 masalah dalam tabel")).to_be_visible()
    expect(page.get_by_role("cell", name="kode wilayah ini tidak ada dalam daftar kode Kemendagri forum")).to_be_visible()
    assert accessibility_problems(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    page.get_by_role("link", name="Periksa dan konfirmasikan kolom").click()
    expect(page.get_by_label("cakupan", exact=True)).to_have_value("number")
    assert accessibility_problems(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.get_by_label("cakupan", exact=True).select_option("string")
    page.get_by_role("button", name="Konfirmasikan kolom").click()
    expect(page.get_by_text("Kolom dikonfirmasi", exact=True)).to_be_visible()
    resource = dataset.resources.get()
    assert resource.schema_confirmed and resource.schema["fields"][2]["type"] == "string"
    assert resource.problem_count == 1  # the unknown region code is still there, for a corrected file
