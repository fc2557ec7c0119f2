"""@mentions in discussions tell the person named, once, and no one else."""

from __future__ import annotations

import pytest
from django.core import mail

from sinergi.conftest import make_member
from sinergi.forum import mentions, threads
from sinergi.forum.models import Mention


@pytest.fixture(autouse=True)
def _commits(commits_at_once):
    """Mention e-mails go out once their transaction commits."""


def told() -> list[str]:
    return [address for message in mail.outbox for address in message.to]


def test_the_handles_are_read_without_punctuation_or_plain_addresses():
    text = "Tolong @yusuf. dan @Fajar@demo.test, juga @yusuf lagi; kirim ke rina@demo.test"
    assert mentions.handles(text) == ["yusuf", "fajar@demo.test"]


def test_a_mention_notifies_the_person_once(forum, humas_imigrasi, admin_dinkes):
    thread = threads.start(forum, humas_imigrasi, "Liputan", "Bisa bantu, @yusuf? Atau @yusuf@demo.test")
    assert told() == ["yusuf@demo.test"]
    assert "/ruang-kerja/kanal/diskusi/" in mail.outbox[0].body
    # Editing the post, or the task running again, tells no one a second time.
    threads.edit(thread, thread.body + " Terima kasih @yusuf")
    from sinergi.forum.tasks import notify_mention

    assert notify_mention.call(Mention.objects.get().pk) == "skipped"
    assert told() == ["yusuf@demo.test"]


def test_a_reply_mention_and_a_new_mention_in_an_edit_are_told(forum, moderator, humas_imigrasi, admin_dinkes):
    thread = threads.start(forum, humas_imigrasi, "Liputan", "Siapa ikut?")
    reply = threads.reply(thread, admin_dinkes, "Saya ikut, @rina")
    threads.edit(reply, "Saya ikut, @rina dan @fajar")
    assert sorted(told()) == ["fajar@demo.test", "rina@demo.test"]


def test_unknown_ambiguous_self_and_outside_mentions_are_just_text(forum, dinkes, imigrasi, humas_imigrasi, outsider):
    make_member("ani@dinkes.test", "Ani Dinkes", agency=dinkes, role="admin_medsos")
    make_member("ani@imigrasi.test", "Ani Imigrasi", agency=imigrasi, role="admin_medsos")
    threads.start(forum, humas_imigrasi, "Topik", "Halo @siapa, @ani, @fajar dan @tamu")
    assert told() == []
    assert not Mention.objects.exists()


def test_the_full_address_picks_one_of_two_namesakes(forum, dinkes, imigrasi, humas_imigrasi):
    make_member("ani@dinkes.test", "Ani Dinkes", agency=dinkes, role="admin_medsos")
    make_member("ani@imigrasi.test", "Ani Imigrasi", agency=imigrasi, role="admin_medsos")
    threads.start(forum, humas_imigrasi, "Topik", "Halo @ani@imigrasi.test")
    assert told() == ["ani@imigrasi.test"]


def test_a_mention_in_a_page_post_is_told(personas, forum, humas_imigrasi, admin_dinkes):
    personas["admin_dinkes"].post("/ruang-kerja/kanal/diskusi/baru/", {"title": "Tanya", "body": "@fajar apa kabar?"})
    assert told() == ["fajar@demo.test"]


def test_a_post_full_of_handles_costs_a_bounded_number_of_lookups(forum, humas_imigrasi, django_assert_max_num_queries):
    text = " ".join(f"@orang{n}" for n in range(2000))
    with django_assert_max_num_queries(mentions.MAX_MENTIONS * 2 + 2):
        assert mentions.resolve(text, forum) == []
