"""Two-step sign-in: a password, then a six-digit code from an authenticator app (TOTP), or one of
ten single-use recovery codes. Built on django-otp's TOTP and static devices.

Required for those who hold requesters' data or publish in the forum's name: every forum role
(moderator, PPID utama, atasan PPID, walidata), the PPID pelaksana of any agency, and whoever may
use the admin site. Optional for everyone else. Demo accounts are spared the requirement while
DEBUG is on (they cannot sign in otherwise), so `make run` stays usable; they may still set it up.

Neither secret nor code is ever written to the audit trail: it records that two-step sign-in was
set up or reset, by whom, and when.
"""

from __future__ import annotations

import base64
import math

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from sinergi.core.models import AuditEntry
from sinergi.forum import sign_in
from sinergi.forum.models import AgencyRoleKind, Member

RECOVERY_CODES = 10
APP_DEVICE_NAME = "app"
RECOVERY_DEVICE_NAME = "recovery"


class CodeRefused(Exception):
    """Why a code was not taken, in words for the person who typed it."""


def is_required(member: Member) -> bool:
    """Whether this person may not use the back office before setting up two-step sign-in."""
    if not member.is_authenticated:
        return False
    if member.is_demo and settings.DEBUG:
        return False
    return (
        member.is_staff
        or member.is_superuser
        or member.forum_roles.exists()
        or member.agency_roles.filter(role=AgencyRoleKind.PPID_PELAKSANA).exists()
    )


def is_on(member: Member) -> bool:
    """Whether this person has a confirmed authenticator app, so sign-in asks them for a code."""
    return user_has_device(member, confirmed=True)


# --- Setting it up -------------------------------------------------------------------------


def pending_app(member: Member) -> TOTPDevice:
    """The authenticator being set up: a secret shown until the member confirms it with a code."""
    device = TOTPDevice.objects.filter(user=member, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=member, name=APP_DEVICE_NAME, confirmed=False)


def secret_text(device: TOTPDevice) -> str:
    """The secret as an authenticator app asks for it when typed in: base32, in groups of four."""
    text = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def qr_svg(device: TOTPDevice, label: str) -> str:
    """The app's set-up address as an inline SVG QR code, with `label` for screen readers."""
    import segno

    code = segno.make(device.config_url, error="m")
    svg = code.svg_inline(scale=1, border=4, omitsize=True, svgclass="qr", light="#fff", dark="#000", title=label)
    return svg.replace("<svg ", '<svg role="img" focusable="false" ', 1)


@transaction.atomic
def confirm(device: TOTPDevice, code: str, *, by: Member, forum=None) -> list[str]:
    """Turn the pending app on if `code` is right and return fresh recovery codes; else CodeRefused.

    Any earlier app and recovery codes are replaced: one app per person."""
    _brake(device)
    if device.confirmed or not device.verify_token(_digits(code)):
        raise CodeRefused(_("That code is not right. Check the app's clock and type the code shown now."))
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    record(device.user, "set up", by=by, forum=forum)
    return new_recovery_codes(device.user)


def new_recovery_codes(member: Member) -> list[str]:
    """Ten new single-use codes; the old ones stop working. Shown once, never again."""
    StaticDevice.objects.filter(user=member).delete()
    device = StaticDevice.objects.create(user=member, name=RECOVERY_DEVICE_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


def recovery_codes_left(member: Member) -> int:
    return StaticToken.objects.filter(device__user=member).count()


# --- Signing in ----------------------------------------------------------------------------


def _digits(code: str) -> str:
    return "".join(code.split())


def _brake(device) -> None:
    """django-otp's own brake: after a wrong code the device refuses any code for a doubling delay,
    whoever asks from wherever (the sign-in lock counts per address)."""
    allowed, why = device.verify_is_allowed()
    if not allowed and "locked_until" in (why or {}):
        seconds = max(1, math.ceil((why["locked_until"] - timezone.now()).total_seconds()))
        raise CodeRefused(ngettext(
            "After a wrong code, wait %(seconds)d second before the next try.",
            "After a wrong code, wait %(seconds)d seconds before the next try.",
            seconds) % {"seconds": seconds})  # fmt: skip


def verify(member: Member, code: str):
    """The device that accepts `code` (six digits: the app's current code; anything else: an unused
    recovery code, which is then spent), or None. Raises CodeRefused while the device is braking."""
    code = _digits(code).lower()
    if not code:
        return None
    kind = TOTPDevice if code.isdigit() and len(code) == 6 else StaticDevice
    with transaction.atomic():
        for device in kind.objects.devices_for_user(member, confirmed=True).select_for_update():
            _brake(device)
            if device.verify_token(code):
                return device
    return None


def check(member: Member, code: str, client: str):
    """The device that accepts `code`, under the sign-in lock: refused while the account or address
    is locked, and a wrong code counts as a wrong password does. Raises CodeRefused."""
    minutes = sign_in.minutes_locked(member.email, client)
    if minutes:
        raise CodeRefused(sign_in.locked_message(minutes))
    try:
        device = verify(member, code)
        if device is None:
            raise CodeRefused(_("That code is not right. Codes change every 30 seconds; type the one shown now."))
    except CodeRefused:
        sign_in.record_failure(member.email, client)  # a code typed while braking is a guess too
        raise
    return device


# --- Turning it off, or a moderator resetting a lost device --------------------------------


@transaction.atomic
def remove(member: Member, *, by: Member, reason: str, forum=None) -> bool:
    """Delete the member's app and recovery codes; True if there was anything to delete."""
    found = False
    for model in (TOTPDevice, StaticDevice):
        deleted, _ = model.objects.filter(user=member).delete()
        found = found or bool(deleted)
    if found:
        record(member, reason, by=by, forum=forum)
    return found


def record(member: Member, what: str, *, by: Member, forum=None) -> None:
    """An audit entry on the member saying what happened to their two-step sign-in, never a secret.

    Devices are django-otp's models, outside the automatic trail, so the entry is written here."""
    AuditEntry.objects.create(
        actor=by if getattr(by, "pk", None) else None,
        forum_id=forum.pk if forum is not None else None,
        action=AuditEntry.Action.UPDATED,
        content_type=ContentType.objects.get_for_model(Member),
        object_id=str(member.pk),
        object_repr=str(member)[:300],
        changes={"two_factor": [None, what]},
    )
