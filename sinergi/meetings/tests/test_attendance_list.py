"""The secretariat keeps the attendance list by hand too, and prints the daftar hadir to sign."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from sinergi.conftest import client_for, make_member
from sinergi.meetings import attendance
from sinergi.meetings.models import Attendance, Invitation, Speaker
from sinergi.meetings.tests.factory import WIB, make_meeting


@pytest.fixture
def kopdar(forum, imigrasi, diskominfotik):
    """The first kopi darat, Wednesday 7 February 2024."""
    return make_meeting(forum, [imigrasi, diskominfotik], start=dt.datetime(2024, 2, 7, 9, 0, tzinfo=WIB), hours=3,
                        title="Kopi darat kehumasan", kind="kopi_darat",
                        venue="Hotel Grand Meranti, Selatpanjang")  # fmt: skip


def list_url(meeting) -> str:
    return reverse("meetings:attendance_list", args=[meeting.pk])


def pdf_text(response) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    return " ".join(text.split())  # a long name wraps in its cell


def test_the_secretariat_checks_a_member_in_by_hand(kopdar, moderator, admin_dinkes, dinkes):
    response = client_for(moderator).post(list_url(kopdar), {"tambah": "anggota", "member": admin_dinkes.pk})
    assert response.status_code == 302
    record = Attendance.objects.get()
    assert (record.member, record.agency, record.method, record.recorded_by) == (
        admin_dinkes,
        dinkes,
        "manual",
        moderator,
    )
    client_for(moderator).post(list_url(kopdar), {"tambah": "anggota", "member": admin_dinkes.pk})
    assert Attendance.objects.count() == 1


def test_the_member_search_narrows_the_choice_and_leaves_out_who_came(kopdar, moderator, admin_dinkes, humas_imigrasi):
    attendance.check_in(kopdar, humas_imigrasi)
    choices = client_for(moderator).get(list_url(kopdar), {"cari": "yusuf"}).context["member_form"].fields["member"]
    assert list(choices.queryset) == [admin_dinkes]
    everyone = client_for(moderator).get(list_url(kopdar)).context["member_form"].fields["member"].queryset
    assert humas_imigrasi not in everyone and admin_dinkes in everyone and moderator in everyone


def test_an_outside_guest_is_written_in_and_a_wrong_entry_removed(kopdar, moderator):
    guest = {"tambah": "tamu", "tamu-name": "Zulkifli Amri", "tamu-organisation": "PWI Kepulauan Meranti",
             "tamu-position": "Ketua"}  # fmt: skip
    client_for(moderator).post(list_url(kopdar), guest)
    record = Attendance.objects.get()
    assert (record.member, record.name, record.organisation, record.position) == (
        None, "Zulkifli Amri", "PWI Kepulauan Meranti", "Ketua",
    )  # fmt: skip
    client_for(moderator).post(list_url(kopdar), {"hapus": record.pk})
    assert not Attendance.objects.exists()


def test_a_guest_without_a_name_is_refused_and_the_text_kept(kopdar, moderator):
    guest = {"tambah": "tamu", "tamu-name": "  ", "tamu-organisation": "RRI Selatpanjang", "tamu-position": ""}
    response = client_for(moderator).post(list_url(kopdar), guest)
    assert response.status_code == 200 and response.context["guest_form"].errors["name"]
    assert "RRI Selatpanjang" in response.content.decode() and not Attendance.objects.exists()


def test_only_those_who_run_the_meeting_keep_the_list(kopdar, admin_dinkes, outsider, humas_imigrasi):
    for client in (client_for(admin_dinkes), client_for(outsider)):
        assert client.get(list_url(kopdar)).status_code == 403
        assert client.post(list_url(kopdar), {"tambah": "anggota", "member": admin_dinkes.pk}).status_code == 403
        assert client.get(reverse("meetings:attendance_pdf", args=[kopdar.pk])).status_code == 403
    assert client_for(humas_imigrasi).get(list_url(kopdar)).status_code == 200  # head of PR of an organiser
    assert not Attendance.objects.exists()


def test_nobody_is_checked_in_to_a_cancelled_meeting(kopdar, moderator, admin_dinkes):
    kopdar.status = "cancelled"
    kopdar.save()
    client_for(moderator).post(list_url(kopdar), {"tambah": "anggota", "member": admin_dinkes.pk})
    assert not Attendance.objects.exists()


def test_the_daftar_hadir_lists_who_came_then_who_is_expected_then_blank_rows(
    kopdar, moderator, humas_imigrasi, admin_dinkes, dinkes
):
    late = make_member("late@demo.test", "Siti Rahmah", agency=dinkes, role="pranata_humas")
    Invitation.objects.create(meeting=kopdar, kind="agency", agency=dinkes)
    Speaker.objects.create(meeting=kopdar, name="Zulkifli Amri", organisation="PWI Kepulauan Meranti")
    attendance.check_in(kopdar, humas_imigrasi)
    attendance.check_in(kopdar, admin_dinkes, method="manual", recorded_by=moderator)
    attendance.add_guest(kopdar, name="Rahmat Hidayat", organisation="RRI Selatpanjang", position="Reporter",
                         recorded_by=moderator)  # fmt: skip

    response = client_for(moderator).get(reverse("meetings:attendance_pdf", args=[kopdar.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "private, no-store"
    reader = PdfReader(io.BytesIO(response.content))
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [595, 842]  # A4 portrait
    text = pdf_text(response)
    assert "Kopi darat kehumasan" in text and "Hotel Grand Meranti, Selatpanjang" in text
    assert "Rabu, 7 Februari 2024" in text and "09.00" in text
    # In the order they came, then those invited or speaking who have not checked in.
    order = ["Fajar Ramadhan", "Yusuf Hidayat", "Rahmat Hidayat", "Siti Rahmah", "Zulkifli Amri"]
    positions = [text.index(name) for name in order]
    assert positions == sorted(positions)
    assert "Fajar Ramadhan Kantor Imigrasi" in text and "Rahmat Hidayat RRI Selatpanjang Reporter" in text
    assert "Zulkifli Amri PWI Kepulauan Meranti" in text
    rows = len(order) + attendance.BLANK_ROWS
    words = text.split()  # whole words: the footer's time ("14.16") is not a row number
    assert f"{rows}." in words and f"{rows + 1}." not in words  # numbered rows to sign, blank ones included
    assert text.count("Yusuf Hidayat") == 1 and late.full_name in text


def test_the_list_page_shows_who_came_and_who_is_expected(kopdar, moderator, humas_imigrasi, admin_dinkes, dinkes):
    Invitation.objects.create(meeting=kopdar, kind="agency", agency=dinkes)
    attendance.check_in(kopdar, humas_imigrasi)
    response = client_for(moderator).get(list_url(kopdar))
    assert [a.name for a in response.context["attendances"]] == ["Fajar Ramadhan"]
    assert [row.name for row in response.context["expected"]] == ["Yusuf Hidayat"]
    assert reverse("meetings:attendance_pdf", args=[kopdar.pk]) in response.content.decode()
