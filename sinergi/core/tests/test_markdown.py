"""Markdown written by members reaches readers as safe HTML, and as plain text where HTML cannot go."""

from __future__ import annotations

from sinergi.core import markdown


def test_scripts_handlers_and_script_links_never_reach_a_reader():
    html = markdown.render(
        '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[klik](javascript:alert(3)) [situs](https://example.org)'
    )
    assert "<script" not in html and "onerror" not in html and "javascript:" not in html
    assert '<a href="https://example.org" rel="noopener nofollow">situs</a>' in html


def test_a_heading_in_a_body_starts_below_the_page_title():
    assert markdown.render("# Jadwal\n\n| a | b |\n|---|---|\n| 1 | 2 |").startswith("<h2>Jadwal</h2>")
    assert "<table>" in markdown.render("| a | b |\n|---|---|\n| 1 | 2 |")


def test_paragraphs_are_the_blocks_between_blank_lines():
    assert markdown.paragraphs("Satu.\r\n\r\nDua\nbaris.\n\n\n") == ["Satu.", "Dua\nbaris."]


def test_plain_text_drops_markup_and_cuts_at_a_word():
    assert markdown.plain("**Layanan** paspor <b>buka</b> &amp; cepat") == "Layanan paspor buka & cepat"
    assert markdown.plain("kata " * 100, limit=22) == "kata kata kata kata…"
