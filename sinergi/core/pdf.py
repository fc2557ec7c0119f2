"""Printable documents: a template rendered in Indonesian and laid out as PDF by WeasyPrint."""

from __future__ import annotations

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation

from sinergi.core.file_budget import limit_pillow


def render_pdf(template: str, context: dict, language: str = "id") -> bytes:
    """The PDF of `template`; official documents are in Indonesian unless asked otherwise."""
    from weasyprint import HTML  # heavy: imported only when a PDF is made

    # WeasyPrint's import sets Pillow's LOAD_TRUNCATED_IMAGES for the whole process, which
    # would let an over-large PNG chunk through every later check: put Pillow's limits back.
    limit_pillow()
    with translation.override(language):
        html = render_to_string(template, context)
    try:
        return HTML(string=html).write_pdf()
    finally:
        limit_pillow()


def pdf_response(data: bytes, filename: str, inline: bool = True) -> HttpResponse:
    """A private PDF download: never cached by a shared proxy."""
    response = HttpResponse(data, content_type="application/pdf")
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response
