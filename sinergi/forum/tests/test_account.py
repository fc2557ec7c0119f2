"""Signing in and out, password reset by e-mail, password rules and session expiry."""

from __future__ import annotations

import datetime as dt
import re

import time_machine
from django.core import mail
from django.test import Client

from sinergi.conftest import PASSWORD


def test_a_member_signs_in_with_any_case_of_their_email_and_out_again(admin_dinkes):
    client = Client()
    response = client.post("/akun/masuk/", {"username": "Yusuf@Demo.TEST", "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/ruang-kerja/"
    assert client.get("/ruang-kerja/").status_code == 200
    client.post("/akun/keluar/")
    assert client.get("/ruang-kerja/").status_code == 302


def test_a_wrong_password_is_explained_in_indonesian_and_the_email_stays(admin_dinkes):
    response = Client().post("/akun/masuk/", {"username": "yusuf@demo.test", "password": "salah"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "sandi yang benar" in html
    assert 'value="yusuf@demo.test"' in html


def test_password_reset_sends_a_link_that_sets_a_new_password(admin_dinkes):
    client = Client()
    response = client.post("/akun/lupa-sandi/", {"email": "yusuf@demo.test"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"http://\S+/akun/sandi-baru/\S+/", mail.outbox[0].body).group(0)
    path = "/" + link.split("/", 3)[3]
    form_page = client.get(path, follow=True)
    response = client.post(
        form_page.redirect_chain[-1][0], {"new_password1": "pelabuhan-baru-7", "new_password2": "pelabuhan-baru-7"}
    )
    assert response.status_code == 302
    admin_dinkes.refresh_from_db()
    assert admin_dinkes.check_password("pelabuhan-baru-7")


def test_password_reset_for_an_unknown_address_reveals_nothing(db):
    response = Client().post("/akun/lupa-sandi/", {"email": "siapa@demo.test"})
    assert response.status_code == 302
    assert mail.outbox == []


def test_password_rules_refuse_a_short_or_common_password(personas, admin_dinkes):
    response = personas["admin_dinkes"].post(
        "/akun/ganti-sandi/", {"old_password": PASSWORD, "new_password1": "password", "new_password2": "password"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["new_password2"]
    admin_dinkes.refresh_from_db()
    assert admin_dinkes.check_password(PASSWORD)


def test_a_session_ends_after_the_configured_time(admin_dinkes, settings):
    start = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)
    client = Client()
    with time_machine.travel(start, tick=False):
        client.post("/akun/masuk/", {"username": "yusuf@demo.test", "password": PASSWORD})
        assert client.session.get_expire_at_browser_close()
    with time_machine.travel(start + dt.timedelta(seconds=settings.SESSION_COOKIE_AGE - 60), tick=False):
        assert client.get("/ruang-kerja/").status_code == 200
    with time_machine.travel(start + dt.timedelta(seconds=settings.SESSION_COOKIE_AGE + 60), tick=False):
        assert client.get("/ruang-kerja/").status_code == 302


def test_demo_accounts_cannot_sign_in_when_debug_is_off(admin_dinkes, settings):
    admin_dinkes.is_demo = True
    admin_dinkes.save()
    settings.DEBUG = False
    assert not Client().login(username="yusuf@demo.test", password=PASSWORD)
    settings.DEBUG = True
    assert Client().login(username="yusuf@demo.test", password=PASSWORD)


def test_a_member_makes_an_api_token(personas, admin_dinkes):
    personas["admin_dinkes"].post("/akun/token-api/baru/")
    html = personas["admin_dinkes"].get("/akun/token-api/").content.decode()
    assert admin_dinkes.auth_token.key in html
