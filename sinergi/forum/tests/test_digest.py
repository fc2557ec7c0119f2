"""The weekly digest: once a week per member, only with news, opt-out by setting or signed link."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

import pytest
import time_machine
from django.conf import settings
from django.core import mail
from django.test import Client

from sinergi.forum import announcements, digest, threads
from sinergi.forum.models import DigestSent
from sinergi.forum.tasks import send_digest

MONDAY = dt.datetime(2024, 2, 12, 0, 0, tzinfo=dt.UTC)  # 07:00 in Selatpanjang


@pytest.fixture(autouse=True)
def _commits(commits_at_once):
    """The digest tasks are queued on commit; here they run at once."""


@pytest.fixture
def news(forum, moderator, humas_imigrasi, admin_dinkes):
    """A week with an announcement to everyone and a discussion Yusuf replied to."""
    with time_machine.travel(MONDAY - dt.timedelta(days=3)):
        announcements.publish(forum, moderator, "Kopdar Februari", "Di Hotel Grand Meranti.", [])
        thread = threads.start(forum, humas_imigrasi, "Liputan Imlek", "Siapa ikut?")
        threads.reply(thread, admin_dinkes, "Dinkes ikut.")
    mail.outbox.clear()
    return thread


def digests() -> dict[str, str]:
    return {message.to[0]: message.body for message in mail.outbox}


def test_each_member_gets_one_digest_a_week_however_often_it_runs(news):
    with time_machine.travel(MONDAY):
        assert digest.send_all() == 3
        assert digest.send_all() == 0
        assert send_digest.call(news.author.pk, digest.week_of().isoformat()) == "already sent"
    sent = digests()
    assert set(sent) == {"rina@demo.test", "fajar@demo.test", "yusuf@demo.test"} and len(mail.outbox) == 3
    assert DigestSent.objects.filter(week=dt.date(2024, 2, 12)).count() == 3
    # Each reads of what others did: the announcement, the thread, the reply.
    assert "/ruang-kerja/kanal/pengumuman/" in sent["fajar@demo.test"]
    assert f"/ruang-kerja/kanal/diskusi/{news.pk}/" in sent["fajar@demo.test"]
    assert "/ruang-kerja/kanal/pengumuman/" not in sent["rina@demo.test"]  # she wrote it


def test_the_next_week_brings_only_what_is_new_since(news, forum, moderator):
    with time_machine.travel(MONDAY):
        digest.send_all()
    mail.outbox.clear()
    with time_machine.travel(MONDAY + dt.timedelta(days=3)):
        announcements.publish(forum, moderator, "Coffee morning", "Kamis pertama.", ["agency:admin_medsos"])
    mail.outbox.clear()
    with time_machine.travel(MONDAY + dt.timedelta(days=7)):
        digest.send_all()
    sent = digests()
    assert set(sent) == {"yusuf@demo.test"}  # the only one with news; no empty digests
    assert "Coffee morning" in sent["yusuf@demo.test"] and "Kopdar" not in sent["yusuf@demo.test"]


def test_a_member_who_opted_out_gets_none(news, admin_dinkes):
    admin_dinkes.receives_digest = False
    admin_dinkes.save()
    with time_machine.travel(MONDAY):
        digest.send_all()
        assert send_digest.call(admin_dinkes.pk, "2024-02-12") == "opted out"
    assert "yusuf@demo.test" not in digests() and len(mail.outbox) == 2


def test_the_setting_page_turns_the_digest_off_and_on(personas, admin_dinkes):
    client = personas["admin_dinkes"]
    assert client.get("/ruang-kerja/kanal/ringkasan/").status_code == 200
    assert client.post("/ruang-kerja/kanal/ringkasan/", {}).status_code == 302
    admin_dinkes.refresh_from_db()
    assert admin_dinkes.receives_digest is False
    client.post("/ruang-kerja/kanal/ringkasan/", {"receives_digest": "on"})
    admin_dinkes.refresh_from_db()
    assert admin_dinkes.receives_digest is True


def unsubscribe_path(body: str) -> str:
    return urlsplit(re.search(r"http\S+/ringkasan/berhenti/\S+", body).group(0)).path


def test_the_link_in_the_digest_unsubscribes_without_signing_in(news, admin_dinkes):
    with time_machine.travel(MONDAY):
        digest.send_all()
    path = unsubscribe_path(digests()["yusuf@demo.test"])
    client = Client(enforce_csrf_checks=True)
    assert client.get(path).status_code == 200
    admin_dinkes.refresh_from_db()
    assert admin_dinkes.receives_digest is True  # opening the link alone changes nothing
    assert client.post(path).status_code == 200
    admin_dinkes.refresh_from_db()
    assert admin_dinkes.receives_digest is False


def test_a_tampered_link_is_refused(news, admin_dinkes, humas_imigrasi):
    with time_machine.travel(MONDAY):
        digest.send_all()
    path = unsubscribe_path(digests()["yusuf@demo.test"])
    token = path.rstrip("/").rsplit("/", 1)[1]
    other = token.replace(f"{admin_dinkes.pk}:", f"{humas_imigrasi.pk}:", 1)
    for bad in (other, token[:-2] + "xx", "bukan-token"):
        assert Client().post(f"/ruang-kerja/kanal/ringkasan/berhenti/{bad}/").status_code == 400
    humas_imigrasi.refresh_from_db()
    admin_dinkes.refresh_from_db()
    assert humas_imigrasi.receives_digest and admin_dinkes.receives_digest


def test_another_app_adds_a_section_and_a_broken_one_stops_nothing(news, monkeypatch):
    monkeypatch.setattr(digest, "_sections", list(digest._sections))

    @digest.register_section
    def actions(member, since, until):
        if member.email == "fajar@demo.test":
            return digest.DigestSection("Tindak lanjut", [("Bentuk forum tetap", "/ruang-kerja/pertemuan/")])
        return None

    @digest.register_section
    def broken(member, since, until):
        raise RuntimeError("bug in another app")

    digest.register_section(actions)  # registering twice adds it once
    assert digest.registered_sections().count(actions) == 1
    with time_machine.travel(MONDAY):
        digest.send_all()
    body = digests()["fajar@demo.test"]
    assert "Tindak lanjut" in body and f"{settings.SITE_URL}/ruang-kerja/pertemuan/" in body
    assert len(mail.outbox) == 3


def test_the_sections_see_the_period_since_the_last_digest(news, monkeypatch, admin_dinkes):
    seen = []
    monkeypatch.setattr(digest, "_sections", [lambda member, since, until: seen.append((since, until))])
    with time_machine.travel(MONDAY, tick=False):
        send_digest.call(admin_dinkes.pk, "2024-02-12")
    assert seen == [(MONDAY - dt.timedelta(days=7), MONDAY)]


def test_the_mail_program_unsubscribes_with_one_click(news, admin_dinkes):
    with time_machine.travel(MONDAY):
        digest.send_all()
    message = next(m for m in mail.outbox if m.to == ["yusuf@demo.test"])
    header = message.extra_headers["List-Unsubscribe"]
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert header.startswith("<http") and header.endswith(">")
    # What a mail program does (RFC 8058): a POST with this body, no session, no CSRF cookie.
    path = "/" + header[1:-1].split("/", 3)[3]
    response = Client(enforce_csrf_checks=True).post(path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    admin_dinkes.refresh_from_db()
    assert admin_dinkes.receives_digest is False
