from django import template

from sinergi.releases import markdown as md

register = template.Library()


@register.filter
def markdown(text: str):
    """Markdown to sanitised HTML."""
    return md.render(text)
