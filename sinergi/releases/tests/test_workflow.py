"""A release moves draft -> submitted -> forum review -> approved -> published, one checked step at a time."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from sinergi.conftest import client_for
from sinergi.releases.models import EventAction, Release, Status, TransitionError
from sinergi.releases.tests.factory import make_release


def step(client, release, name, comment=""):
    return client.post(reverse("releases:step", args=[release.pk, name]), {"comment": comment}, follow=True)


@pytest.fixture
def desk(moderator, humas_imigrasi, admin_imigrasi, admin_dinkes, outsider):
    return {
        "drafter": client_for(admin_imigrasi),
        "head": client_for(humas_imigrasi),
        "moderator": client_for(moderator),
        "other_agency": client_for(admin_dinkes),
        "outsider": client_for(outsider),
    }


def test_a_release_goes_from_draft_to_the_public_page(desk, imigrasi):
    response = desk["drafter"].post(reverse("releases:create"), {
        "agency": imigrasi.pk, "kind": "siaran_pers", "title": "Pelayanan paspor simpatik di Selatpanjang",
        "summary": "Kantor imigrasi membuka layanan pada hari Sabtu.", "body": "Paragraf satu.\n\nParagraf dua.",
        "kip_class": "setiap_saat", "lock_version": "",
    })  # fmt: skip
    release = Release.objects.get()
    assert response.status_code == 302 and release.status == Status.DRAFT
    assert client_for(None).get(f"/rilis/{release.pk}/{release.slug}/").status_code == 404

    step(desk["drafter"], release, "submit")
    step(desk["head"], release, "approve_for_agency", "Sudah saya baca.")
    step(desk["moderator"], release, "approve", "Selaras dengan narasi tunggal.")
    response = step(desk["moderator"], release, "publish")

    release.refresh_from_db()
    assert release.status == Status.PUBLISHED and release.published_at
    assert "Diterbitkan." in response.content.decode()
    public = client_for(None).get(release.get_absolute_url())
    assert public.status_code == 200 and "Pelayanan paspor simpatik" in public.content.decode()


def test_every_step_is_recorded_with_who_when_and_the_comment(desk, imigrasi, admin_imigrasi, humas_imigrasi):
    release = make_release(imigrasi, admin_imigrasi)
    step(desk["drafter"], release, "submit", "Mohon diperiksa.")
    step(desk["head"], release, "request_changes", "Tambahkan jam layanan.")
    actions = list(release.events.order_by("id").values_list("action", "actor", "comment", "from_status", "to_status"))
    assert actions == [
        (EventAction.SUBMITTED, admin_imigrasi.pk, "Mohon diperiksa.", "draft", "submitted"),
        (EventAction.CHANGES_REQUESTED, humas_imigrasi.pk, "Tambahkan jam layanan.", "submitted", "changes_requested"),
    ]


def test_the_people_concerned_are_told_by_email(desk, imigrasi, admin_imigrasi, moderator):
    release = make_release(imigrasi, admin_imigrasi)
    mail.outbox.clear()
    step(desk["drafter"], release, "submit")
    assert [m.to for m in mail.outbox] == [["fajar@demo.test"]]
    assert release.title[:40] in mail.outbox[0].subject
    mail.outbox.clear()
    step(desk["head"], release, "approve_for_agency")
    assert [m.to for m in mail.outbox] == [[moderator.email]]
    mail.outbox.clear()
    step(desk["moderator"], release, "request_changes", "Judul terlalu panjang.")
    assert [m.to for m in mail.outbox] == [[admin_imigrasi.email]]
    assert "Judul terlalu panjang." in mail.outbox[0].body


def test_the_waiting_list_shows_what_needs_my_hand(desk, imigrasi, admin_imigrasi, humas_imigrasi, moderator):
    release = make_release(imigrasi, admin_imigrasi, status=Status.SUBMITTED)
    assert list(Release.objects.waiting_for(humas_imigrasi)) == [release]
    assert list(Release.objects.waiting_for(moderator)) == []
    page = desk["head"].get(reverse("workspace:home")).content.decode()
    assert release.title in page


def test_asking_for_changes_needs_a_reason(desk, imigrasi, admin_imigrasi):
    release = make_release(imigrasi, admin_imigrasi, status=Status.SUBMITTED)
    response = step(desk["head"], release, "request_changes", "   ")
    release.refresh_from_db()
    assert release.status == Status.SUBMITTED
    assert "Sebutkan apa yang perlu diubah." in response.content.decode()


def test_a_step_out_of_order_is_refused_with_a_message(desk, imigrasi, admin_imigrasi):
    release = make_release(imigrasi, admin_imigrasi, status=Status.SUBMITTED)
    with pytest.raises(TransitionError):
        release.publish(None)
    response = step(desk["moderator"], release, "archive")
    release.refresh_from_db()
    assert release.status == Status.SUBMITTED
    assert "tidak dapat dilakukan sekarang" in response.content.decode()


@pytest.mark.parametrize(
    "status, name, allowed",
    [
        (Status.DRAFT, "submit", {"drafter", "head", "moderator"}),
        (Status.SUBMITTED, "approve_for_agency", {"head"}),
        (Status.SUBMITTED, "request_changes", {"head", "moderator"}),
        (Status.IN_REVIEW, "approve", {"moderator"}),
        (Status.APPROVED, "publish", {"head", "moderator"}),
        (Status.PUBLISHED, "withdraw", {"head", "moderator"}),
    ],
)
def test_only_the_right_roles_may_take_each_step(desk, imigrasi, admin_imigrasi, status, name, allowed):
    for persona, client in desk.items():
        release = make_release(imigrasi, admin_imigrasi, status=status)
        response = client.post(reverse("releases:step", args=[release.pk, name]), {"comment": "Alasan."})
        moved = Release.objects.get(pk=release.pk).status != status
        assert moved == (persona in allowed), (persona, name)
        if persona not in allowed:
            assert response.status_code in (403, 404), persona


def test_other_agencies_and_the_public_cannot_open_a_draft(desk, imigrasi, admin_imigrasi):
    release = make_release(imigrasi, admin_imigrasi)
    for persona in ("other_agency", "outsider"):
        assert desk[persona].get(release.get_workspace_url()).status_code == 403
    assert client_for(None).get(release.get_workspace_url()).status_code == 302  # to sign-in
    assert desk["moderator"].get(release.get_workspace_url()).status_code == 200


def test_serta_merta_information_is_published_at_once_and_reviewed_after(desk, imigrasi, admin_imigrasi, moderator):
    release = make_release(imigrasi, admin_imigrasi, title="Gangguan listrik di Selatpanjang", kip_class="serta_merta")
    mail.outbox.clear()
    step(desk["head"], release, "publish_at_once", "Warga perlu tahu sekarang.")
    release.refresh_from_db()
    assert release.status == Status.PUBLISHED and release.needs_review_after_publish
    assert moderator.email in {address for m in mail.outbox for address in m.to}
    assert release in Release.objects.waiting_for(moderator)
    home = client_for(None).get("/").content.decode()
    assert "Informasi mendesak" in home and release.title in home
    step(desk["moderator"], release, "confirm_review", "Sudah diperiksa.")
    release.refresh_from_db()
    assert not release.needs_review_after_publish


def test_only_serta_merta_information_may_skip_review(desk, imigrasi, admin_imigrasi):
    release = make_release(imigrasi, admin_imigrasi)
    step(desk["head"], release, "publish_at_once", "Cepat.")
    release.refresh_from_db()
    assert release.status == Status.DRAFT


def test_a_correction_is_published_with_a_notice_and_the_old_text_kept(desk, imigrasi, admin_imigrasi):
    release = make_release(imigrasi, admin_imigrasi, status=Status.PUBLISHED, body="Layanan dibuka pukul 08.00.")
    response = desk["head"].post(reverse("releases:correct", args=[release.pk]), {
        "title": release.title, "summary": "", "body": "Layanan dibuka pukul 09.00.",
        "note": "Jam buka yang benar adalah 09.00 WIB.", "lock_version": release.lock_version,
    })  # fmt: skip
    assert response.status_code == 302
    page = client_for(None).get(release.get_absolute_url()).content.decode()
    assert "pukul 09.00" in page and "Jam buka yang benar adalah 09.00 WIB." in page
    assert [v.body for v in release.versions.all()] == ["Layanan dibuka pukul 09.00.", "Layanan dibuka pukul 08.00."]


def test_a_withdrawn_release_leaves_only_its_public_reason(desk, imigrasi, admin_imigrasi):
    release = make_release(imigrasi, admin_imigrasi, status=Status.PUBLISHED, body="Isi yang keliru sekali.")
    step(desk["head"], release, "withdraw", "Data belum final.")
    response = client_for(None).get(release.get_absolute_url())
    page = response.content.decode()
    assert response.status_code == 410
    assert "Data belum final." in page and "Isi yang keliru sekali." not in page


def test_archiving_keeps_a_published_release_readable(desk, imigrasi, admin_imigrasi):
    release = make_release(imigrasi, admin_imigrasi, status=Status.PUBLISHED)
    step(desk["moderator"], release, "archive")
    release.refresh_from_db()
    assert release.status == Status.ARCHIVED
    assert client_for(None).get(release.get_absolute_url()).status_code == 200


def test_notification_mail_is_plain_text_not_html_escaped(desk, imigrasi, admin_imigrasi):
    release = make_release(imigrasi, admin_imigrasi, title='Imigrasi & Polres: "Siaga"')
    mail.outbox.clear()
    step(desk["drafter"], release, "submit", "Cek <judul>.")
    assert 'Imigrasi & Polres: "Siaga"' in mail.outbox[0].subject
    assert "Cek <judul>." in mail.outbox[0].body
