"""`{{ item.number|wrap_at_slashes }}`: a registration number such as 0021/PPID/MERANTI/2026 may wrap on a
phone after a slash, never inside one of its parts."""

from __future__ import annotations

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def wrap_at_slashes(value) -> str:
    return mark_safe(escape(str(value)).replace("/", "/<wbr>"))
