"""The invitation e-mail goes through the real task queue and a real worker process."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from django.conf import settings
from django.db import connection
from huey.contrib.djhuey import HUEY

from sinergi.forum.invitations import invite
from sinergi.forum.models import Invitation, Member


def database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture
def real_queue():
    """Switch this process from immediate mode to the queue a worker reads, emptied first."""
    HUEY.immediate = False
    HUEY.flush()
    yield HUEY
    HUEY.flush()
    HUEY.immediate = True


@pytest.fixture
def worker(tmp_path, real_queue):
    env = {
        **os.environ, "DEBUG": "true", "HUEY_IMMEDIATE": "false", "DATABASE_URL": database_url(),
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(tmp_path / "mail"),
    }  # fmt: skip
    process = subprocess.Popen(
        [sys.executable, "manage.py", "run_huey", "--workers", "1"], cwd=settings.BASE_DIR, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    yield tmp_path / "mail"
    process.terminate()
    output, _ = process.communicate(timeout=20)
    print(output)


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_sends_the_invitation_once(forum, worker):
    member = Member.objects.create_user("siti@demo.test", None, full_name="Siti Rahmah")
    invitation = invite(member, forum, by=None)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        invitation.refresh_from_db()
        if invitation.sent_at:
            break
        time.sleep(0.25)
    assert invitation.sent_at is not None, "the worker did not send the invitation within 60 s"
    time.sleep(0.5)
    messages = list(worker.glob("*.log"))
    assert len(messages) == 1
    text = messages[0].read_text()
    assert "siti@demo.test" in text and "/akun/undangan/" in text
    assert Invitation.objects.get(pk=invitation.pk).sent_at == invitation.sent_at
