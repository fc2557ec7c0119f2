"""Every way in shares one count of failures and one lock: the form, its code step, `/api/token/`,
the admin, and any caller of `authenticate()`; reset e-mails are limited as well."""

from __future__ import annotations

import datetime as dt

import time_machine
from django.contrib.auth import authenticate
from django.core import mail
from django.test import Client, RequestFactory

from sinergi.conftest import PASSWORD, authenticator_for, code_for, make_member
from sinergi.forum.models import SignInFailure

START = dt.datetime(2026, 3, 2, 2, 0, tzinfo=dt.UTC)
ADDRESS = "10.0.0.1"


def form(email: str, password: str, client: Client | None = None):
    return (client or Client(REMOTE_ADDR=ADDRESS)).post("/akun/masuk/", {"username": email, "password": password})


def api(email: str, password: str, address: str = ADDRESS):
    return Client(REMOTE_ADDR=address).post("/api/token/", {"username": email, "password": password})


def test_wrong_passwords_on_the_api_are_counted_and_lock_the_form(db):
    make_member("yusuf@demo.test", "Yusuf")
    with time_machine.travel(START, tick=False):
        for _ in range(5):
            assert api("yusuf@demo.test", "salah").status_code == 400
        assert SignInFailure.objects.count() == 5
        locked = form("yusuf@demo.test", PASSWORD)
        assert locked.status_code == 200 and "Terlalu banyak sandi yang salah" in locked.content.decode()


def test_the_api_refuses_the_right_password_while_the_form_is_locked(db):
    make_member("yusuf@demo.test", "Yusuf")
    with time_machine.travel(START, tick=False):
        for _ in range(5):
            form("yusuf@demo.test", "salah")
        response = api("yusuf@demo.test", PASSWORD)
        assert response.status_code == 429 and "token" not in response.json()
        assert int(response["Retry-After"]) == 15 * 60
        # Another address is not locked: a stranger cannot lock the owner out.
        assert api("yusuf@demo.test", PASSWORD, address="10.9.9.9").status_code == 200
    with time_machine.travel(START + dt.timedelta(minutes=16), tick=False):
        assert api("yusuf@demo.test", PASSWORD).status_code == 200


def test_any_caller_of_authenticate_is_refused_while_locked_as_the_admin_form_would_be(db):
    from django.contrib.admin.forms import AdminAuthenticationForm

    make_member("rina@demo.test", "Rina").__class__.objects.filter(email="rina@demo.test").update(is_staff=True)
    request = RequestFactory().post("/admin/login/", REMOTE_ADDR=ADDRESS)
    with time_machine.travel(START, tick=False):
        for _ in range(5):
            assert authenticate(request, username="rina@demo.test", password="salah") is None
        assert authenticate(request, username="rina@demo.test", password=PASSWORD) is None
        admin_form = AdminAuthenticationForm(request, data={"username": "rina@demo.test", "password": PASSWORD})
        assert not admin_form.is_valid()
        assert SignInFailure.objects.count() == 5  # refusals while locked do not extend the lock


def test_the_admin_sign_in_page_is_the_sites_form(db):
    response = Client().get("/admin/login/?next=/admin/forum/member/")
    assert response.status_code == 302
    assert response["Location"] == "/akun/masuk/?next=%2Fadmin%2Fforum%2Fmember%2F"
    # Posting a password to the admin's old address signs no one in.
    make_member("rina@demo.test", "Rina").__class__.objects.filter(email="rina@demo.test").update(is_staff=True)
    client = Client()
    client.post("/admin/login/", {"username": "rina@demo.test", "password": PASSWORD})
    assert "_auth_user_id" not in client.session


def test_wrong_sign_in_codes_count_toward_the_same_lock(db):
    member = make_member("yusuf@demo.test", "Yusuf")
    device = authenticator_for(member)
    client = Client(REMOTE_ADDR=ADDRESS)
    with time_machine.travel(START, tick=True):
        assert form("yusuf@demo.test", PASSWORD, client)["Location"] == "/akun/masuk/kode/"
        for _ in range(5):
            assert client.post("/akun/masuk/kode/", {"code": "000000"}).status_code == 200
        refused = client.post("/akun/masuk/kode/", {"code": code_for(device)})
        assert "Terlalu banyak sandi yang salah" in refused.content.decode()
        assert "_auth_user_id" not in client.session
        assert "Terlalu banyak" in form("yusuf@demo.test", PASSWORD).content.decode()


def test_the_right_password_alone_does_not_forget_wrong_codes(db):
    member = make_member("yusuf@demo.test", "Yusuf")
    authenticator_for(member)
    client = Client(REMOTE_ADDR=ADDRESS)
    with time_machine.travel(START, tick=True):
        form("yusuf@demo.test", PASSWORD, client)
        client.post("/akun/masuk/kode/", {"code": "000000"})
        form("yusuf@demo.test", PASSWORD, client)
        api("yusuf@demo.test", PASSWORD)  # refused for a two-step account, and forgets nothing
    assert SignInFailure.objects.count() == 1


def test_reset_emails_are_limited_per_address_typed(db):
    make_member("yusuf@demo.test", "Yusuf")
    client = Client(REMOTE_ADDR=ADDRESS)
    with time_machine.travel(START, tick=False):
        for _ in range(3):
            assert client.post("/akun/lupa-sandi/", {"email": "yusuf@demo.test"}).status_code == 302
        refused = client.post("/akun/lupa-sandi/", {"email": "Yusuf@demo.test"})
        assert refused.status_code == 200 and "Terlalu banyak permintaan" in refused.content.decode()
        # The same limit holds for an address no one has, so the answer reveals no account.
        for _ in range(3):
            client.post("/akun/lupa-sandi/", {"email": "siapa@demo.test"})
        assert "Terlalu banyak" in client.post("/akun/lupa-sandi/", {"email": "siapa@demo.test"}).content.decode()
    assert len(mail.outbox) == 3
    with time_machine.travel(START + dt.timedelta(minutes=16), tick=False):
        assert client.post("/akun/lupa-sandi/", {"email": "yusuf@demo.test"}).status_code == 302


def test_reset_requests_count_toward_the_addresss_limit(db, settings):
    settings.SIGN_IN_FAILURES_PER_CLIENT = 4
    make_member("dewi@demo.test", "Dewi")
    client = Client(REMOTE_ADDR="10.6.6.6")
    with time_machine.travel(START, tick=False):
        for n in range(4):
            client.post("/akun/lupa-sandi/", {"email": f"tebak{n}@demo.test"})
        assert "Terlalu banyak" in client.post("/akun/lupa-sandi/", {"email": "dewi@demo.test"}).content.decode()
        assert form("dewi@demo.test", PASSWORD, Client(REMOTE_ADDR="10.6.6.6")).status_code == 200
        assert form("dewi@demo.test", PASSWORD, Client(REMOTE_ADDR="10.0.0.2")).status_code == 302
