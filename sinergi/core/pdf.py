"""Printable documents: a template rendered in Indonesian and laid out as PDF by WeasyPrint."""

from __future__ import annotations

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation


def render_pdf(template: str, context: dict, language: str = "id") -> bytes:
    """The PDF of `template`; official documents are in Indonesian unless asked otherwise."""
    from weasyprint import HTML  # heavy: imported only when a PDF is made

    with translation.override(language):
        html = render_to_string(template, context)
    return HTML(string=html).write_pdf()


def pdf_response(data: bytes, filename: str, inline: bool = True) -> HttpResponse:
    """A private PDF download: never cached by a shared proxy."""
    response = HttpResponse(data, content_type="application/pdf")
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response
