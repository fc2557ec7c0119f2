from django import template

from sinergi.core import markdown as md

register = template.Library()


@register.filter
def markdown(text: str):
    """Markdown to sanitised HTML."""
    return md.render(text)


@register.filter
def plaintext(text: str, limit: int = 200) -> str:
    """Markdown reduced to plain text of at most `limit` characters."""
    return md.plain(text, int(limit))
