"""With the task queue down, a step that committed is told as done and its e-mail waits in the database."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from contextlib import contextmanager

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from huey.contrib.djhuey import HUEY
from huey.storage import RedisStorage

from sinergi.conftest import client_for, database_url
from sinergi.core.models import DeferredTask
from sinergi.core.tasks import hand_over_deferred
from sinergi.core.tests.test_mail import run_queue
from sinergi.ppid.models import InformationRequest
from sinergi.ppid.tests.test_request_form import form
from sinergi.releases.models import Status
from sinergi.releases.tests.factory import make_release


@contextmanager
def queue_unreachable():
    """A real Redis client pointed at a port where nothing listens, as when Redis is down."""
    saved = HUEY.storage
    HUEY.storage = RedisStorage("sinergi", url="redis://127.0.0.1:1/0")
    try:
        yield
    finally:
        HUEY.storage = saved


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("national_rules")
def test_a_request_made_while_the_queue_is_down_answers_with_its_number_and_mails_later(forum, real_queue):
    mail.outbox = []
    with queue_unreachable():
        response = Client(REMOTE_ADDR="10.0.0.9").post("/permohonan-informasi/", form(), follow=True)
        assert hand_over_deferred() == 0  # still down: the work stays where it is
    item = InformationRequest.objects.get()
    page = response.content.decode()
    assert response.status_code == 200 and item.number in page
    assert response.redirect_chain[0][0].startswith(item.get_tracking_url())
    waiting = DeferredTask.objects.get()
    assert waiting.task_path == "sinergi.ppid.tasks.send_receipt" and waiting.args == [item.pk]
    assert "ConnectionError" in waiting.last_error
    assert mail.outbox == []

    # The queue is back: the minute's round hands the receipt over and a worker sends it.
    assert hand_over_deferred() == 1
    assert not DeferredTask.objects.exists()
    run_queue(real_queue)
    assert [m.to for m in mail.outbox] == [["siti@contoh.test"]]
    assert item.get_tracking_url() in mail.outbox[0].body


@pytest.mark.django_db(transaction=True)
def test_a_workflow_step_taken_while_the_queue_is_down_is_done_and_its_notice_waits(
    imigrasi, admin_imigrasi, humas_imigrasi, real_queue
):
    release = make_release(imigrasi, admin_imigrasi)
    with queue_unreachable():
        response = client_for(admin_imigrasi).post(reverse("releases:step", args=[release.pk, "submit"]), follow=True)
    release.refresh_from_db()
    assert response.status_code == 200 and release.status == Status.SUBMITTED
    assert list(DeferredTask.objects.values_list("task_path", flat=True)) == ["sinergi.releases.tasks.notify_event"]


@pytest.mark.django_db(transaction=True)
def test_a_scheduled_publication_kept_during_an_outage_keeps_its_time(imigrasi, moderator, real_queue):
    release = make_release(imigrasi, status=Status.APPROVED)
    list(iter(real_queue.dequeue, None))  # what saving it queued (its clash-detection keys), before the outage
    at = (timezone.now() + dt.timedelta(hours=2)).replace(microsecond=0)
    with queue_unreachable():
        release.schedule(moderator, at)
    waiting = DeferredTask.objects.get()
    assert waiting.task_path == "sinergi.releases.tasks.publish_scheduled" and waiting.run_after == at
    hand_over_deferred()
    (queued,) = [task for task in iter(real_queue.dequeue, None)]
    assert queued.eta.replace(tzinfo=dt.UTC) == at


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("national_rules")
def test_a_worker_that_starts_after_the_outage_sends_what_waited(forum, real_queue, tmp_path):
    with queue_unreachable():
        Client(REMOTE_ADDR="10.0.0.9").post("/permohonan-informasi/", form())
    assert DeferredTask.objects.count() == 1
    # A real consumer, started only now and without the scheduler (--no-periodic), so only its start hands over.
    env = {**os.environ, "DEBUG": "true", "HUEY_IMMEDIATE": "false", "DATABASE_URL": database_url(),
           "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend", "EMAIL_FILE_PATH": str(tmp_path)}  # fmt: skip
    process = subprocess.Popen([sys.executable, "manage.py", "run_huey", "--workers", "1", "--no-periodic"],
                               cwd=settings.BASE_DIR, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True)  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not list(tmp_path.glob("*.log")):
            time.sleep(0.25)
    finally:
        process.terminate()
        print(process.communicate(timeout=20)[0])
    messages = list(tmp_path.glob("*.log"))
    assert len(messages) == 1, "the worker did not send the receipt within 60 s of starting"
    assert "siti@contoh.test" in messages[0].read_text()
    assert not DeferredTask.objects.exists()
