"""The kinds of message Sinergi sends its members, and how each member wants to hear of each.

An app declares its kinds once, in its `AppConfig.ready()`:

    register_kind("meetings.reminder", _("Meeting reminders, the day before"))

For every kind a member chooses an e-mail at once, a line in the next daily summary, or
nothing but what the workspace shows them (`core.models.Delivery`); `core.mail.send_templated`
asks `delivery_for` before each member's copy. Two sorts of message can never be switched
off: a kind declared `required` (the law requires it), which always goes at once whatever is
stored, and a message sent with no kind at all, which is how messages to requesters (people
without an account) and to people not yet members are sent.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from sinergi.core.models import Delivery, HeldNotification, NotificationSetting

log = logging.getLogger(__name__)

REQUIRED = _("The law requires this message, so it is always e-mailed at once.")


@dataclass(frozen=True)
class Kind:
    key: str  # "<app label>.<what>", as senders name it
    label: str  # what the member reads on the settings page
    required: bool = False
    default: Delivery = Delivery.IMMEDIATE
    reason: str = ""  # why a required kind cannot be switched off


_kinds: dict[str, Kind] = {}


def register_kind(key: str, label: str, *, required: bool = False, default: str = Delivery.IMMEDIATE,
                  reason: str = "") -> Kind:  # fmt: skip
    """Declare a kind of message; registering the same key again replaces it (a reloaded app)."""
    kind = Kind(key, label, required, Delivery(default), reason or (REQUIRED if required else ""))
    _kinds[key] = kind
    return kind


def registered_kinds() -> list[Kind]:
    """Every kind, in the order the apps declared them."""
    return list(_kinds.values())


def delivery_for(member, key: str | None) -> Delivery:
    """How this member's copy of a message of this kind goes; always at once without a kind or when required."""
    if key is None or getattr(member, "pk", None) is None:
        return Delivery.IMMEDIATE
    kind = _kinds.get(key)
    if kind is None:  # a sender's mistake must not cost anyone a message
        log.error("Message kind %r is not registered; sent at once", key)
        return Delivery.IMMEDIATE
    if kind.required:
        return Delivery.IMMEDIATE
    chosen = NotificationSetting.objects.filter(member=member, kind=key).values_list("delivery", flat=True).first()
    return Delivery(chosen) if chosen in Delivery.values else kind.default


def choices_of(member) -> dict[str, Delivery]:
    """The member's delivery for every kind they may choose, defaults filled in."""
    stored = dict(NotificationSetting.objects.filter(member=member).values_list("kind", "delivery"))
    return {kind.key: Delivery(stored.get(kind.key, kind.default)) for kind in registered_kinds() if not kind.required}


def save_choices(member, chosen: dict[str, str]) -> None:
    """Store the member's choices; a required or unknown kind, or an unknown delivery, is ignored."""
    for key, delivery in chosen.items():
        kind = _kinds.get(key)
        if kind is None or kind.required or delivery not in Delivery.values:
            continue
        NotificationSetting.objects.update_or_create(member=member, kind=key, defaults={"delivery": delivery})


def hold(member, key: str, subject: str, url: str, time_zone: str) -> HeldNotification:
    """Keep a message's subject and link for the member's next daily summary (`core.daily_summary`)."""
    return HeldNotification.objects.create(member=member, kind=key, subject=" ".join(subject.split())[:300],
                                           url=url[:500], time_zone=time_zone)  # fmt: skip
