"""Reminders of follow-up actions go through the task queue, a few days before and once overdue, each once."""

from __future__ import annotations

import datetime as dt
import time

import pytest
import time_machine
from django.core import mail

from sinergi.forum.tests.test_digest_worker import wait_for
from sinergi.meetings.actions import REMIND_DAYS_BEFORE
from sinergi.meetings.models import Action
from sinergi.meetings.tasks import remind_actions
from sinergi.meetings.tests.factory import WIB, make_meeting

# 08.00 WIB on a Monday: the morning run of the hourly task.
MORNING = dt.datetime(2030, 3, 4, 8, 0, tzinfo=WIB)
TODAY = MORNING.date()


@pytest.fixture
def meeting(forum, imigrasi):
    return make_meeting(forum, [imigrasi], start=MORNING - dt.timedelta(days=20))


def make_action(meeting, agency, due_on, **fields) -> Action:
    return Action.objects.create(forum=meeting.forum, meeting=meeting, agency=agency, due_on=due_on,
                                 title=fields.pop("title", "Menyusun draf SK forum"), **fields)  # fmt: skip


def run_task(at=MORNING) -> list[tuple[str, list[str]]]:
    """Run the periodic task as the scheduler would (the queue runs at once in tests); the mail it sent."""
    mail.outbox.clear()
    with time_machine.travel(at, tick=False):
        remind_actions()
    return sorted((m.subject, sorted(m.to)) for m in mail.outbox)


def test_the_responsible_person_is_reminded_before_the_due_date_once(meeting, imigrasi, admin_imigrasi):
    action = make_action(meeting, imigrasi, TODAY + dt.timedelta(days=REMIND_DAYS_BEFORE), person=admin_imigrasi)
    make_action(meeting, imigrasi, TODAY + dt.timedelta(days=REMIND_DAYS_BEFORE + 1), person=admin_imigrasi)
    sent = run_task()
    assert [to for _subject, to in sent] == [["dewi@demo.test"]]
    assert action.get_absolute_url() in mail.outbox[0].body
    assert Action.objects.get(pk=action.pk).reminded_for == action.due_on
    assert run_task() == []  # running twice sends once
    assert run_task(MORNING + dt.timedelta(hours=1)) == []


def test_without_a_person_the_agency_head_of_pr_is_reminded(meeting, imigrasi, humas_imigrasi, moderator):
    make_action(meeting, imigrasi, TODAY + dt.timedelta(days=1))
    assert [to for _subject, to in run_task()] == [["fajar@demo.test"]]


def test_an_overdue_action_is_reported_to_the_person_and_the_secretariat_once(
    meeting, imigrasi, admin_imigrasi, moderator
):
    action = make_action(meeting, imigrasi, TODAY - dt.timedelta(days=1), person=admin_imigrasi)
    assert [to for _subject, to in run_task()] == [["dewi@demo.test"], ["rina@demo.test"]]
    assert Action.objects.get(pk=action.pk).overdue_notified_for == action.due_on
    assert run_task() == []
    assert run_task(MORNING + dt.timedelta(days=1)) == []  # once per due date, not every day


def test_finished_actions_are_left_alone(meeting, imigrasi, admin_imigrasi, moderator):
    make_action(meeting, imigrasi, TODAY - dt.timedelta(days=1), person=admin_imigrasi, status="done")
    make_action(meeting, imigrasi, TODAY + dt.timedelta(days=1), person=admin_imigrasi, status="dropped")
    assert run_task() == []


def test_a_new_due_date_is_reminded_again(meeting, imigrasi, admin_imigrasi, moderator):
    action = make_action(meeting, imigrasi, TODAY - dt.timedelta(days=2), person=admin_imigrasi)
    assert len(run_task()) == 2  # overdue: Dewi and the secretariat
    action.due_on = TODAY + dt.timedelta(days=2)
    action.save()
    assert [to for _subject, to in run_task()] == [["dewi@demo.test"]]
    # Past the new date: overdue again, for that date.
    assert [to for _subject, to in run_task(MORNING + dt.timedelta(days=3))] == [["dewi@demo.test"], ["rina@demo.test"]]


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_sends_each_reminder_once_even_when_the_task_runs_twice(
    forum, imigrasi, admin_imigrasi, worker, real_queue
):
    from django.utils import timezone

    meeting = make_meeting(forum, [imigrasi], start=timezone.now() - dt.timedelta(days=3))
    action = make_action(meeting, imigrasi, timezone.localdate() + dt.timedelta(days=1), person=admin_imigrasi)
    # Two runs queued back to back, as when the scheduler fires while a late run is still waiting.
    remind_actions()
    remind_actions()
    assert wait_for(lambda: list(worker.glob("*.log"))), "no reminder within 60 s"
    assert wait_for(lambda: real_queue.pending_count() == 0)
    time.sleep(1)
    mails = [p.read_text() for p in worker.glob("*.log")]
    assert len(mails) == 1
    assert "dewi@demo.test" in mails[0] and action.get_absolute_url() in mails[0]
    assert Action.objects.get(pk=action.pk).reminded_for == action.due_on
