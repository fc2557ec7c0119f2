"""Moderators' announcements: who they reach by e-mail, and the in-app list with read and unread."""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.mail.backends import locmem

from sinergi.conftest import client_for, make_member
from sinergi.forum.models import Announcement, AnnouncementReceipt

NEW = "/ruang-kerja/kanal/pengumuman/baru/"
LIST = "/ruang-kerja/kanal/pengumuman/"


@pytest.fixture(autouse=True)
def _commits(commits_at_once):
    """Announcements are e-mailed once their transaction commits."""


def announce(client, **data):
    return client.post(NEW, {"title": "Kopdar Februari", "body": "Hadir di **Hotel Grand Meranti**.", **data})


def recipients() -> set[str]:
    return {address for message in mail.outbox for address in message.to}


def test_an_announcement_to_a_role_reaches_only_members_holding_it(personas, admin_dinkes, humas_imigrasi):
    response = announce(personas["moderator"], audience=["agency:admin_medsos"])
    item = Announcement.objects.get()
    assert response.status_code == 302 and response["Location"] == f"{LIST}{item.pk}/"
    assert recipients() == {"yusuf@demo.test"}
    assert "/ruang-kerja/kanal/pengumuman/" in mail.outbox[0].body
    assert set(item.receipts.values_list("member__email", flat=True)) == {"yusuf@demo.test"}
    assert personas["humas_imigrasi"].get(f"{LIST}{item.pk}/").status_code == 404


def test_a_forum_role_is_reached_through_the_forum_not_an_agency(personas, forum, dinkes, admin_dinkes):
    walidata = make_member("bps@demo.test", "Walidata", agency=dinkes, role="pranata_humas", forum_role="walidata")
    announce(personas["moderator"], audience=["forum:walidata"])
    assert recipients() == {walidata.email}


def test_an_announcement_to_everyone_skips_the_author_outsiders_and_deactivated_members(
    personas, moderator, admin_dinkes, humas_imigrasi, outsider
):
    admin_dinkes.deactivate(by=moderator)
    announce(personas["moderator"])
    assert recipients() == {"fajar@demo.test"}
    item = Announcement.objects.get()
    # The author has it in their list, already read.
    assert item.receipts.get(member=moderator).read_at is not None


def test_it_shows_unread_in_the_list_and_on_the_workspace_until_opened(personas, admin_dinkes):
    announce(personas["moderator"])
    item = Announcement.objects.get()
    client = personas["admin_dinkes"]
    listed = client.get(LIST)
    assert [(a.pk, a.unread) for a in listed.context["page"]] == [(item.pk, True)]
    assert channel_card_note(client) == "1 belum dibaca"
    assert client.get(f"{LIST}{item.pk}/").status_code == 200
    assert [a.unread for a in client.get(LIST).context["page"]] == [False]
    assert channel_card_note(client) == ""


def channel_card_note(client) -> str:
    """What the channel's card on the back-office home says beside its links."""
    cards = client.get("/ruang-kerja/").context["cards"]
    return next(card.note for card in cards if LIST in [url for _label, url in card.links])


def test_marking_all_as_read(personas, admin_dinkes):
    announce(personas["moderator"])
    announce(personas["moderator"], title="Rapat koordinasi")
    response = personas["admin_dinkes"].post(f"{LIST}tandai-dibaca/")
    assert response.status_code == 302
    assert not AnnouncementReceipt.objects.filter(member=admin_dinkes, read_at__isnull=True).exists()


def test_only_moderators_announce(personas):
    assert personas["humas_imigrasi"].get(NEW).status_code == 403
    assert announce(personas["humas_imigrasi"]).status_code == 403
    assert not Announcement.objects.exists() and not mail.outbox


def test_only_active_members_of_the_forum_see_the_channel(personas, moderator, admin_dinkes):
    assert personas["outsider"].get(LIST).status_code == 403
    assert personas["outsider"].get("/ruang-kerja/kanal/").status_code == 403
    assert personas["public"].get(LIST).status_code == 302
    admin_dinkes.deactivate(by=moderator)
    assert client_for(admin_dinkes).get(LIST).status_code in (302, 403)


def test_an_empty_title_is_refused_and_the_message_is_kept(personas):
    response = announce(personas["moderator"], title="  ")
    assert response.status_code == 200
    form = response.context["form"]
    assert "title" in form.errors and form["body"].value() == "Hadir di **Hotel Grand Meranti**."
    assert not Announcement.objects.exists()


def test_an_empty_message_is_refused(personas):
    response = announce(personas["moderator"], body="")
    assert "body" in response.context["form"].errors and not Announcement.objects.exists()


def test_a_huge_message_is_refused(personas):
    response = announce(personas["moderator"], body="x" * 20_001)
    assert "body" in response.context["form"].errors and not Announcement.objects.exists()


def test_the_body_is_rendered_without_scripts(personas, admin_dinkes):
    announce(personas["moderator"], body="**Penting** <script>alert(1)</script>")
    item = Announcement.objects.get()
    html = personas["admin_dinkes"].get(f"{LIST}{item.pk}/").content.decode()
    assert "<strong>Penting</strong>" in html and "<script>alert" not in html


def test_sending_twice_emails_each_member_once(personas, admin_dinkes):
    from sinergi.forum.tasks import send_announcement

    announce(personas["moderator"])
    item = Announcement.objects.get()
    assert sorted(recipients()) == ["fajar@demo.test", "yusuf@demo.test"]
    assert send_announcement.call(item.pk) == 0
    assert len(mail.outbox) == 2


def test_moderators_see_how_many_it_reached_and_read_even_when_sent_to_others(personas, admin_dinkes, humas_imigrasi):
    announce(personas["moderator"], audience=["agency:admin_medsos"])
    item = Announcement.objects.get()
    personas["admin_dinkes"].get(f"{LIST}{item.pk}/")
    reach = personas["moderator"].get(f"{LIST}{item.pk}/").context["reach"]
    assert reach == {"reached": 1, "read": 1}


class BrokenForOneBackend(locmem.EmailBackend):
    """A mail library that trips over one recipient in a way no retry would help."""

    def send_messages(self, messages):
        if any(address.startswith("dewi@") for message in messages for address in message.to):
            raise RuntimeError("unexpected")
        return super().send_messages(messages)


def test_one_recipient_failing_does_not_cost_the_others_their_copy(forum, moderator, admin_imigrasi, admin_dinkes,
                                                                   settings):  # fmt: skip
    from sinergi.forum import announcements

    settings.EMAIL_BACKEND = f"{__name__}.BrokenForOneBackend"
    mail.outbox = []
    item = announcements.publish(forum, moderator, "Rapat besok", "Isi", ["agency:admin_medsos"])
    assert [m.to for m in mail.outbox] == [[admin_dinkes.email]]
    unsent = AnnouncementReceipt.objects.get(announcement=item, member=admin_imigrasi)
    assert unsent.emailed_at is None  # released, so a later delivery run tries again
