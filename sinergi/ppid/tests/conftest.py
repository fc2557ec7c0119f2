import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from sinergi.ppid.models import InformationRequest


@pytest.fixture(autouse=True)
def _commits(commits_at_once):
    """Every test here sees the mail as it is after each request commits."""


RECEIVED = dt.datetime(2026, 3, 2, 2, 0, tzinfo=dt.UTC)  # Monday; notice due Monday 16 March


@pytest.fixture
def item(forum, dinkes):
    """A request to the health office, received on Monday 2 March 2026."""
    with time_machine.travel(RECEIVED):
        return InformationRequest.objects.create(
            forum=forum, agency=dinkes, name="Siti Aminah", id_number="1", address="Jl. Merdeka 1",
            email="siti@contoh.test", subject="Data penerima bantuan sosial", purpose="Liputan",
            consent_at=timezone.now(),
        )  # fmt: skip
