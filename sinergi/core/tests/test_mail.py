"""E-mail survives a mail server outage: a refused sending is queued again, later, then given up."""

from __future__ import annotations

import datetime as dt
import smtplib

import pytest
import time_machine
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.test import Client

from sinergi.core.models import OutgoingEmail
from sinergi.ppid.models import InformationRequest
from sinergi.ppid.tests.test_request_form import form


class FlakyBackend(BaseEmailBackend):
    """A mail server that is away for the next `away` attempts, then takes the mail."""

    away = 0

    def send_messages(self, messages):
        if FlakyBackend.away:
            FlakyBackend.away -= 1
            raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
        mail.outbox.extend(messages)
        return len(messages)


@pytest.fixture
def flaky_mail(settings):
    settings.EMAIL_BACKEND = f"{__name__}.FlakyBackend"
    settings.EMAIL_RETRY_DELAYS = [60, 300]
    mail.outbox = []
    yield FlakyBackend
    FlakyBackend.away = 0


def run_queue(huey) -> list:
    """Run what the queue holds now, each task at the time it was queued for, as a worker would."""
    ran = list(iter(huey.dequeue, None))
    for task in ran:
        when = task.eta.replace(tzinfo=dt.UTC) + dt.timedelta(seconds=1) if task.eta else dt.datetime.now(dt.UTC)
        with time_machine.travel(when, tick=False):
            huey.execute(task)
    return ran


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("national_rules")
def test_a_receipt_reaches_the_requester_after_the_mail_server_comes_back(forum, flaky_mail, real_queue):
    flaky_mail.away = 2
    response = Client(REMOTE_ADDR="10.0.0.9").post("/permohonan-informasi/", form(), follow=True)
    item = InformationRequest.objects.get()
    assert item.number in response.content.decode()  # on screen, whatever the mail server does

    first = run_queue(real_queue)  # the receipt: refused, and queued again a minute later
    assert mail.outbox == [] and len(first) == 1
    retry = run_queue(real_queue)
    assert len(retry) == 1 and retry[0].eta is not None  # it was to wait, not to run at once
    assert mail.outbox == []  # refused a second time: queued again after five minutes
    run_queue(real_queue)
    assert [m.to for m in mail.outbox] == [["siti@contoh.test"]]
    assert item.get_tracking_url() in mail.outbox[0].body
    assert not OutgoingEmail.objects.exists()  # sent, so nothing of it is kept


@pytest.mark.django_db(transaction=True)
def test_each_retry_waits_longer_and_the_mail_is_given_up_after_the_last(flaky_mail, real_queue, caplog):
    from sinergi.core.mail import send_or_retry
    from sinergi.core.models import OutgoingEmail

    flaky_mail.away = 10
    assert send_or_retry("Uji", "Isi", ["a@contoh.test"]) == "retrying"
    queued = run_queue(real_queue)
    # Only the id is queued: nothing personal stays in the queue's store.
    assert "a@contoh.test" not in repr(queued[0].args) + repr(queued[0].kwargs)
    waits = [task.eta for task in queued + run_queue(real_queue) + run_queue(real_queue)]
    assert len(waits) == 2
    assert 300 <= (waits[1] - waits[0]).total_seconds() <= 300 * 1.2 + 1  # 5 minutes (and jitter) later
    assert mail.outbox == []
    assert "failed after 3 attempts" in caplog.text and "a@contoh.test" not in caplog.text
    given_up = OutgoingEmail.objects.get()
    assert given_up.failed_at and given_up.attempts == 3  # left for an administrator to see


class RefusingBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise smtplib.SMTPRecipientsRefused({"x@contoh.test": (550, b"No such user")})


@pytest.mark.django_db(transaction=True)
def test_a_permanent_refusal_is_not_retried(settings, real_queue):
    from sinergi.core.mail import send_or_retry
    from sinergi.core.models import OutgoingEmail

    settings.EMAIL_BACKEND = f"{__name__}.RefusingBackend"
    assert send_or_retry("Uji", "Isi", ["x@contoh.test"]) == "failed"
    assert real_queue.pending_count() == 0 and not OutgoingEmail.objects.exists()


def test_a_line_break_in_a_subject_does_not_lose_the_mail(settings):
    from sinergi.core.mail import send_or_retry

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox = []
    assert send_or_retry("Rapat\r\nBcc: x@y", "Isi", ["a@contoh.test"]) == "sent"
    assert mail.outbox[0].subject == "Rapat Bcc: x@y"


def test_a_bug_is_not_retried_as_if_the_server_were_away(settings):
    from sinergi.core.mail import send_or_retry

    settings.EMAIL_BACKEND = "no.such.Backend"
    with pytest.raises(ImportError):
        send_or_retry("Uji", "Isi", ["a@contoh.test"])
