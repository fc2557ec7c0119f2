"""Two people, two tabs or two workers at once: the later one is told, nothing is silently undone."""

from __future__ import annotations

import pytest
from django.urls import reverse

from sinergi.conftest import client_for
from sinergi.releases.models import EditConflict, Release, Status, TransitionError
from sinergi.releases.tests.factory import make_release


def test_a_correction_cannot_bring_back_a_withdrawn_release(imigrasi, moderator):
    release = make_release(imigrasi, status=Status.PUBLISHED)
    stale = Release.objects.get(pk=release.pk)
    lock = stale.lock_version
    release.withdraw(moderator, "Data keliru.")
    stale.body = "Teks ralat."
    with pytest.raises((EditConflict, TransitionError)):
        stale.correct(moderator, "Ralat jam.", lock)
    release.refresh_from_db()
    assert release.status == Status.WITHDRAWN and not release.is_public


def test_a_stale_edit_cannot_undo_a_step_taken_meanwhile(imigrasi, admin_imigrasi, humas_imigrasi):
    release = make_release(imigrasi, admin_imigrasi, status=Status.SUBMITTED)
    stale = Release.objects.get(pk=release.pk)
    release.approve_for_agency(humas_imigrasi)
    release.approve(humas_imigrasi)
    stale.body = "Teks lama yang disimpan belakangan."
    with pytest.raises((EditConflict, TransitionError)):
        stale.save_edit(admin_imigrasi, stale.lock_version)
    release.refresh_from_db()
    assert release.status == Status.APPROVED and "belakangan" not in release.body


def test_two_corrections_at_once_do_not_overwrite_each_other(imigrasi, humas_imigrasi, moderator):
    release = make_release(imigrasi, status=Status.PUBLISHED, body="Jam 08.00.")
    form = {"title": release.title, "summary": "", "lock_version": release.lock_version}
    first = client_for(humas_imigrasi).post(reverse("releases:correct", args=[release.pk]),
                                            {**form, "body": "Jam 09.00.", "note": "Jam diralat."})  # fmt: skip
    second = client_for(moderator).post(reverse("releases:correct", args=[release.pk]),
                                        {**form, "body": "Jam 10.00.", "note": "Jam diralat lagi."})  # fmt: skip
    assert first.status_code == 302 and second.status_code == 200
    assert "Orang lain mengubah rilis ini" in second.content.decode()
    release.refresh_from_db()
    assert release.body == "Jam 09.00." and release.corrections.count() == 1


def test_an_archived_release_can_still_be_withdrawn(imigrasi, moderator):
    release = make_release(imigrasi, status=Status.ARCHIVED)
    release.withdraw(moderator, "Ternyata memuat data yang keliru.")
    assert not release.is_public
