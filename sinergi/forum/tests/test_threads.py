"""Discussion threads: starting, replying, pinning, closing, and correcting one's own post."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.core import mail

from sinergi.forum import threads
from sinergi.forum.models import Reply, Thread

HOME = "/ruang-kerja/kanal/"
NEW = "/ruang-kerja/kanal/diskusi/baru/"


@pytest.fixture(autouse=True)
def _commits(commits_at_once):
    """Mention e-mails go out once their transaction commits."""


def url(thread: Thread, action: str = "") -> str:
    return f"/ruang-kerja/kanal/diskusi/{thread.pk}/{action}"


def test_a_member_starts_a_thread_and_others_reply(personas, humas_imigrasi, admin_dinkes):
    response = personas["humas_imigrasi"].post(NEW, {"title": "Jadwal rilis Imlek", "body": "Siapa yang meliput?"})
    thread = Thread.objects.get()
    assert response.status_code == 302 and response["Location"] == url(thread)
    assert thread.author == humas_imigrasi and thread.forum_id == humas_imigrasi.agencies().get().forum_id
    response = personas["admin_dinkes"].post(url(thread, "balas/"), {"body": "Dinkes ikut."})
    reply = Reply.objects.get()
    assert response.status_code == 302 and response["Location"] == f"{url(thread)}#balasan-{reply.pk}"
    page = personas["humas_imigrasi"].get(url(thread))
    assert page.status_code == 200 and list(page.context["replies"]) == [reply]


def test_an_empty_thread_is_refused_and_the_text_kept(personas):
    response = personas["humas_imigrasi"].post(NEW, {"title": "", "body": "Isi yang panjang."})
    assert response.status_code == 200 and "title" in response.context["form"].errors
    assert response.context["form"]["body"].value() == "Isi yang panjang."
    assert not Thread.objects.exists()


def test_an_empty_reply_is_refused(personas, forum, humas_imigrasi):
    thread = threads.start(forum, humas_imigrasi, "Topik", "Isi")
    response = personas["admin_dinkes"].post(url(thread, "balas/"), {"body": "   "})
    assert response.status_code == 200 and "body" in response.context["form"].errors
    assert not Reply.objects.exists()


def test_a_huge_reply_is_refused(personas, forum, humas_imigrasi):
    thread = threads.start(forum, humas_imigrasi, "Topik", "Isi")
    response = personas["admin_dinkes"].post(url(thread, "balas/"), {"body": "x" * 20_001})
    assert "body" in response.context["form"].errors and not Reply.objects.exists()


def test_a_reply_moves_the_thread_up_and_a_pinned_thread_stays_first(personas, forum, moderator, humas_imigrasi):
    with time_machine.travel(dt.datetime(2024, 2, 1, 9, tzinfo=dt.UTC)):
        rules = threads.start(forum, moderator, "Tata tertib forum", "Baca dulu.")
    with time_machine.travel(dt.datetime(2024, 2, 2, 9, tzinfo=dt.UTC)):
        old = threads.start(forum, humas_imigrasi, "Paspor", "Info paspor")
    with time_machine.travel(dt.datetime(2024, 2, 3, 9, tzinfo=dt.UTC)):
        new = threads.start(forum, humas_imigrasi, "Banjir", "Info banjir")
        threads.reply(old, moderator, "Terima kasih.")

    def listed():
        return [t.pk for t in personas["humas_imigrasi"].get(HOME).context["page"]]

    assert listed() == [old.pk, new.pk, rules.pk]
    assert personas["moderator"].post(url(rules, "sematkan/")).status_code == 302
    assert listed() == [rules.pk, old.pk, new.pk]
    personas["moderator"].post(url(rules, "lepas-sematan/"))
    assert listed()[0] == old.pk


def test_only_moderators_pin_and_close(personas, forum, humas_imigrasi):
    thread = threads.start(forum, humas_imigrasi, "Topik", "Isi")
    assert personas["humas_imigrasi"].post(url(thread, "sematkan/")).status_code == 403
    assert personas["humas_imigrasi"].post(url(thread, "tutup/")).status_code == 403
    thread.refresh_from_db()
    assert not thread.is_pinned and not thread.is_closed


def test_a_closed_thread_refuses_replies_and_keeps_the_text(personas, forum, moderator, humas_imigrasi):
    thread = threads.start(forum, humas_imigrasi, "Topik", "Isi")
    personas["moderator"].post(url(thread, "tutup/"))
    thread.refresh_from_db()
    assert thread.is_closed and thread.closed_by == moderator
    page = personas["admin_dinkes"].get(url(thread))
    assert page.context["can_reply"] is False
    response = personas["admin_dinkes"].post(url(thread, "balas/"), {"body": "Saya terlambat."})
    assert response.status_code == 409
    assert response.context["form"].non_field_errors() and response.context["form"]["body"].value() == "Saya terlambat."
    assert not Reply.objects.exists()
    with pytest.raises(threads.ThreadClosed):
        threads.reply(thread, humas_imigrasi, "Lewat kode juga ditolak.")
    personas["moderator"].post(url(thread, "buka/"))
    assert personas["admin_dinkes"].post(url(thread, "balas/"), {"body": "Sekarang bisa."}).status_code == 302


def test_outsiders_see_no_thread(personas, forum, humas_imigrasi):
    thread = threads.start(forum, humas_imigrasi, "Topik", "Isi")
    assert personas["outsider"].get(url(thread)).status_code == 403
    assert personas["outsider"].post(url(thread, "balas/"), {"body": "Halo"}).status_code == 403
    assert personas["public"].get(url(thread)).status_code == 302


def test_authors_correct_their_post_for_a_while_only(personas, forum, humas_imigrasi, admin_dinkes):
    start = dt.datetime(2024, 2, 7, 2, tzinfo=dt.UTC)
    with time_machine.travel(start, tick=False):
        thread = threads.start(forum, humas_imigrasi, "Topik", "Isi")
        reply = threads.reply(thread, admin_dinkes, "Salah ketik")
    edit_reply = f"/ruang-kerja/kanal/diskusi/balasan/{reply.pk}/ubah/"
    with time_machine.travel(start + dt.timedelta(minutes=10), tick=False):
        assert personas["humas_imigrasi"].post(edit_reply, {"body": "Bukan punya saya"}).status_code == 403
        assert personas["admin_dinkes"].post(edit_reply, {"body": "Sudah dibetulkan"}).status_code == 302
        response = personas["humas_imigrasi"].post(url(thread, "ubah/"), {"title": "Topik baru", "body": "Isi baru"})
        assert response.status_code == 302
    reply.refresh_from_db()
    thread.refresh_from_db()
    assert reply.body == "Sudah dibetulkan" and reply.edited_at is not None
    assert thread.title == "Topik baru"
    with time_machine.travel(start + dt.timedelta(hours=2), tick=False):
        late = personas["admin_dinkes"].post(edit_reply, {"body": "Teks panjang yang terlambat"})
    # Refused, but what the author typed comes back with the reason, so it is not lost.
    assert late.status_code == 403 and "Teks panjang yang terlambat" in late.content.decode()
    reply.refresh_from_db()
    assert reply.body == "Sudah dibetulkan"


def test_scripts_in_a_post_are_not_rendered(personas, forum, humas_imigrasi):
    thread = threads.start(forum, humas_imigrasi, "Topik", "*miring* <script>alert(1)</script>")
    html = personas["admin_dinkes"].get(url(thread)).content.decode()
    assert "<em>miring</em>" in html and "<script>alert" not in html
    assert not mail.outbox
