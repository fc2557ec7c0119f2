"""`{% days_left n %}`: how far a deadline is, in the words an officer reads at a glance."""

from __future__ import annotations

from django import template

register = template.Library()


@register.inclusion_tag("core/_days_left.html")
def days_left(days: int | None, working: bool = True) -> dict:
    """A tag for `days` left (working days unless `working` is False); late when negative, nothing when None."""
    return {"days": days, "late_by": -days if days is not None and days < 0 else 0, "working": working}
