"""A produsen drafts a dataset and adds its data; the walidata sends it back or publishes it; only then does
the public see it. Personal data and foreign region codes are refused with the reason."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sinergi.conftest import client_for, make_member
from sinergi.data.models import Dataset, DatasetStatus
from sinergi.site.inbox import waiting_for

FORM = {"name": "posyandu-aktif", "title": "Posyandu Aktif per Kecamatan", "description": "Posyandu yang buka.",
        "topic": "kesehatan", "frequency": "tahunan", "period_start": "2025", "period_end": "2025", "unit": "posyandu",
        "licence": "cc-by", "kip_class": "setiap_saat", "area_text": "14.10, 14.10.01", "tag_text": "posyandu, gizi"}  # fmt: skip
CSV = "kode_wilayah,kecamatan,jumlah_posyandu\n14.10.01,Tebing Tinggi,42\n14.10.05,Merbau,18\n"


@pytest.fixture
def produsen(dinkes):
    return make_member("data.dinkes@demo.test", "Operator Data", agency=dinkes, role="produsen_data")


@pytest.fixture
def walidata(forum, diskominfotik):
    return make_member("walidata@demo.test", "Indah Permata", agency=diskominfotik, role="admin_medsos",
                       forum_role="walidata")  # fmt: skip


def upload(client, dataset, name: str, content: str, filename: str = "data.csv"):
    return client.post(reverse("data:office_add_resource", args=[dataset.pk]), {
        "name": name, "file": SimpleUploadedFile(filename, content.encode(), content_type="text/csv")}, follow=True)  # fmt: skip


def test_from_draft_to_the_catalogue_through_the_walidata(forum, dinkes, produsen, walidata):
    client = client_for(produsen)
    response = client.post(reverse("data:office_create") + "?instansi=dinkes", FORM)
    dataset = Dataset.objects.get(name="posyandu-aktif")
    assert response.status_code == 302 and dataset.status == DatasetStatus.DRAFT and dataset.tags == ["posyandu", "gizi"]
    page = client.post(reverse("data:office_step", args=[dataset.pk, "ajukan"]), follow=True).content.decode()
    assert "Tambahkan setidaknya satu sumber data" in page  # nothing to verify yet
    page = upload(client, dataset, "Posyandu 2025", CSV).content.decode()
    assert "Versi 1" in page and "2 baris di API" in page
    first = dataset.resources.get()
    page = client.post(reverse("data:office_step", args=[dataset.pk, "ajukan"]), follow=True).content.decode()
    assert "Konfirmasikan kolom" in page and dataset.events.count() == 0  # the inferred columns are not yet confirmed
    client.post(reverse("data:office_schema", args=[dataset.pk, first.pk]),
                {"type_0": "string", "region_0": "on", "type_1": "string", "type_2": "integer"})  # fmt: skip
    upload(client, dataset, "Posyandu 2025", CSV.replace("42", "43"))
    assert sorted(dataset.resources.values_list("version", flat=True)) == [1, 2]  # the first stays downloadable
    assert dataset.resources.get(version=2).schema_confirmed  # the same columns keep the confirmed schema
    client.post(reverse("data:office_step", args=[dataset.pk, "ajukan"]))
    assert [item.title for item in waiting_for(walidata, forum)] == ["Posyandu Aktif per Kecamatan"]
    assert client_for(None).get("/api/3/action/package_show?id=posyandu-aktif").status_code == 404
    checker = client_for(walidata)
    page = checker.post(reverse("data:office_step", args=[dataset.pk, "kembalikan"]), {"comment": "Kurang"},
                        follow=True).content.decode()  # fmt: skip
    assert "setidaknya 10 karakter" in page
    checker.post(reverse("data:office_step", args=[dataset.pk, "kembalikan"]),
                 {"comment": "Isi definisi posyandu aktif sesuai standar Kemenkes."})  # fmt: skip
    assert [item.title for item in waiting_for(produsen, forum)] == ["Posyandu Aktif per Kecamatan"]
    client.post(reverse("data:office_edit", args=[dataset.pk]), {**FORM, "definition": "Posyandu yang buka tiap bulan."})
    client.post(reverse("data:office_step", args=[dataset.pk, "ajukan"]))
    checker.post(reverse("data:office_step", args=[dataset.pk, "terbitkan"]))
    dataset.refresh_from_db()
    assert dataset.status == DatasetStatus.PUBLISHED and dataset.published_at
    assert "posyandu-aktif" in client_for(None).get("/api/3/action/package_list").json()["result"]
    assert [e.action for e in dataset.events.order_by("pk")] == ["submitted", "returned", "submitted", "published"]
    checker.post(reverse("data:office_step", args=[dataset.pk, "pensiunkan"]), {"comment": "Diganti dataset baru."})
    assert "posyandu-aktif" not in client_for(None).get("/api/3/action/package_list").json()["result"]


def test_a_file_with_personal_data_or_a_foreign_region_is_refused(dinkes, produsen):
    client = client_for(produsen)
    page = client.post(reverse("data:office_create") + "?instansi=dinkes", {**FORM, "area_text": "14.11.01"})
    assert "bukan wilayah forum ini" in page.content.decode() and not Dataset.objects.exists()
    client.post(reverse("data:office_create") + "?instansi=dinkes", FORM)
    dataset = Dataset.objects.get()
    page = upload(client, dataset, "Penerima", "nama,nik\nSiti,1410015708985028\n").content.decode()
    assert "data pribadi" in page and not dataset.resources.exists()
    page = upload(client, dataset, "Bukan tabel", "%PDF-1.4 bukan tabel", "x.csv").content.decode()
    assert not dataset.resources.exists()


def test_only_the_agencys_produsen_drafts_and_only_the_walidata_publishes(dinkes, imigrasi, produsen, walidata,
                                                                          humas_imigrasi):  # fmt: skip
    client_for(produsen).post(reverse("data:office_create") + "?instansi=dinkes", FORM)
    dataset = Dataset.objects.get()
    other = client_for(humas_imigrasi)  # a PR head, but of another agency
    assert other.get(reverse("data:office_dataset", args=[dataset.pk])).status_code == 403
    assert other.post(reverse("data:office_edit", args=[dataset.pk]), FORM).status_code == 403
    assert client_for(produsen).post(reverse("data:office_step", args=[dataset.pk, "terbitkan"])).status_code == 403
    assert client_for(walidata).post(reverse("data:office_edit", args=[dataset.pk]), FORM).status_code == 403
    assert client_for(walidata).post(reverse("data:office_step", args=[dataset.pk, "hapus"])).status_code == 404


def test_where_the_forum_asks_the_pembina_data_reviews_after_the_walidata(forum, dinkes, produsen, walidata):
    pembina = make_member("bps@demo.test", "Statistisi BPS", forum_role="pembina_data", forum=forum)
    forum.settings = {**forum.settings, "pembina_review": True}
    forum.save()
    dataset = Dataset.objects.create(agency=dinkes, name="posyandu-aktif", title="Posyandu Aktif", description="x",
                                     topic="kesehatan", frequency="tahunan", status=DatasetStatus.SUBMITTED)  # fmt: skip
    dataset.resources.create(name="Tautan", format="URL", url="https://dinkes.test/posyandu.csv")
    step = reverse("data:office_step", args=[dataset.pk, "terbitkan"])
    assert client_for(pembina).post(step).status_code == 403  # not yet the pembina's turn
    page = client_for(walidata).get(reverse("data:office_dataset", args=[dataset.pk])).content.decode()
    assert "Teruskan ke pembina data" in page
    client_for(walidata).post(step)
    dataset.refresh_from_db()
    assert dataset.status == DatasetStatus.WITH_PEMBINA and not Dataset.objects.public().exists()
    assert [item.title for item in waiting_for(pembina, forum)] == ["Posyandu Aktif"]
    assert client_for(walidata).post(step).status_code == 403  # now it is the pembina's
    client_for(pembina).post(reverse("data:office_step", args=[dataset.pk, "kembalikan"]),
                             {"comment": "Klasifikasi wilayah belum mengikuti kode Kemendagri."})  # fmt: skip
    dataset.refresh_from_db()
    assert dataset.status == DatasetStatus.RETURNED
    Dataset.objects.filter(pk=dataset.pk).update(status=DatasetStatus.WITH_PEMBINA)
    drafted = Dataset.objects.create(agency=dinkes, name="draf", title="Draf", description="x", topic="kesehatan",
                                     frequency="tahunan")  # fmt: skip
    assert client_for(pembina).get(reverse("data:office_dataset", args=[drafted.pk])).status_code == 403
    client_for(pembina).post(step)
    assert Dataset.objects.public().get() == dataset
    assert [e.action for e in dataset.events.order_by("pk")] == ["forwarded", "returned", "published"]
    # A dataset left with the pembina when the forum turns the review off goes back to the walidata's hands.
    Dataset.objects.filter(pk=dataset.pk).update(status=DatasetStatus.WITH_PEMBINA)
    forum.settings = {**forum.settings, "pembina_review": False}
    forum.save()
    assert [item.title for item in waiting_for(walidata, forum)] == ["Posyandu Aktif"]
    client_for(walidata).post(step)
    dataset.refresh_from_db()
    assert dataset.status == DatasetStatus.PUBLISHED
