"""Requesters' personal data is erased past retention; the statistics and the trail stay clean."""

from __future__ import annotations

import datetime as dt

import time_machine
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone

from sinergi.core.models import AuditEntry
from sinergi.ppid.models import InformationRequest

NIK = "1410015708900003"


def make(forum, received):
    with time_machine.travel(received):
        item = InformationRequest.objects.create(
            forum=forum, name="Siti Aminah", id_number=NIK, address="Jl. Merdeka 1", email="siti@contoh.test",
            subject="Data vaksinasi", purpose="Riset", consent_at=timezone.now(),
        )  # fmt: skip
    item.id_document.save("ktp", ContentFile(b"%PDF-1.4 ktp"), save=True)
    return item


def test_old_requests_lose_their_personal_data_and_keep_what_was_asked(forum, settings):
    settings.PPID_PERSONAL_DATA_RETENTION_DAYS = 365
    old = make(forum, dt.datetime(2024, 1, 10, 2, 0, tzinfo=dt.UTC))
    recent = make(forum, timezone.now() - dt.timedelta(days=10))
    call_command("erase_personal_data")
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.name, old.id_number, old.email, old.address) == ("[dihapus]", "", "", "")
    assert not old.id_document and old.personal_data_erased_at
    assert old.subject == "Data vaksinasi" and old.number.startswith("0001/PPID/MERANTI/2024")
    assert recent.name == "Siti Aminah"
    call_command("erase_personal_data")  # a second run changes nothing
    assert InformationRequest.objects.filter(personal_data_erased_at__isnull=False).count() == 1


def test_the_audit_trail_never_holds_a_requesters_personal_data(forum):
    make(forum, timezone.now())
    trail = str(list(AuditEntry.objects.values_list("changes", flat=True)))
    assert NIK not in trail and "Siti Aminah" not in trail and "siti@contoh.test" not in trail
