"""Editing a draft: versions with a readable diff, inline comments, and no silent overwrite."""

from __future__ import annotations

from django.urls import reverse

from sinergi.conftest import client_for
from sinergi.releases.models import Status
from sinergi.releases.tests.factory import make_release


def edit_data(release, **changes):
    data = {"kind": release.kind, "title": release.title, "summary": release.summary, "body": release.body,
            "kip_class": release.kip_class, "lock_version": release.lock_version}  # fmt: skip
    return {**data, **changes}


def test_a_second_editor_is_warned_and_not_silently_overwritten(imigrasi, admin_imigrasi, moderator):
    release = make_release(imigrasi, admin_imigrasi, status=Status.IN_REVIEW, body="Teks asli.")
    drafter, reviewer = client_for(moderator), client_for(moderator)
    opened = edit_data(release)  # both opened the same version
    reviewer_page = reviewer.get(reverse("releases:edit", args=[release.pk]))
    assert reviewer_page.status_code == 200
    drafter.post(reverse("releases:edit", args=[release.pk]), {**opened, "body": "Teks penyunting pertama."})
    response = reviewer.post(reverse("releases:edit", args=[release.pk]), {**opened, "body": "Teks penyunting kedua."})
    release.refresh_from_db()
    assert release.body == "Teks penyunting pertama."
    page = response.content.decode()
    assert "Teks penyunting kedua." in page and "Teks penyunting pertama." in page  # both kept in view


def test_opening_a_draft_someone_else_is_editing_shows_who(imigrasi, admin_imigrasi, humas_imigrasi):
    release = make_release(imigrasi, admin_imigrasi)
    client_for(admin_imigrasi).get(reverse("releases:edit", args=[release.pk]))
    page = client_for(humas_imigrasi).get(reverse("releases:edit", args=[release.pk])).content.decode()
    assert "Dewi Anggraini" in page


def test_the_diff_shows_added_and_removed_words(imigrasi, admin_imigrasi):
    release = make_release(imigrasi, admin_imigrasi, body="Layanan dibuka pukul 08.00 <b>WIB</b>.")
    client_for(admin_imigrasi).post(reverse("releases:edit", args=[release.pk]),
                                    edit_data(release, body="Layanan dibuka pukul 09.00 <b>WIB</b>."))  # fmt: skip
    page = client_for(admin_imigrasi).get(reverse("releases:versions", args=[release.pk])).content.decode()
    assert "<del>08.00</del><ins>09.00</ins>" in page
    assert "&lt;b&gt;WIB&lt;/b&gt;" in page  # the text is escaped, never run as HTML


def test_a_comment_is_pinned_to_its_paragraph(imigrasi, admin_imigrasi, moderator):
    release = make_release(imigrasi, admin_imigrasi, status=Status.IN_REVIEW, body="Satu.\n\nDua yang salah.")
    client_for(moderator).post(
        reverse("releases:comment", args=[release.pk]), {"body": "Periksa angka.", "paragraph": 2}
    )
    comment = release.comments.get()
    assert comment.paragraph == 2 and comment.quote == "Dua yang salah."
    page = client_for(admin_imigrasi).get(release.get_workspace_url()).content.decode()
    assert page.index("Periksa angka.") > page.index("Dua yang salah.")


def test_a_published_release_can_no_longer_be_edited_in_place(imigrasi, admin_imigrasi, moderator):
    release = make_release(imigrasi, admin_imigrasi, status=Status.PUBLISHED)
    assert client_for(moderator).get(reverse("releases:edit", args=[release.pk])).status_code == 403


def test_a_malformed_version_number_is_not_found_rather_than_an_error(imigrasi, admin_imigrasi):
    release = make_release(imigrasi, admin_imigrasi)
    response = client_for(admin_imigrasi).get(reverse("releases:versions", args=[release.pk]), {"to": "abc"})
    assert response.status_code == 404


def test_a_comment_follows_its_paragraph_when_paragraphs_move(imigrasi, admin_imigrasi, moderator):
    release = make_release(imigrasi, admin_imigrasi, status=Status.IN_REVIEW, body="Satu.\n\nDua yang salah.")
    client_for(moderator).post(
        reverse("releases:comment", args=[release.pk]), {"body": "Periksa angka.", "paragraph": 2}
    )
    client_for(moderator).post(reverse("releases:edit", args=[release.pk]),
                               edit_data(release, body="Dua yang salah.\n\nSatu.\n\nTiga."))  # fmt: skip
    page = client_for(moderator).get(release.get_workspace_url()).content.decode()
    assert page.index("Dua yang salah.") < page.index("Periksa angka.") < page.index("Satu.</p>")
