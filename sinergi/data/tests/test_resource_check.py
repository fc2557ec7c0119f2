"""A produsen's table on upload: read whatever its encoding, separator or header layout; typed against a schema
the produsen confirms; every problem told by row and column; region codes checked against the Kemendagri list;
personal data, lying extensions and files over the limit refused with the reason; each version kept, compared
with the one before, and downloadable, publicly only once the dataset is published."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from sinergi.conftest import client_for, make_member
from sinergi.data import regions, tables
from sinergi.data.models import Dataset, DatasetStatus


@pytest.fixture
def produsen(dinkes):
    return make_member("data.dinkes@demo.test", "Operator Data", agency=dinkes, role="produsen_data")


@pytest.fixture
def dataset(dinkes):
    return Dataset.objects.create(agency=dinkes, name="posyandu-aktif", title="Posyandu Aktif", description="Uji.",
                                  topic="kesehatan", frequency="tahunan")  # fmt: skip


def upload(client, dataset, content: bytes, filename: str = "data.csv", name: str = "Posyandu"):
    return client.post(reverse("data:office_add_resource", args=[dataset.pk]),
                       {"name": name, "file": SimpleUploadedFile(filename, content)}, follow=True).content.decode()  # fmt: skip


def test_a_semicolon_csv_with_mixed_encodings_and_indonesian_numbers(produsen, dataset):
    content = b"desa;luas_ha;penduduk;catatan\nTeluk Belitung;12,5;1.245;pasang\n" + \
        "Sungai Tohor;7;2.310;ré\n".encode("cp1252")  # fmt: skip
    page = upload(client_for(produsen), dataset, content)
    resource = dataset.resources.get()
    types = {field["name"]: field["type"] for field in resource.schema["fields"]}
    assert types == {"desa": "string", "luas_ha": "number", "penduduk": "integer", "catatan": "string"}
    rows = list(resource.datastore.rows.order_by("number").values_list("data", flat=True))
    assert rows[0]["luas_ha"] == 12.5 and rows[0]["penduduk"] == 1245 and rows[1]["catatan"] == "ré"
    assert "1 baris bukan UTF-8" in page and resource.problem_count == 0 and not resource.schema_confirmed


def _workbook() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(["kode_wilayah", "Jumlah", None, "Total"])
    sheet.append([None, "Laki-laki", "Perempuan", None])
    sheet.merge_cells("B1:C1")
    sheet.append(["14.10.01", 10, 12, "=B3+C3"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_an_xlsx_with_merged_header_cells_and_a_formula_without_its_result(produsen, dataset):
    page = upload(client_for(produsen), dataset, _workbook(), "rekap.csv")  # the name lies; the content decides
    resource = dataset.resources.get()
    assert resource.format == "XLSX" and resource.header_rows == 2
    assert [f["name"] for f in resource.schema["fields"]] == ["kode_wilayah", "Jumlah Laki-laki", "Jumlah Perempuan",
                                                              "Total"]  # fmt: skip
    (problem,) = resource.problems
    assert problem["row"] == 3 and problem["column"] == "D" and "rumus" in problem["message"]
    assert "1 masalah dalam tabel" in page


def test_region_codes_are_checked_against_the_kemendagri_list(produsen, dataset):
    content = b"kode_wilayah,jumlah\n14.10.01,4\n14.10.99,5\n14.1O.02,6\n14.10.01.2001,2\n"
    page = upload(client_for(produsen), dataset, content)
    resource = dataset.resources.get()
    assert resource.schema["fields"][0].get("regionCode")
    assert [(p["row"], p["column"], p["value"]) for p in resource.problems] == [(3, "kode_wilayah", "14.10.99"),
                                                                                (4, "kode_wilayah", "14.1O.02")]  # fmt: skip
    assert "tidak ada dalam daftar" in page and "1 kode wilayah berada di bawah" in page
    assert regions.name_of("14.10.08") == "Tasik Putri Puyu"


def test_a_file_that_is_no_table_too_large_or_personal_is_refused_and_not_stored(produsen, dataset, settings):
    client = client_for(produsen)
    assert "Hanya tabel CSV" in upload(client, dataset, b"%PDF-1.4 bukan tabel", "x.csv")
    assert "kolom “NIK”: NIK" in upload(client, dataset, b"Nama,NIK\nSiti,1410015708985028\nAli,1410012304900001\n")
    settings.DATASET_MAX_BYTES = 1000
    page = upload(client, dataset, b"a,b\n" + b"1,2\n" * 400)
    assert "1,6\xa0KB" in page and "batas berkas dataset 1000\xa0bita" in page
    assert not dataset.resources.exists()


def test_the_produsen_confirms_the_columns_before_the_walidata_sees_it(produsen, dataset):
    client = client_for(produsen)
    upload(client, dataset, b"kode_wilayah,jumlah\n14.10.01,42\n14.10.05,\n")
    resource = dataset.resources.get()
    page = client.post(reverse("data:office_step", args=[dataset.pk, "ajukan"]), follow=True).content.decode()
    assert "Konfirmasikan kolom" in page
    form = client.get(reverse("data:office_schema", args=[dataset.pk, resource.pk]))
    assert form.status_code == 200 and "Kode wilayah" in form.content.decode()
    # "never empty" makes the second row a problem: the column's rule is checked against every cell
    page = client.post(reverse("data:office_schema", args=[dataset.pk, resource.pk]),
                       {"type_0": "string", "region_0": "on", "type_1": "integer", "required_1": "on"},
                       follow=True).content.decode()  # fmt: skip
    resource.refresh_from_db()
    assert resource.schema_confirmed and resource.problem_count == 1 and resource.problems[0]["row"] == 3
    assert "masih memiliki 1 masalah" in page
    page = client.post(reverse("data:office_step", args=[dataset.pk, "ajukan"]), follow=True).content.decode()
    assert "1 masalah" in page and Dataset.objects.get().status == DatasetStatus.DRAFT
    client.post(reverse("data:office_schema", args=[dataset.pk, resource.pk]),
                {"type_0": "string", "region_0": "on", "type_1": "integer"})  # fmt: skip
    client.post(reverse("data:office_step", args=[dataset.pk, "ajukan"]))
    assert Dataset.objects.get().status == DatasetStatus.SUBMITTED
    assert client_for(None).get(reverse("data:office_schema", args=[dataset.pk, resource.pk])).status_code == 302


def test_versions_are_compared_and_downloaded_publicly_only_once_published(produsen, dataset):
    client = client_for(produsen)
    upload(client, dataset, b"kode_wilayah,tahun,jumlah\n14.10.01,2025,42\n14.10.05,2025,18\n")
    first = dataset.resources.get()
    client.post(reverse("data:office_schema", args=[dataset.pk, first.pk]),
                {"type_0": "string", "region_0": "on", "type_1": "year", "type_2": "integer"})  # fmt: skip
    page = upload(client, dataset, b"kode_wilayah,tahun,jumlah\n14.10.01,2025,43\n14.10.09,2025,7\n")
    second = dataset.resources.get(version=2)
    changes = second.changes
    assert (changes["added"], changes["removed"], changes["changed"]) == (1, 1, 1)
    assert changes["key"] == ["kode_wilayah", "tahun"]
    assert {"kind": "changed", "key": "14.10.01 · 2025",
            "cells": [{"column": "jumlah", "before": 42, "after": 43}]} in changes["examples"]  # fmt: skip
    assert "1 baris ditambahkan, 1 dihapus, 1 berubah" in page
    office = client.get(reverse("data:office_download", args=[dataset.pk, first.pk]))
    assert office.status_code == 200  # the file comes back exactly as it was uploaded
    assert b"".join(office.streaming_content) == b"kode_wilayah,tahun,jumlah\n14.10.01,2025,42\n14.10.05,2025,18\n"
    assert client_for(None).get(second.get_download_url()).status_code == 404  # a draft's file is nobody's yet
    Dataset.objects.filter(pk=dataset.pk).update(status=DatasetStatus.PUBLISHED)
    public = client_for(None)
    response = public.get(first.get_download_url())
    assert response.status_code == 200 and response["Content-Disposition"].endswith('posyandu-aktif-v1.csv"')
    public.get(second.get_download_url(), HTTP_USER_AGENT="ckanapi/4.7")  # a harvester is not a reader
    page = public.get(dataset.get_absolute_url()).content.decode()
    assert "Diunduh 1 kali" in page and "versi 1" in page and "14.10.09" in page


def test_reading_is_bounded(settings):
    grid = tables.read_rows(b"a,b\n" + b"1,2\n" * 5)
    assert grid["header"] == ["a", "b"] and len(grid["rows"]) == 5
    with pytest.raises(Exception, match="nama"):
        tables.read_rows(b"a,,c\n1,2,3\n")


def test_one_mistyped_cell_is_a_problem_not_a_column_of_text(produsen, dataset):
    rows = "".join(f"14.10.0{1 + i % 9},{10 + i}\n" for i in range(19))
    upload(client_for(produsen), dataset, ("kode_wilayah,jumlah\n" + rows + "14.10.02,dua puluh\n").encode())
    resource = dataset.resources.get()
    assert resource.schema["fields"][1]["type"] == "integer"
    assert [(p["row"], p["column"], p["message"]) for p in resource.problems] == [(21, "jumlah", "bukan bilangan bulat")]


def test_a_file_far_over_the_limit_is_refused_before_it_is_stored(produsen, dataset, settings):
    settings.DATASET_MAX_BYTES = 1000
    client = client_for(produsen)
    page = upload(client, dataset, b"a,b\n" + b"1,2\n" * 50_000)  # 200 KB: past the limit and the form's allowance
    assert "batas berkas dataset 1000\xa0bita" in page and not dataset.resources.exists()
    client.handler.enforce_csrf_checks = True  # the token is still checked, after the limit is in place
    forged = client.post(reverse("data:office_add_resource", args=[dataset.pk]), {"name": "x", "url": "https://a.test/x.csv"})
    assert forged.status_code == 403 and not dataset.resources.exists()


def test_hostile_tables_get_a_reason_never_a_500(produsen, dataset):
    client = client_for(produsen)
    book = Workbook()
    book.active.append(["kecamatan", "jumlah"])
    book.active.append(["Merbau", 4])
    hidden = book.create_sheet("Lampiran")
    hidden.append(["nama", "nik"])
    hidden.append(["Siti", "1410015708985028"])
    hidden.sheet_state = "hidden"
    buffer = io.BytesIO()
    book.save(buffer)
    assert "lebih dari satu lembar" in upload(client, dataset, buffer.getvalue(), "rekap.xlsx")
    huge = b"jumlah,tahun,nilai\n" + b"1" + b"0" * 400 + b",2025,1e308\n" + b"2,2025,1e308\n"
    page = upload(client, dataset, huge)
    resource = dataset.resources.get()
    assert resource.problem_count == 0 or "masalah" in page  # typed as text or told; never a crash
    assert resource.schema["fields"][0]["type"] == "string"  # 401 digits are no count


def test_problems_carry_the_files_own_row_numbers_and_codes_keep_their_zeros(produsen, dataset):
    rows = "".join(f"0{i % 9 + 1},{i}\n" for i in range(20))
    upload(client_for(produsen), dataset, ("kode,jumlah\n\n\n" + rows + "\n03,tiga\n").encode())
    resource = dataset.resources.get()
    assert resource.schema["fields"][0]["type"] == "string"
    assert [(p["row"], p["column"]) for p in resource.problems] == [(25, "jumlah")]  # blank lines counted


def test_a_version_with_problems_or_unconfirmed_columns_is_never_offered_publicly(produsen, dataset):
    client = client_for(produsen)
    upload(client, dataset, b"kode_wilayah,jumlah\n14.10.99,42\n")  # an unknown code: a problem
    flawed = dataset.resources.get()
    upload(client, dataset, b"kode_wilayah,jumlah\n14.10.01,42\n")
    good = dataset.resources.get(version=2)
    client.post(reverse("data:office_schema", args=[dataset.pk, good.pk]),
                {"type_0": "string", "region_0": "on", "type_1": "integer"})  # fmt: skip
    Dataset.objects.filter(pk=dataset.pk).update(status=DatasetStatus.PUBLISHED)
    public = client_for(None)
    assert public.get(flawed.get_download_url()).status_code == 404
    assert public.get(good.get_download_url()).status_code == 200
    package = public.get("/api/3/action/package_show", {"id": dataset.name}).json()["result"]
    assert [r["id"] for r in package["resources"]] == [str(good.uid)]
    assert public.get("/api/3/action/datastore_search", {"resource_id": str(flawed.uid)}).status_code == 404
