"""Cek status: a requester finds their request by its registration number and the e-mail address, or the
last four digits of the phone number, they gave, as every e-PPID lets them.

Guessing is bounded twice: a connection gets `STATUS_CHECK_CLIENT_LIMIT` failed lookups an hour,
and a registration number `STATUS_CHECK_NUMBER_LIMIT` failed lookups a day from everyone
together (against many connections guessing one request's four digits). A failure never says
whether the number exists.
"""

from __future__ import annotations

import datetime as dt
import re

from django.conf import settings
from django.utils import timezone

from sinergi.ppid.models import InformationRequest, StatusCheckFailure

CLIENT_WINDOW = dt.timedelta(hours=1)
NUMBER_WINDOW = dt.timedelta(days=1)


def normalised_number(raw: str) -> str:
    """What people type for `0012/PPID/MERANTI/2026`: spaces and lower case are forgiven."""
    return re.sub(r"\s+", "", raw).upper()[:40]


def blocked(forum, client: str, number: str) -> bool:
    now = timezone.now()
    failures = StatusCheckFailure.objects.filter(forum=forum)
    return (
        failures.filter(client=client, at__gt=now - CLIENT_WINDOW).count() >= settings.STATUS_CHECK_CLIENT_LIMIT
        or failures.filter(number=number, at__gt=now - NUMBER_WINDOW).count() >= settings.STATUS_CHECK_NUMBER_LIMIT
    )


def _proves(item: InformationRequest, proof: str) -> bool:
    proof = proof.strip()
    if "@" in proof:
        return bool(item.email) and item.email.casefold() == proof.casefold()
    digits = re.sub(r"\D", "", item.phone)
    return len(digits) >= 4 and re.fullmatch(r"[0-9]{4}", proof) is not None and digits[-4:] == proof


def find(forum, client: str, number: str, proof: str) -> InformationRequest | None:
    """The request with this number whose requester gave this e-mail or phone; a miss is counted."""
    number = normalised_number(number)
    item = (
        InformationRequest.objects.select_related("forum", "agency")
        .filter(forum=forum, number=number, personal_data_erased_at__isnull=True)
        .first()
    )
    if item is not None and _proves(item, proof):
        return item
    StatusCheckFailure.objects.create(forum=forum, client=client, number=number)
    StatusCheckFailure.objects.filter(at__lt=timezone.now() - NUMBER_WINDOW).delete()
    return None
