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
        assert sign_in("yusuf@demo.test", PASSWORD, address="10.9.9.9").status_code == 200  # not from elsewhere either
    with time_machine.travel(START + dt.timedelta(minutes=16), tick=False):
        assert sign_in("yusuf@demo.test", PASSWORD).status_code == 302
    assert not SignInFailure.objects.exists()  # a successful sign-in forgets the failures


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
