"""The weekly digest tells each member of their meetings coming up and the actions they answer for."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from sinergi.forum.digest import build
from sinergi.meetings.models import Action
from sinergi.meetings.tests.factory import make_meeting


def titles(sections) -> dict[str, list[str]]:
    return {section.title: [text for text, _url in section.lines] for section in sections}


def test_the_digest_lists_my_meetings_and_my_late_and_coming_actions(forum, imigrasi, dinkes, humas_imigrasi):
    now = timezone.now()
    mine = make_meeting(forum, start=now + dt.timedelta(days=3), title="Coffee morning Februari")
    mine.invitations.create(kind="agency", agency=imigrasi)
    make_meeting(forum, start=now + dt.timedelta(days=4), title="Rapat yang tidak mengundang saya")
    make_meeting(forum, start=now + dt.timedelta(days=30), title="Masih jauh").invitations.create(
        kind="member", member=humas_imigrasi
    )
    today = timezone.localdate()
    Action.objects.create(forum=forum, title="Unggah jadwal layanan paspor", agency=imigrasi,
                          due_on=today - dt.timedelta(days=2))  # fmt: skip
    Action.objects.create(forum=forum, title="Rekap pertanyaan warga", agency=imigrasi, person=humas_imigrasi,
                          due_on=today + dt.timedelta(days=5))  # fmt: skip
    Action.objects.create(forum=forum, title="Tugas instansi lain", agency=dinkes, due_on=today)
    Action.objects.create(forum=forum, title="Sudah selesai", agency=imigrasi, due_on=today, status="done")

    sections = titles(build(humas_imigrasi, now - dt.timedelta(days=7), now))
    meetings = next(lines for title, lines in sections.items() if "pertemuan" in title.lower())
    assert len(meetings) == 1 and meetings[0].startswith("Coffee morning Februari")
    actions = next(lines for title, lines in sections.items() if "tindak lanjut" in title.lower())
    assert [line.split(":")[0] for line in actions] == ["Unggah jadwal layanan paspor", "Rekap pertanyaan warga"]
    assert "terlambat" in actions[0]
