"""Importing the directory from CSV or XLSX with a preview, and exporting it again."""

from __future__ import annotations

import io
import zipfile

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from sinergi.conftest import make_agency, make_member
from sinergi.forum.models import Agency, AgencyRole, DirectoryImport, Forum, ForumRole, Member, SocialAccount

AGENCIES_CSV = """kode;nama;singkatan;jenis;induk;kode_wilayah;alamat;telepon;email;situs_web;instagram
bpbd;Badan Penanggulangan Bencana Daerah;BPBD;Dinas / badan;;14.10;Jl. Dorak;0763-1;bpbd@demo.test;;@bpbd.meranti
upt-damkar;UPT Pemadam Kebakaran;Damkar;upt;bpbd;14.10.01;;;;;
kec-merbau;Kecamatan Merbau;;kecamatan;;14.10.05;;;;;https://www.instagram.com/kec.merbau
"""


def upload(client, kind: str, name: str, data: bytes):
    return client.post("/direktori/impor/", {"kind": kind, "file": SimpleUploadedFile(name, data)})


def preview_and_apply(client, response, **extra):
    assert response.status_code == 302, response.content.decode()[:2000]
    preview = client.get(response["Location"])
    return preview, client.post(response["Location"], {"action": "apply", **extra})


def test_a_clean_csv_previews_every_row_then_imports_all_of_it(personas, forum):
    client = personas["moderator"]
    preview, applied = preview_and_apply(client, upload(client, "agencies", "opd.csv", AGENCIES_CSV.encode()))
    assert [r.action for r in preview.context["results"]] == ["create", "create", "create"]
    assert applied.status_code == 302
    assert Agency.objects.filter(forum=forum, slug__in=["bpbd", "upt-damkar", "kec-merbau"]).count() == 3
    assert Agency.objects.get(slug="upt-damkar").parent.slug == "bpbd"
    assert SocialAccount.objects.get(agency__slug="kec-merbau").handle == "@kec.merbau"
    assert DirectoryImport.objects.get().status == "applied"


def test_the_preview_writes_nothing(personas, forum):
    client = personas["moderator"]
    response = upload(client, "agencies", "opd.csv", AGENCIES_CSV.encode())
    client.get(response["Location"])
    assert not Agency.objects.filter(forum=forum, slug="bpbd").exists()


def test_a_file_with_one_bad_row_shows_its_errors_and_imports_nothing(personas, forum, dinkes):
    bad = AGENCIES_CSV + "dinkes-baru;Dinas Kesehatan;;dinas;;1410;;;bukan-email;;\n"
    client = personas["moderator"]
    response = upload(client, "agencies", "opd.csv", bad.encode())
    preview, applied = preview_and_apply(client, response)
    errors = preview.context["results"][3].errors
    assert preview.context["has_errors"]
    assert any("sudah" in e for e in errors)  # the name belongs to another agency
    assert any("kode_wilayah" in e for e in errors) and any("email" in e for e in errors)
    assert preview.context["results"][3].line == 5
    assert applied.status_code == 200
    assert not Agency.objects.filter(forum=forum, slug__in=["bpbd", "dinkes-baru"]).exists()


def test_duplicate_codes_in_the_file_are_refused(personas, forum):
    dup = "kode,nama,jenis\nbpbd,BPBD,dinas\nbpbd,Badan Lain,dinas\n"
    client = personas["moderator"]
    preview, _ = preview_and_apply(client, upload(client, "agencies", "a.csv", dup.encode()))
    assert preview.context["results"][1].errors
    assert not Agency.objects.filter(slug="bpbd").exists()


def test_an_xlsx_of_members_imports_roles_and_invites_new_people(personas, dinkes, admin_dinkes, forum,
                                                                   django_capture_on_commit_callbacks):  # fmt: skip
    book = Workbook()
    sheet = book.active
    sheet.append(["email", "nama", "jabatan", "telepon", "instansi", "peran", "peran_forum"])
    sheet.append(["siti@demo.test", "Siti Rahmah", "Pranata Humas", "", "dinkes", "Pranata humas, ppid_pelaksana", ""])
    sheet.append(["yusuf@demo.test", "", "", "", "dinkes", "admin_medsos", "walidata"])
    data = io.BytesIO()
    book.save(data)
    client = personas["moderator"]
    response = upload(client, "members", "anggota.xlsx", data.getvalue())
    with django_capture_on_commit_callbacks(execute=True):
        preview, applied = preview_and_apply(client, response, send_invitations="1")
    assert [r.action for r in preview.context["results"]] == ["create", "update"]
    assert applied.status_code == 302
    siti = Member.objects.get(email="siti@demo.test")
    assert set(AgencyRole.objects.filter(member=siti).values_list("role", flat=True)) == {
        "pranata_humas",
        "ppid_pelaksana",
    }
    assert ForumRole.objects.get(member=admin_dinkes).role == "walidata"
    assert [m.to for m in mail.outbox] == [["siti@demo.test"]]


def test_members_in_unknown_agencies_or_roles_are_refused(personas, dinkes):
    data = "email,nama,instansi,peran\nsiti@demo.test,Siti,dinsos,admin_medsos\nani@demo.test,Ani,dinkes,juru bicara\n"
    client = personas["moderator"]
    preview, _ = preview_and_apply(client, upload(client, "members", "m.csv", data.encode()))
    assert "dinsos" in preview.context["results"][0].errors[0]
    assert preview.context["results"][1].errors
    assert not Member.objects.filter(email__in=["siti@demo.test", "ani@demo.test"]).exists()


def test_a_disguised_file_is_refused_by_its_content(personas):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64
    response = upload(personas["moderator"], "agencies", "daftar.csv", png)
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    fake_xlsx = b"PK\x03\x04" + b"not really a workbook" * 10
    response = upload(personas["moderator"], "agencies", "daftar.xlsx", fake_xlsx)
    assert "XLSX" in response.context["form"].errors["file"][0]
    assert not DirectoryImport.objects.exists()


def test_an_oversized_file_is_refused(personas, settings):
    settings.DIRECTORY_IMPORT_MAX_BYTES = 1024 * 1024
    response = upload(personas["moderator"], "agencies", "big.csv", b"kode,nama\n" + b"a,b\n" * 300_000)
    assert response.context["form"].errors["file"]


def test_export_then_import_gives_back_the_same_directory(personas, forum, dinkes, imigrasi, admin_dinkes, moderator):
    SocialAccount.objects.create(agency=dinkes, platform="facebook", handle="dinkes.meranti")
    dinkes.phone = "+62 763 31234"
    dinkes.save()
    client = personas["moderator"]
    agencies_xlsx = client.get("/direktori/ekspor/agencies.xlsx")
    members_csv = client.get("/direktori/ekspor/members.csv")
    assert agencies_xlsx["Content-Type"].startswith("application/vnd.openxmlformats")
    assert 'filename="meranti-instansi-' in agencies_xlsx["Content-Disposition"]
    text = members_csv.content.decode("utf-8-sig")
    assert "yusuf@demo.test,Yusuf Hidayat" in text
    preview, applied = preview_and_apply(client, upload(client, "agencies", "x.xlsx", agencies_xlsx.content))
    assert {r.action for r in preview.context["results"]} == {"update"}
    assert applied.status_code == 302
    dinkes.refresh_from_db()
    assert dinkes.phone == "+62 763 31234"
    assert SocialAccount.objects.filter(agency=dinkes).count() == 1
    preview, applied = preview_and_apply(client, upload(client, "members", "m.csv", members_csv.content))
    assert not preview.context["has_errors"], [r.errors for r in preview.context["results"]]
    assert applied.status_code == 302
    assert DirectoryImport.objects.filter(status="applied").count() == 2
    assert list(admin_dinkes.agency_roles.values_list("agency__slug", "role")) == [("dinkes", "admin_medsos")]


def test_exported_cells_cannot_run_as_formulas(personas, dinkes):
    dinkes.address = '=HYPERLINK("http://jahat")'
    dinkes.save()
    text = personas["moderator"].get("/direktori/ekspor/agencies.csv").content.decode("utf-8-sig")
    assert "'=HYPERLINK" in text


def preview_errors(client, kind: str, name: str, data: bytes) -> list[str]:
    response = upload(client, kind, name, data)
    preview = client.get(response["Location"])
    return [error for row in preview.context["results"] for error in row.errors]


def test_agencies_that_are_each_others_parent_are_refused_not_crashed(personas, forum):
    data = b"kode,nama,jenis,induk\naa,Badan A,dinas,bb\nbb,Badan B,dinas,aa\n"
    client = personas["moderator"]
    errors = preview_errors(client, "agencies", "a.csv", data)
    assert len([e for e in errors if "induk" in e.lower()]) == 2
    assert not Agency.objects.filter(slug__in=["aa", "bb"]).exists()


def test_broken_files_get_a_message_not_a_crash(personas):
    client = personas["moderator"]
    huge_cell = b"kode,nama\na," + b"x" * 200_000 + b"\n"
    assert upload(client, "agencies", "a.csv", huge_cell).context["form"].errors["file"]
    book = Workbook()
    book.active.append(["kode", "nama"])
    whole = io.BytesIO()
    book.save(whole)
    broken = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(whole.getvalue())) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            target.writestr(item, content[: len(content) // 2] if item.filename.endswith("sheet1.xml") else content)
    assert "XLSX" in upload(client, "agencies", "a.xlsx", broken.getvalue()).context["form"].errors["file"][0]


def test_values_longer_than_the_database_allows_are_row_errors(personas, forum):
    errors = preview_errors(
        personas["moderator"], "agencies", "a.csv", b"kode,nama,jenis\nbpbd," + b"B" * 250 + b",dinas\n"
    )
    assert any("200" in e for e in errors)


def test_numbers_typed_in_a_sheet_are_read_as_written(personas, forum):
    book = Workbook()
    book.active.append(["kode", "nama", "jenis", "telepon"])
    book.active.append(["bpbd", "BPBD", "dinas", 763123])
    data = io.BytesIO()
    book.save(data)
    client = personas["moderator"]
    preview_and_apply(client, upload(client, "agencies", "a.xlsx", data.getvalue()))
    assert Agency.objects.get(slug="bpbd").phone == "763123"


def test_an_import_cannot_take_over_an_account_managed_elsewhere(personas, forum, dinkes):
    root = Member.objects.create_superuser("root@demo.test", "sangat-rahasia-1", full_name="Root")
    riau = Forum.objects.create(slug="riau", name="Forum Riau", region_code="14", region_name="Riau")
    make_member("ani@demo.test", "Ani Riau", agency=make_agency(riau, "x", "X"), role="admin_medsos")
    data = b"email,nama,instansi,peran,aktif\nroot@demo.test,Root,dinkes,admin_medsos,tidak\nani@demo.test,Ani,dinkes,admin_medsos,ya\n"
    client = personas["moderator"]
    errors = preview_errors(client, "members", "m.csv", data)
    assert len([e for e in errors if "dikelola di tempat lain" in e]) == 2
    root.refresh_from_db()
    assert root.is_active and not root.agency_roles.exists()


def test_people_imported_as_inactive_are_not_invited_and_ya_reactivates(personas, dinkes, admin_dinkes,
                                                                      django_capture_on_commit_callbacks):  # fmt: skip
    admin_dinkes.deactivate(by=None)
    data = b"email,nama,instansi,peran,aktif\nsiti@demo.test,Siti,dinkes,admin_medsos,tidak\nyusuf@demo.test,,dinkes,admin_medsos,ya\n"
    client = personas["moderator"]
    with django_capture_on_commit_callbacks(execute=True):
        preview_and_apply(client, upload(client, "members", "m.csv", data), send_invitations="1")
    assert not Member.objects.get(email="siti@demo.test").is_active
    admin_dinkes.refresh_from_db()
    assert admin_dinkes.is_active
    assert mail.outbox == []


def test_confirming_the_same_import_twice_applies_it_once(personas, forum):
    client = personas["moderator"]
    response = upload(client, "agencies", "a.csv", b"kode,nama,jenis\nbpbd,BPBD,dinas\n")
    client.post(response["Location"], {"action": "apply"})
    Agency.objects.filter(slug="bpbd").update(phone="edited meanwhile")
    again = client.post(response["Location"], {"action": "apply"})
    assert again.status_code == 200
    assert Agency.objects.get(slug="bpbd").phone == "edited meanwhile"
