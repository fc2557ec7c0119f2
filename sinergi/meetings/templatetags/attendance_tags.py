"""The attendance and materials panels of a meeting's page."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def attendance_panel(context, meeting) -> str:
    return ""
