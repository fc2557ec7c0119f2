"""Password guessing is slowed down: after five wrong passwords an account waits a quarter of an hour."""

from __future__ import annotations

import datetime as dt

import time_machine
from django.test import Client

from sinergi.conftest import PASSWORD, make_member
from sinergi.forum.models import SignInFailure

START = dt.datetime(2026, 3, 2, 2, 0, tzinfo=dt.UTC)


def sign_in(email: str, password: str, address: str = "10.0.0.1"):
    return Client(REMOTE_ADDR=address).post("/akun/masuk/", {"username": email, "password": password})


def test_five_wrong_passwords_lock_the_account_even_for_the_right_one_then_it_opens(db):
    make_member("yusuf@demo.test", "Yusuf")
    with time_machine.travel(START, tick=False):
        for _ in range(5):
            assert sign_in("yusuf@demo.test", "salah").status_code == 200
        locked = sign_in("Yusuf@Demo.test", PASSWORD)
        assert locked.status_code == 200 and "Terlalu banyak sandi yang salah" in locked.content.decode()
        assert "15 menit" in locked.content.decode()
        # From another address the owner still signs in: a stranger cannot lock them out.
        assert sign_in("yusuf@demo.test", PASSWORD, address="10.9.9.9").status_code == 302
    with time_machine.travel(START + dt.timedelta(minutes=16), tick=False):
        assert sign_in("yusuf@demo.test", PASSWORD).status_code == 302
    assert not SignInFailure.objects.exists()  # a successful sign-in forgets the failures


def test_resetting_the_password_ends_the_lock(db):
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    member = make_member("yusuf@demo.test", "Yusuf")
    with time_machine.travel(START, tick=False):
        for _ in range(5):
            sign_in("yusuf@demo.test", "salah")
        client = Client(REMOTE_ADDR="10.0.0.1")
        uid, token = urlsafe_base64_encode(force_bytes(member.pk)), default_token_generator.make_token(member)
        form_url = client.get(f"/akun/sandi-baru/{uid}/{token}/").url  # Django swaps the token for a session one
        client.post(form_url, {"new_password1": "kopi-pagi-Meranti-9", "new_password2": "kopi-pagi-Meranti-9"})
        assert sign_in("yusuf@demo.test", "kopi-pagi-Meranti-9").status_code == 302


def test_a_forged_forwarded_address_does_not_make_one_client_many(db, settings):
    from django.test import RequestFactory

    from sinergi.core.clients import client_fingerprint

    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    seen = {client_fingerprint(RequestFactory().get("/", HTTP_X_FORWARDED_FOR=f"{forged}, 203.0.113.9"))
            for forged in ("1.1.1.1", "2.2.2.2")}  # fmt: skip
    assert len(seen) == 1


def test_another_account_is_not_locked_by_someone_elses_failures(db):
    make_member("yusuf@demo.test", "Yusuf")
    make_member("dewi@demo.test", "Dewi")
    with time_machine.travel(START, tick=False):
        for _ in range(5):
            sign_in("yusuf@demo.test", "salah")
        assert sign_in("dewi@demo.test", PASSWORD).status_code == 302


def test_one_address_guessing_many_accounts_is_stopped(db, settings):
    settings.SIGN_IN_FAILURES_PER_CLIENT = 8
    make_member("dewi@demo.test", "Dewi")
    with time_machine.travel(START, tick=False):
        for n in range(8):
            sign_in(f"tebak{n}@demo.test", "salah", address="10.6.6.6")
        assert sign_in("dewi@demo.test", PASSWORD, address="10.6.6.6").status_code == 200
        assert sign_in("dewi@demo.test", PASSWORD, address="10.0.0.2").status_code == 302
    stored = list(SignInFailure.objects.values_list("account", "client"))
    assert all("demo.test" not in account and "10.6.6.6" not in client for account, client in stored)
