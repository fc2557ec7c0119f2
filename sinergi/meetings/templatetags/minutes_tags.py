"""The minutes and follow-up actions panels of a meeting's page."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def minutes_panel(context, meeting) -> str:
    return ""
