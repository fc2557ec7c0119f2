"""The one e-mail seam, `core.mail.send_templated`: every message of Sinergi goes through it, so every
message is retried when the mail server is away, written in Indonesian, and timed in its forum's zone."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

from django.core import mail

from sinergi.conftest import make_member
from sinergi.core.mail import retry, send_templated
from sinergi.core.models import OutgoingEmail
from sinergi.core.tests.test_mail import FlakyBackend
from sinergi.meetings.tests.factory import make_meeting

SINERGI = Path(__file__).resolve().parents[2]
SENDING = ("send_or_retry(", "send_mail(", "EmailMessage(", "EmailMultiAlternatives(", "mail_admins(")
SEAM = ("send_templated", "sent_count")


def invitation_to_a_meeting_at_nine_in_jayapura(forum) -> dict:
    meeting = make_meeting(forum, start=dt.datetime(2026, 2, 5, 0, 0, tzinfo=dt.UTC), title="Rapat koordinasi")
    return {"meeting": meeting, "message": "invitation", "url": "https://sinergi.test/rapat/1/"}


def sources():
    for path in sorted(SINERGI.rglob("*.py")):
        if "tests" not in path.parts and "migrations" not in path.parts:
            yield path, path.read_text()


def test_no_module_sends_mail_except_through_the_seam():
    bypassing = [str(path.relative_to(SINERGI)) for path, text in sources()
                 if any(call in text for call in SENDING) and path != SINERGI / "core" / "mail.py"]  # fmt: skip
    assert bypassing == []


def test_every_sender_names_the_forum_whose_language_and_zone_the_message_takes():
    without_forum = []
    for path, text in sources():
        if path == SINERGI / "core" / "mail.py":
            continue  # the seam itself
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in SEAM:
                if "forum" not in {keyword.arg for keyword in node.keywords}:
                    without_forum.append(str(path.relative_to(SINERGI)))
    # The daily summary gathers messages of several forums, and shows each at its own forum's time.
    assert without_forum == ["core/daily_summary.py"]


def test_a_message_is_written_in_indonesian_at_its_forums_time(papua):
    member = make_member("yohana@jayapura.test", "Yohana Wenda")
    outcome = send_templated("meetings/email/meeting", invitation_to_a_meeting_at_nine_in_jayapura(papua), member,
                             forum=papua)  # fmt: skip
    assert outcome == "sent"
    message = mail.outbox[0]
    assert message.to == ["yohana@jayapura.test"]
    assert message.subject == "[Forum Kehumasan Kota Jayapura] Undangan: Rapat koordinasi, 5 Februari 2026"
    assert "Halo Yohana Wenda," in message.body and "Anda diundang ke pertemuan forum berikut:" in message.body
    assert "Kamis, 5 Februari 2026, 09.00–11.00 WIT" in message.body


def test_without_a_forum_the_installations_zone_is_used(papua):
    send_templated("meetings/email/meeting", invitation_to_a_meeting_at_nine_in_jayapura(papua), "a@contoh.test")
    assert "Kamis, 5 Februari 2026, 07.00–09.00 WIB" in mail.outbox[0].body


def test_a_temporary_failure_is_kept_and_retried_as_written(settings, papua):
    settings.EMAIL_BACKEND = "sinergi.core.tests.test_mail.FlakyBackend"
    FlakyBackend.away = 1
    try:
        outcome = send_templated("meetings/email/meeting", invitation_to_a_meeting_at_nine_in_jayapura(papua),
                                 ["a@contoh.test"], forum=papua)  # fmt: skip
    finally:
        FlakyBackend.away = 0
    assert outcome == "retrying" and mail.outbox == []
    kept = OutgoingEmail.objects.get()
    assert retry(kept.pk) == "sent"
    assert mail.outbox[0].to == ["a@contoh.test"] and "09.00–11.00 WIT" in mail.outbox[0].body
    assert not OutgoingEmail.objects.exists()


def test_each_recipient_gets_their_own_copy_and_nobody_without_an_address_is_tried(papua):
    people = [make_member("a@contoh.test", "Ani"), make_member("b@contoh.test", "Budi")]
    assert send_templated("meetings/email/meeting", invitation_to_a_meeting_at_nine_in_jayapura(papua),
                          [*people, ""], forum=papua) == "sent"  # fmt: skip
    assert [(m.to, m.body.splitlines()[0]) for m in mail.outbox] == [(["a@contoh.test"], "Halo Ani,"),
                                                                      (["b@contoh.test"], "Halo Budi,")]  # fmt: skip
