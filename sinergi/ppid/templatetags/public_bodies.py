"""Template helpers for a public body's pages and letters: the address of its pages, and its logo or a
signature image embedded in a PDF (WeasyPrint fetches nothing: the image goes in as data)."""

from __future__ import annotations

import base64

from django import template

register = template.Library()

# A logo or signature is re-encoded as a web JPEG at upload (`core.uploads`); this bounds a stray file.
EMBED_MAX_BYTES = 2_000_000


@register.filter
def page_url(body, name: str) -> str:
    return body.page_url(name)


@register.filter
def data_uri(image) -> str:
    """The stored image as a `data:` address, or "" when there is none or it is missing or too large."""
    if not image:
        return ""
    try:
        with image.open("rb") as stored:
            data = stored.read(EMBED_MAX_BYTES + 1)
    except OSError:
        return ""
    if len(data) > EMBED_MAX_BYTES or not data.startswith(b"\xff\xd8"):  # only what the upload check made
        return ""
    return "data:image/jpeg;base64," + base64.b64encode(data).decode("ascii")
