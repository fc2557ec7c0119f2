"""Markdown (release bodies, announcements, threads) rendered to HTML and sanitised, so no script reaches a reader."""

from __future__ import annotations

import html
import threading

import markdown as md
import nh3
from django.utils.safestring import SafeString, mark_safe

TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "a", "blockquote", "h2", "h3", "h4", "table", "thead",
        "tbody", "tr", "th", "td", "code", "pre", "hr"}  # fmt: skip


_local = threading.local()


def _renderer() -> md.Markdown:
    """One Markdown parser per thread: building one costs more than rendering a short body."""
    if not hasattr(_local, "parser"):
        _local.parser = md.Markdown(extensions=["tables", "sane_lists"], output_format="html")
    return _local.parser.reset()


def render(text: str) -> SafeString:
    html = _renderer().convert(text or "")
    # Headings inside a body start at h2: the page's title is its only h1.
    html = html.replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    clean = nh3.clean(html, tags=TAGS, attributes={"a": {"href", "title"}}, link_rel="noopener nofollow",
                      url_schemes={"http", "https", "mailto"})  # fmt: skip
    return mark_safe(clean)


def paragraphs(text: str) -> list[str]:
    """The body split into paragraphs, the unit a reviewer's inline comment points at."""
    return [p.strip() for p in (text or "").replace("\r\n", "\n").split("\n\n") if p.strip()]


def plain(text: str, limit: int = 200) -> str:
    """The body as plain text, for meta descriptions and feed summaries."""
    words = html.unescape(nh3.clean(str(render(text)), tags=set())).split()
    out = " ".join(words)
    return out if len(out) <= limit else out[: limit - 1].rsplit(" ", 1)[0] + "…"
