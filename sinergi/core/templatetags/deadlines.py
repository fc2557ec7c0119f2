"""`{% days_left n %}`: how far a deadline is, in the words an officer reads at a glance."""

from __future__ import annotations

from django import template

from sinergi.core import holiday_lists

register = template.Library()


@register.inclusion_tag("core/_days_left.html")
def days_left(days: int | None, working: bool = True) -> dict:
    """A tag for `days` left (working days unless `working` is False); late when negative, nothing when None."""
    return {"days": days, "late_by": -days if days is not None and days < 0 else 0, "working": working}


@register.inclusion_tag("core/_provisional.html")
def provisional_note(day) -> dict:
    """A note beside a deadline whose year's holidays are not final: the date may still move."""
    return {"day": day, "provisional": holiday_lists.provisional(day)}
