"""`{{ item.number|wrap_at_slashes }}`: a registration number such as 0021/PPID/MERANTI/2026 may wrap on a
phone after a slash, never inside one of its parts. `{{ days|in_words }}`: "30 (tiga puluh)", as official
Indonesian letters write a period."""

from __future__ import annotations

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

register = template.Library()


@register.filter
def wrap_at_slashes(value) -> str:
    return mark_safe(escape(str(value)).replace("/", "/<wbr>"))


UNITS = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas")


def indonesian_words(number: int) -> str:
    """0-999 in Indonesian words ("tujuh belas", "seratus dua puluh")."""
    if number < 12:
        return UNITS[number] or "nol"
    if number < 20:
        return f"{UNITS[number - 10]} belas"
    if number < 100:
        tens, rest = divmod(number, 10)
        return f"{UNITS[tens]} puluh {UNITS[rest]}".strip()
    hundreds, rest = divmod(number, 100)
    head = "seratus" if hundreds == 1 else f"{UNITS[hundreds]} ratus"
    return f"{head} {indonesian_words(rest)}".strip() if rest else head


@register.filter
def in_words(value) -> str:
    """A whole number with its Indonesian words in brackets, on an Indonesian page; the number alone otherwise."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return str(value)
    if not 0 <= number < 1000 or not (get_language() or "").startswith("id"):
        return str(number)
    return f"{number} ({indonesian_words(number)})"
