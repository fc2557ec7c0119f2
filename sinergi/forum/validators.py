"""Checks on the forum's own identifiers."""

from __future__ import annotations

import re
import zoneinfo

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Kemendagri region codes: province (14), regency (14.10), district (14.10.01), village (14.10.01.2001).
REGION_CODE = re.compile(r"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$")


def validate_region_code(value: str) -> None:
    if value and not REGION_CODE.match(value):
        raise ValidationError(_("Enter a Kemendagri region code such as 14.10 or 14.10.01."), code="region_code")


def validate_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("Unknown time zone: %(zone)s"), params={"zone": value}, code="time_zone")
