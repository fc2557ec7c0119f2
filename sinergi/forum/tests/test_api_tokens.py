"""An API token ends when its owner's password is set by any path, when the owner is deactivated,
after API_TOKEN_DAYS, and (outside DEBUG) for demo accounts; two-step accounts get none for a password."""

from __future__ import annotations

import datetime as dt
import re

import time_machine
from django.core import mail
from django.test import Client
from rest_framework.authtoken.models import Token

from sinergi.conftest import PASSWORD, authenticator_for, client_for, make_member
from sinergi.forum.models import Member

START = dt.datetime(2026, 3, 2, 2, 0, tzinfo=dt.UTC)


def works(token: Token) -> bool:
    return Client().get("/api/members/", HTTP_AUTHORIZATION=f"Token {token.key}").status_code == 200


def test_changing_the_password_on_the_account_page_ends_the_token(admin_dinkes):
    token = Token.objects.create(user=admin_dinkes)
    assert works(token)
    client_for(admin_dinkes).post("/akun/ganti-sandi/", {
        "old_password": PASSWORD, "new_password1": "pelabuhan-baru-7", "new_password2": "pelabuhan-baru-7"})  # fmt: skip
    assert not works(token) and not Token.objects.exists()


def test_a_password_set_from_the_reset_link_ends_the_token(admin_dinkes):
    token = Token.objects.create(user=admin_dinkes)
    client = Client()
    client.post("/akun/lupa-sandi/", {"email": "yusuf@demo.test"})
    path = "/" + re.search(r"http://\S+/akun/sandi-baru/\S+/", mail.outbox[0].body).group(0).split("/", 3)[3]
    form_page = client.get(path, follow=True)
    client.post(form_page.redirect_chain[-1][0], {"new_password1": "pelabuhan-baru-7",
                                                  "new_password2": "pelabuhan-baru-7"})  # fmt: skip
    assert not works(token)


def test_set_password_anywhere_ends_the_token_but_a_rehash_at_sign_in_does_not(admin_dinkes, settings):
    token = Token.objects.create(user=admin_dinkes)
    # A stronger hasher makes Django re-hash the same password at the next sign-in: not a change.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher",
                                 "django.contrib.auth.hashers.MD5PasswordHasher"]  # fmt: skip
    assert Client().login(username="yusuf@demo.test", password=PASSWORD)
    assert Member.objects.get(pk=admin_dinkes.pk).password.startswith("pbkdf2")
    assert works(token)
    member = Member.objects.get(pk=admin_dinkes.pk)  # as the admin's password form does
    member.set_password("pelabuhan-baru-7")
    member.save()
    assert not works(token)


def test_deactivating_ends_the_token_however_it_is_done(admin_dinkes, humas_imigrasi):
    first = Token.objects.create(user=admin_dinkes)
    admin_dinkes.deactivate(by=None)
    assert not Token.objects.filter(pk=first.pk).exists()
    second = Token.objects.create(user=humas_imigrasi)
    humas_imigrasi.is_active = False  # the admin's change form saves the field directly
    humas_imigrasi.save()
    assert not Token.objects.filter(pk=second.pk).exists()


def test_saving_a_member_for_another_reason_keeps_the_token(admin_dinkes):
    token = Token.objects.create(user=admin_dinkes)
    admin_dinkes.position = "Pranata Humas"
    admin_dinkes.save()
    assert works(token)


def test_a_demo_accounts_token_is_refused_outside_debug(admin_dinkes, settings):
    Member.objects.filter(pk=admin_dinkes.pk).update(is_demo=True)
    token = Token.objects.create(user=admin_dinkes)
    settings.DEBUG = True
    assert works(token)
    settings.DEBUG = False
    response = Client().get("/api/members/", HTTP_AUTHORIZATION=f"Token {token.key}")
    assert response.status_code == 401 and "demo" in response.json()["detail"]


def test_a_token_expires_after_the_configured_days_with_a_clear_answer(admin_dinkes, settings):
    settings.API_TOKEN_DAYS = 90
    with time_machine.travel(START, tick=False):
        token = Token.objects.create(user=admin_dinkes)
    with time_machine.travel(START + dt.timedelta(days=89), tick=False):
        assert works(token)
        page = client_for(admin_dinkes).get("/akun/token-api/").content.decode()
        assert "berlaku sampai 31 Mei 2026" in page and "Authorization: Token &lt;token&gt;" in page
    with time_machine.travel(START + dt.timedelta(days=90, seconds=1), tick=False):
        response = Client().get("/api/members/", HTTP_AUTHORIZATION=f"Token {token.key}")
        assert response.status_code == 401
        assert response["WWW-Authenticate"] == "Token"
        assert "kedaluwarsa pada 2026-05-31" in response.json()["detail"]
        assert "/akun/token-api/" in response.json()["detail"]
        # The password trades for a fresh token; the expired one stays dead.
        fresh = Client().post("/api/token/", {"username": "yusuf@demo.test", "password": PASSWORD}).json()["token"]
        assert fresh != token.key
        assert Client().get("/api/members/", HTTP_AUTHORIZATION=f"Token {fresh}").status_code == 200


def test_no_token_for_a_password_alone_when_two_step_sign_in_applies(moderator, admin_dinkes):
    required = Client().post("/api/token/", {"username": "rina@demo.test", "password": PASSWORD})
    assert required.status_code == 403 and "/akun/token-api/" in required.json()["detail"]
    authenticator_for(admin_dinkes)  # optional for Yusuf, but turned on
    assert Client().post("/api/token/", {"username": "yusuf@demo.test", "password": PASSWORD}).status_code == 403
    assert not Token.objects.exists()
    # Signed in with the code, the moderator makes a token on the account page.
    client_for(moderator).post("/akun/token-api/baru/")
    assert works(Token.objects.get(user=moderator))


def test_a_new_member_without_roles_gets_a_token_for_the_password(db):
    make_member("tamu@demo.test", "Tamu")
    response = Client().post("/api/token/", {"username": "tamu@demo.test", "password": PASSWORD})
    assert response.status_code == 200 and len(response.json()["token"]) == 40
