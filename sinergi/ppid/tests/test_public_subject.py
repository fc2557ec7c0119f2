"""The public register shows a request's subject only after the personal-data guard and a PPID's check.

A requester writes the subject about themselves and others: a NIK glued to its label, digits of
another script, a name after "atas nama". The register withholds the subject until a PPID has
confirmed or rewritten it, and the guard refuses a public subject that still holds personal data.
"""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from sinergi.conftest import client_for, make_member
from sinergi.ppid.models import InformationRequest, RequestAction

SUBJECTS = [
    "Data bantuan sosial atas nama Siti Aminah binti Ahmad",
    "Salinan KTP nik1410015708985028 yang hilang",
    "Data kependudukan NIK:١٤١٠٠١٥٧٠٨٩٨٥٠٢٨",
    "Data kartu keluarga KK.1410011203150007 a.n. Budi Santoso",
    "Data ＮＩＫ１４１０015708985028 untuk klaim",
]
SECRETS = ["Siti Aminah", "Ahmad", "1410015708985028", "١٤١٠٠١٥٧٠٨٩٨٥٠٢٨", "1410011203150007", "Budi Santoso",
           "１４１０015708985028"]  # fmt: skip


@pytest.fixture
def ppid_dinkes(dinkes):
    return make_member("ppid.dinkes@demo.test", "Sri Wahyuni", agency=dinkes, role="ppid_pelaksana")


def make_request(forum, agency, subject: str) -> InformationRequest:
    return InformationRequest.objects.create(forum=forum, agency=agency, name="Pemohon", id_number="1",
                                             address="Jl. 1", subject=subject, purpose="Riset",
                                             consent_at=timezone.now())  # fmt: skip


def register_page(number: int = 1) -> str:
    return Client().get(reverse("ppid:public_register"), {"halaman": number}).content.decode()


def test_an_unchecked_subject_is_withheld_whatever_it_holds(forum, dinkes):
    items = [make_request(forum, dinkes, subject) for subject in [*SUBJECTS, "Data stunting per desa 2025"]]
    page = register_page()
    assert all(item.number in page for item in items)
    assert page.count("(perihal belum diperiksa PPID)") == len(items)
    for secret in [*SECRETS, "stunting"]:
        assert secret not in page, secret


def test_the_ppid_starts_from_the_subject_with_what_the_guard_finds_masked(forum, dinkes, ppid_dinkes):
    item = make_request(forum, dinkes, SUBJECTS[0] + " dan nik1410015708985028")
    page = client_for(ppid_dinkes).get(reverse("ppid_office:public_subject", args=[item.pk])).content.decode()
    assert "Data bantuan sosial atas nama [disamarkan] dan nik[disamarkan]" in page
    assert item.subject in page  # the PPID sees what the requester wrote


@pytest.mark.parametrize("subject", SUBJECTS)
def test_the_register_shows_the_subject_the_ppid_checked_and_never_the_personal_data(subject, forum, dinkes,
                                                                                     ppid_dinkes):  # fmt: skip
    item = make_request(forum, dinkes, subject)
    office = client_for(ppid_dinkes)
    suggested = InformationRequest.objects.get(pk=item.pk).suggested_public_subject()
    response = office.post(reverse("ppid_office:public_subject", args=[item.pk]), {"text": suggested})
    assert response.status_code == 302

    item.refresh_from_db()
    assert item.public_subject_checked_by == ppid_dinkes and item.public_subject == suggested
    assert item.events.filter(action=RequestAction.SUBJECT_CHECKED, actor=ppid_dinkes).exists()
    page = register_page()
    assert suggested in page and "(perihal belum diperiksa PPID)" not in page
    for secret in SECRETS:
        assert secret not in page, secret


@pytest.mark.parametrize(
    ("text", "kind"),
    [("Data bansos atas nama Rahmat Hidayat", "Nama orang"), ("Data untuk nik1410015708985028", "NIK"),
     ("Data KK.1410011203150007", "Nomor kartu keluarga"), ("Data ١٤١٠٠١٥٧٠٨٩٨٥٠٢٨", "NIK"),
     ("Hubungi HP081275304416", "Nomor telepon")],
)  # fmt: skip
def test_the_guard_refuses_a_public_subject_that_still_holds_personal_data(text, kind, forum, dinkes, ppid_dinkes):
    item = make_request(forum, dinkes, "Data bantuan sosial")
    response = client_for(ppid_dinkes).post(reverse("ppid_office:public_subject", args=[item.pk]), {"text": text})
    assert response.status_code == 200
    page = response.content.decode()
    assert "masih memuat data pribadi" in page and kind in page
    assert text in page  # what the PPID typed stays in the form
    item.refresh_from_db()
    assert not item.public_subject_checked_at and "(perihal belum diperiksa PPID)" in register_page()


def test_a_public_subject_has_a_length_limit(forum, dinkes, ppid_dinkes):
    item = make_request(forum, dinkes, "Data bantuan sosial")
    response = client_for(ppid_dinkes).post(reverse("ppid_office:public_subject", args=[item.pk]), {"text": "d" * 501})
    assert "paling banyak 500 karakter" in response.content.decode()
    item.refresh_from_db()
    assert not item.public_subject_checked_at


def test_only_a_ppid_handling_the_request_checks_its_subject(forum, dinkes, imigrasi, moderator):
    item = make_request(forum, dinkes, "Data bantuan sosial")
    other = make_member("ppid.imigrasi@demo.test", "Rudi", agency=imigrasi, role="ppid_pelaksana")
    url = reverse("ppid_office:public_subject", args=[item.pk])
    for member in (other, moderator):
        assert client_for(member).post(url, {"text": "Data bantuan sosial"}).status_code == 403
    utama = make_member("ppid.utama@demo.test", "Bambang", forum_role="ppid_utama", forum=forum)
    assert client_for(utama).post(url, {"text": "Data bantuan sosial"}).status_code == 302


def test_the_request_page_shows_whether_the_subject_was_checked(forum, dinkes, ppid_dinkes):
    item = make_request(forum, dinkes, "Data bantuan sosial")
    office = client_for(ppid_dinkes)
    page = office.get(reverse("ppid_office:detail", args=[item.pk])).content.decode()
    assert "belum diperiksa" in page and reverse("ppid_office:public_subject", args=[item.pk]) in page
    item.check_public_subject(ppid_dinkes, "Data bantuan sosial 2025")
    page = office.get(reverse("ppid_office:detail", args=[item.pk])).content.decode()
    assert "Data bantuan sosial 2025" in page


def test_a_huge_subject_stored_before_the_limit_is_neither_read_nor_shown_by_the_register(forum, dinkes):
    item = make_request(forum, dinkes, "pendek")
    InformationRequest.objects.filter(pk=item.pk).update(subject="besar " * 1_500_000)  # 9 MB, as before the limit
    page = register_page()
    assert item.number in page and "besar" not in page
