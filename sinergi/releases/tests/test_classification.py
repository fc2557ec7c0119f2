"""Each release carries its KIP class; exempt information is kept but never published."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from sinergi.conftest import client_for
from sinergi.releases.models import PublishBlocked, Release, Status
from sinergi.releases.tests.factory import make_release

FORM = {"kind": "informasi_publik", "title": "Laporan hasil audit", "summary": "", "body": "Isi.", "lock_version": ""}


def test_an_exempt_release_needs_its_consequence_test(admin_imigrasi, imigrasi):
    response = client_for(admin_imigrasi).post(reverse("releases:create"), {
        **FORM, "agency": imigrasi.pk, "kip_class": "dikecualikan", "exemption_ground": "a",
    })  # fmt: skip
    form = response.context["form"]
    assert set(form.errors) >= {"exemption_legal_basis", "exemption_consequence", "exemption_decree_number",
                                "exemption_decree_date", "exemption_ends_on"}  # fmt: skip
    assert not Release.objects.exists()


def test_a_permanent_exemption_needs_no_end_date(admin_imigrasi, imigrasi):
    client_for(admin_imigrasi).post(reverse("releases:create"), {
        **FORM, "agency": imigrasi.pk, "kip_class": "dikecualikan", "exemption_ground": "h",
        "exemption_legal_basis": "UU 14/2008 Pasal 17 huruf h", "exemption_consequence": "Membuka rahasia pribadi.",
        "exemption_decree_number": "SK-PPID/01/2024", "exemption_decree_date": "2024-01-15",
    })  # fmt: skip
    release = Release.objects.get()
    assert release.is_exempt and release.exemption_ends_on is None


def test_a_periodic_release_names_its_item(admin_imigrasi, imigrasi):
    response = client_for(admin_imigrasi).post(reverse("releases:create"), {**FORM, "agency": imigrasi.pk,
                                                                           "kip_class": "berkala"})  # fmt: skip
    assert "berkala_item" in response.context["form"].errors


def test_exempt_information_can_never_be_scheduled_or_published(imigrasi, admin_imigrasi, moderator):
    release = make_release(imigrasi, admin_imigrasi, status=Status.APPROVED, kip_class="dikecualikan",
                           exemption_ground="h")  # fmt: skip
    with pytest.raises(PublishBlocked):
        release.publish(moderator)
    with pytest.raises(PublishBlocked):
        release.schedule(moderator, timezone.now() + datetime.timedelta(days=1))
    assert Release.objects.get(pk=release.pk).status == Status.APPROVED


def test_even_a_published_exempt_record_stays_off_public_querysets(imigrasi):
    make_release(imigrasi, status=Status.PUBLISHED, kip_class="dikecualikan", exemption_ground="h")
    assert not Release.objects.public().exists()


def test_a_drafter_cannot_open_exempt_information_but_a_ppid_can(imigrasi, admin_imigrasi, forum):
    from sinergi.conftest import make_member

    release = make_release(imigrasi, admin_imigrasi, kip_class="dikecualikan", exemption_ground="h",
                           exemption_legal_basis="UU 14/2008", exemption_consequence="Rahasia pribadi terbuka.",
                           exemption_decree_number="SK/1", exemption_decree_date="2024-01-01")  # fmt: skip
    data = {"kind": release.kind, "title": release.title, "summary": "", "body": release.body,
            "kip_class": "setiap_saat", "lock_version": release.lock_version}  # fmt: skip
    response = client_for(admin_imigrasi).post(reverse("releases:edit", args=[release.pk]), data)
    assert "kip_class" in response.context["form"].errors
    assert Release.objects.get(pk=release.pk).is_exempt
    ppid = make_member("ppid@demo.test", "PPID Imigrasi", agency=imigrasi, role="ppid_pelaksana")
    ppid.agency_roles.create(agency=imigrasi, role="admin_medsos")
    client_for(ppid).post(reverse("releases:edit", args=[release.pk]), data)
    assert not Release.objects.get(pk=release.pk).is_exempt
