"""Accepting an invitation: choosing a password through the link in the e-mail."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

import time_machine
from django.test import Client

from sinergi.forum.invitations import invitation_url
from sinergi.forum.models import Invitation, Member


def new_member(forum) -> Member:
    member = Member.objects.create_user("siti@demo.test", None, full_name="Siti Rahmah")
    Invitation.objects.create(member=member, forum=forum)
    return member


def path_of(url: str) -> str:
    return urlsplit(url).path


def test_the_link_lets_the_person_choose_a_password_and_signs_them_in(forum):
    member = new_member(forum)
    client = Client()
    path = path_of(invitation_url(member))
    assert client.get(path).status_code == 200
    response = client.post(path, {"new_password1": "selatpanjang-2024", "new_password2": "selatpanjang-2024"})
    assert response.status_code == 302 and response["Location"] == "/ruang-kerja/"
    member.refresh_from_db()
    assert member.check_password("selatpanjang-2024")
    assert Invitation.objects.get(member=member).accepted_at is not None
    assert client.get("/ruang-kerja/").status_code == 200
    # Used once: the same link no longer works.
    assert Client().get(path).status_code == 400


def test_a_weak_password_is_refused_by_the_password_rules(forum):
    member = new_member(forum)
    response = Client().post(
        path_of(invitation_url(member)), {"new_password1": "12345678", "new_password2": "12345678"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["new_password2"]
    member.refresh_from_db()
    assert not member.has_usable_password()


def test_an_expired_link_is_refused(forum, settings):
    member = new_member(forum)
    with time_machine.travel(dt.datetime(2026, 1, 1, tzinfo=dt.UTC), tick=False):
        path = path_of(invitation_url(member))
    with time_machine.travel(
        dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(days=settings.INVITATION_TIMEOUT_DAYS + 1)
    ):
        assert Client().get(path).status_code == 400
    with time_machine.travel(
        dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(days=settings.INVITATION_TIMEOUT_DAYS - 1)
    ):
        assert Client().get(path).status_code == 200


def test_a_tampered_link_is_refused(forum):
    member = new_member(forum)
    assert Client().get(path_of(invitation_url(member))[:-3] + "xx/").status_code == 400
