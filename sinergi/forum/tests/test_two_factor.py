"""Two-step sign-in: set up from the account page, a code after the password, single-use recovery
codes, required for officers, spared for demo accounts on a demo, and reset by a moderator."""

from __future__ import annotations

import datetime as dt
import re

import time_machine
from django.test import Client
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from sinergi.conftest import PASSWORD, authenticator_for, client_for, code_for, make_member
from sinergi.core.models import AuditEntry
from sinergi.forum import two_factor
from sinergi.forum.models import Member

# Frozen at the real time: a session saved while travelling to the past would expire on return.
NOW = dt.datetime.now(dt.UTC)


def password_step(client: Client, email: str, next_url: str = ""):
    url = "/akun/masuk/" + (f"?next={next_url}" if next_url else "")
    return client.post(url, {"username": email, "password": PASSWORD})


def test_a_member_sets_it_up_with_a_qr_code_and_sees_the_recovery_codes_once(admin_dinkes):
    client = client_for(admin_dinkes)
    page = client.get("/akun/dua-langkah/")
    html = page.content.decode()
    assert page["Cache-Control"].startswith("max-age=0") and "no-store" in page["Cache-Control"]
    assert '<svg role="img"' in html and "<img" not in html  # drawn in the page, fetched from nowhere
    device = TOTPDevice.objects.get(user=admin_dinkes, confirmed=False)
    assert two_factor.secret_text(device) in html

    with time_machine.travel(NOW, tick=False) as clock:
        wrong = client.post("/akun/dua-langkah/konfirmasi/", {"code": "123456"})
        assert wrong.status_code == 400 and "Kode itu tidak benar" in wrong.content.decode()
        clock.shift(dt.timedelta(seconds=2))  # django-otp brakes for a second after a wrong code
        shown = client.post("/akun/dua-langkah/konfirmasi/", {"code": code_for(device)})
    codes = re.findall(r"<code>(\w{4}) (\w{4})</code>", shown.content.decode())
    assert shown.status_code == 200 and len(codes) == 10
    assert "no-store" in shown["Cache-Control"]
    assert two_factor.is_on(admin_dinkes) and two_factor.recovery_codes_left(admin_dinkes) == 10

    again = client.get("/akun/dua-langkah/").content.decode()  # the session stays signed in, verified
    assert "".join(codes[0]) not in again and "Aktif" in again
    assert client.get("/ruang-kerja/").status_code == 200
    entry = AuditEntry.objects.get(object_id=str(admin_dinkes.pk), changes__has_key="two_factor")
    assert entry.changes == {"two_factor": [None, "set up"]} and entry.actor == admin_dinkes


def test_sign_in_asks_for_the_code_after_the_password(admin_dinkes):
    device = authenticator_for(admin_dinkes)
    client = Client()
    assert password_step(client, "yusuf@demo.test", "/direktori/")["Location"] == "/akun/masuk/kode/"
    assert client.get("/ruang-kerja/").status_code == 302  # the password alone signs no one in
    with time_machine.travel(NOW, tick=False) as clock:
        wrong = client.post("/akun/masuk/kode/", {"code": "000000"})
        assert wrong.status_code == 200 and "Kode itu tidak benar" in wrong.content.decode()
        too_soon = client.post("/akun/masuk/kode/", {"code": code_for(device)})
        assert "tunggu 1 detik" in too_soon.content.decode()
        clock.shift(dt.timedelta(seconds=2))
        done = client.post("/akun/masuk/kode/", {"code": code_for(device)})
        assert done.status_code == 302 and done["Location"] == "/direktori/"
    assert client.get("/ruang-kerja/").status_code == 200


def test_the_code_step_without_a_password_step_sends_back_to_sign_in(admin_dinkes):
    authenticator_for(admin_dinkes)
    response = Client().post("/akun/masuk/kode/", {"code": "000000"})
    assert response.status_code == 302 and response["Location"] == "/akun/masuk/"


def test_a_recovery_code_signs_in_once(admin_dinkes):
    authenticator_for(admin_dinkes)
    code = two_factor.new_recovery_codes(admin_dinkes)[0]
    first = Client()
    password_step(first, "yusuf@demo.test")
    signed_in = first.post("/akun/masuk/kode/", {"code": f"{code[:4]} {code[4:].upper()}"}, follow=True)
    assert signed_in.redirect_chain[-1][0] == "/ruang-kerja/" and "Tersisa 9 kode" in signed_in.content.decode()
    second = Client()
    password_step(second, "yusuf@demo.test")
    assert "Kode itu tidak benar" in second.post("/akun/masuk/kode/", {"code": code}).content.decode()
    assert "_auth_user_id" not in second.session


def test_a_required_role_without_an_authenticator_is_sent_to_set_it_up(moderator):
    client = Client()
    assert password_step(client, "rina@demo.test")["Location"] == "/ruang-kerja/"
    for path in ("/ruang-kerja/", "/direktori/anggota/", "/api/members/", "/akun/token-api/"):
        response = client.get(path)
        assert response.status_code == 302 and response["Location"] == "/akun/dua-langkah/", path
    page = client.get("/akun/dua-langkah/").content.decode()
    assert "mewajibkan verifikasi dua langkah" in page and "Matikan" not in page
    device = TOTPDevice.objects.get(user=moderator, confirmed=False)
    client.post("/akun/dua-langkah/konfirmasi/", {"code": code_for(device)})
    assert client.get("/ruang-kerja/").status_code == 200


def test_an_unverified_session_of_someone_with_an_authenticator_is_ended(admin_dinkes):
    authenticator_for(admin_dinkes)
    client = Client()
    client.force_login(admin_dinkes)  # e.g. a session from before they turned it on elsewhere
    response = client.get("/ruang-kerja/")
    assert response.status_code == 302 and response["Location"].startswith("/akun/masuk/?next=")
    assert "_auth_user_id" not in client.session


def test_demo_accounts_are_spared_the_requirement_only_on_a_demo(moderator, settings):
    Member.objects.filter(pk=moderator.pk).update(is_demo=True)
    settings.DEBUG = True
    client = Client()
    password_step(client, "rina@demo.test")
    assert client.get("/ruang-kerja/").status_code == 200
    assert "akun demo boleh melewati" in client.get("/akun/dua-langkah/").content.decode()
    settings.DEBUG = False
    assert client.get("/ruang-kerja/")["Location"].startswith("/akun/masuk/")  # the backend refuses it now


def test_an_optional_member_turns_it_off_with_a_code_but_a_required_one_cannot(admin_dinkes, moderator):
    device = authenticator_for(admin_dinkes)
    client = client_for(admin_dinkes)
    with time_machine.travel(NOW, tick=False) as clock:
        assert client.post("/akun/dua-langkah/matikan/", {"code": "000000"}).status_code == 400
        clock.shift(dt.timedelta(seconds=2))
        client.post("/akun/dua-langkah/matikan/", {"code": code_for(device)})
    assert not two_factor.is_on(admin_dinkes)
    required = client_for(moderator)
    required.post("/akun/dua-langkah/matikan/", {"code": code_for(authenticator_for(moderator))})
    assert two_factor.is_on(moderator)


def test_a_moderator_resets_a_members_lost_device_and_the_trail_keeps_no_secret(moderator, forum, dinkes):
    ppid = make_member("ppid.dinkes@demo.test", "Sri Wahyuni", agency=dinkes, role="ppid_pelaksana")
    device = authenticator_for(ppid)
    two_factor.new_recovery_codes(ppid)
    desk = client_for(moderator)
    page = desk.get(f"/direktori/anggota/{ppid.pk}/").content.decode()
    assert "Atur ulang verifikasi dua langkah" in page
    response = desk.post(f"/direktori/anggota/{ppid.pk}/reset-dua-langkah/", follow=True)
    assert "sudah diatur ulang" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=ppid).exists() and not StaticDevice.objects.filter(user=ppid).exists()
    entry = AuditEntry.objects.get(object_id=str(ppid.pk), changes__has_key="two_factor")
    assert entry.actor == moderator and entry.forum_id == forum.pk
    assert entry.changes == {"two_factor": [None, "reset by a moderator"]}
    assert not any(device.key in str(e.changes) for e in AuditEntry.objects.all())
    assert "reset by a moderator" in desk.get(f"/direktori/anggota/{ppid.pk}/").content.decode()  # in the history
    # At the next sign-in the password is enough to reach the set-up page, and only that.
    client = Client()
    password_step(client, "ppid.dinkes@demo.test")
    assert client.get("/ruang-kerja/")["Location"] == "/akun/dua-langkah/"


def test_only_a_moderator_of_the_members_forum_resets_it_and_never_their_own(moderator, humas_imigrasi, outsider,
                                                                              admin_dinkes):  # fmt: skip
    authenticator_for(admin_dinkes)
    url = f"/direktori/anggota/{admin_dinkes.pk}/reset-dua-langkah/"
    assert client_for(humas_imigrasi).post(url).status_code == 403
    assert client_for(outsider).post(url).status_code == 403
    assert Client().post(url).status_code == 302  # to sign in
    assert client_for(moderator).get(url).status_code == 405
    assert two_factor.is_on(admin_dinkes)
    assert "Atur ulang verifikasi" not in client_for(humas_imigrasi).get(f"/direktori/anggota/{admin_dinkes.pk}/")\
        .content.decode()  # fmt: skip
    own = client_for(moderator).post(f"/direktori/anggota/{moderator.pk}/reset-dua-langkah/", follow=True)
    assert "moderator lain" in own.content.decode() and two_factor.is_on(moderator)


def test_the_demo_lets_its_officers_in_without_a_code_and_says_how_to_try_it(db, settings):
    import io

    from django.core.management import call_command

    settings.DEBUG = True
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert "demo accounts skip it while DEBUG is on" in out.getvalue()
    client = Client()
    client.post("/akun/masuk/", {"username": "moderator@demo.test", "password": "Meranti-2024"})
    assert client.get("/ruang-kerja/").status_code == 200
