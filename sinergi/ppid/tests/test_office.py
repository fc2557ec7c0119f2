"""The PPID office: who sees which requests and the requester's personal data, routing and forwarding."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from sinergi.conftest import client_for, make_member
from sinergi.ppid.models import InformationRequest, RequestAction

NIK = "1410015708900003"


@pytest.fixture
def item(forum):
    return InformationRequest.objects.create(
        forum=forum, name="Siti Aminah", id_number=NIK, address="Jl. Merdeka 1", email="siti@contoh.test",
        subject="Data penerima bantuan sosial", purpose="Liputan", consent_at=timezone.now(),
    )  # fmt: skip


@pytest.fixture
def ppid_utama(forum):
    return make_member("ppid.utama@demo.test", "Bambang Sutrisno", forum_role="ppid_utama", forum=forum)


@pytest.fixture
def ppid_dinkes(dinkes):
    return make_member("ppid.dinkes@demo.test", "Sri Wahyuni", agency=dinkes, role="ppid_pelaksana")


@pytest.fixture
def ppid_imigrasi(imigrasi):
    return make_member("ppid.imigrasi@demo.test", "Rudi", agency=imigrasi, role="ppid_pelaksana")


def test_the_ppid_utama_routes_and_the_agencys_ppid_then_sees_it(item, ppid_utama, ppid_dinkes, dinkes):
    assert NIK not in client_for(ppid_dinkes).get(reverse("ppid_office:list")).content.decode()
    assert client_for(ppid_dinkes).get(reverse("ppid_office:detail", args=[item.pk])).status_code == 403
    client_for(ppid_utama).post(reverse("ppid_office:move", args=[item.pk, "teruskan"]), {"teruskan-agency": dinkes.pk})
    item.refresh_from_db()
    assert item.agency == dinkes and item.status == "in_process"
    assert item.number in client_for(ppid_dinkes).get(reverse("ppid_office:list")).content.decode()
    page = client_for(ppid_dinkes).get(reverse("ppid_office:detail", args=[item.pk])).content.decode()
    assert NIK in page and "Jl. Merdeka 1" in page


def test_a_ppid_pelaksana_forwards_what_it_does_not_hold_with_the_reason(item, ppid_dinkes, dinkes, imigrasi):
    item.route(dinkes, None)
    client_for(ppid_dinkes).post(reverse("ppid_office:move", args=[item.pk, "alihkan"]),
                                 {"alihkan-agency": imigrasi.pk, "alihkan-comment": "Data paspor ada di imigrasi."})  # fmt: skip
    item.refresh_from_db()
    assert item.agency == imigrasi
    forwarded = item.events.get(action=RequestAction.FORWARDED)
    assert (forwarded.from_agency, forwarded.to_agency, forwarded.actor) == (dinkes, imigrasi, ppid_dinkes)
    assert forwarded.comment == "Data paspor ada di imigrasi."


def test_forwarding_needs_a_reason(item, ppid_dinkes, dinkes, imigrasi):
    item.route(dinkes, None)
    client_for(ppid_dinkes).post(
        reverse("ppid_office:move", args=[item.pk, "alihkan"]), {"alihkan-agency": imigrasi.pk}
    )
    item.refresh_from_db()
    assert item.agency == dinkes


def test_people_who_are_not_ppids_never_see_requests_or_personal_data(item, moderator, admin_dinkes, ppid_imigrasi):
    for member in (moderator, admin_dinkes):
        assert client_for(member).get(reverse("ppid_office:list")).status_code == 403
    assert client_for(ppid_imigrasi).get(reverse("ppid_office:detail", args=[item.pk])).status_code == 403
    assert client_for(ppid_imigrasi).get(reverse("ppid_office:id_document", args=[item.pk])).status_code == 403
    assert client_for(None).get(reverse("ppid_office:detail", args=[item.pk])).status_code == 302


def test_the_list_flags_an_overdue_notice(item, ppid_utama):
    InformationRequest.objects.filter(pk=item.pk).update(received_at=timezone.now() - datetime.timedelta(days=40))
    page = client_for(ppid_utama).get(reverse("ppid_office:list")).content.decode()
    assert "terlambat" in page


def test_the_workspace_leads_a_ppid_to_the_requests_and_the_portal_leads_the_public_to_the_form(ppid_utama, forum):
    assert reverse("ppid_office:list") in client_for(ppid_utama).get(reverse("workspace:home")).content.decode()
    assert reverse("ppid:request") in client_for(None).get("/").content.decode()
