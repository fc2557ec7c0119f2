"""An action's status moves once from the status its reporter saw, and each move is one progress note."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from sinergi.core.workflow import TransitionError
from sinergi.meetings.models import Action, ActionStatus, ProgressNote
from sinergi.meetings.tests.factory import make_meeting


@pytest.fixture
def action(forum, imigrasi, admin_imigrasi) -> Action:
    meeting = make_meeting(forum, [imigrasi])
    return Action.objects.create(forum=forum, meeting=meeting, agency=imigrasi, person=admin_imigrasi,
                                 title="Menyusun draf SK forum", due_on=timezone.localdate() + dt.timedelta(days=9))  # fmt: skip


def test_of_two_reporters_moving_the_status_at_once_exactly_one_wins(action, admin_imigrasi, moderator):
    first, second = Action.objects.get(), Action.objects.get()  # two open pages, both showing "open"
    note = first.report(admin_imigrasi, status=ActionStatus.DONE, text="SK terbit.")
    with pytest.raises(TransitionError, match="Orang lain baru saja mengubah status tindak lanjut ini"):
        second.report(moderator, status=ActionStatus.DROPPED, text="Tidak jadi.")
    stored = Action.objects.get()
    assert (stored.status, stored.dropped_reason) == (ActionStatus.DONE, "") and stored.done_at is not None
    assert list(ProgressNote.objects.values_list("pk", "status_to", "author")) == [
        (note.pk, ActionStatus.DONE, admin_imigrasi.pk)
    ]


def test_a_move_from_a_status_the_action_no_longer_has_is_refused_and_nothing_is_saved(action, moderator):
    Action.objects.filter(pk=action.pk).update(status=ActionStatus.DROPPED, dropped_reason="Digabung.")
    with pytest.raises(TransitionError) as refused:
        action.report(moderator, status=ActionStatus.DONE, seen=ActionStatus.IN_PROGRESS, text="Selesai.")
    assert str(refused.value) == "Orang lain baru saja mengubah status tindak lanjut ini. Muat ulang halaman."
    stored = Action.objects.get()
    assert (stored.status, stored.dropped_reason, stored.done_at) == (ActionStatus.DROPPED, "Digabung.", None)
    assert not ProgressNote.objects.exists()


def test_dropping_without_a_reason_is_refused_on_the_reason_field(action, moderator):
    with pytest.raises(TransitionError) as refused:
        action.report(moderator, status=ActionStatus.DROPPED, text="  ")
    assert refused.value.message_dict == {"text": ["Tulis alasan tindak lanjut dibatalkan."]}
    assert Action.objects.get().status == ActionStatus.OPEN and not ProgressNote.objects.exists()
