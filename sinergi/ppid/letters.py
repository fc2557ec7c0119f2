"""Issuing a letter: render it with its QR code and verification link, freeze it (PDF and SHA-256) once.

letter = letters.issue(LetterKind.NOTICE, body, number, day, request=item)
pdf = render_letter("ppid/letters/notice.html", context, letter)   # the QR code and link printed at its foot
letters.freeze(letter, pdf)
"""

from __future__ import annotations

import hashlib

import segno
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction

from sinergi.core.pdf import render_pdf
from sinergi.ppid.models.letter import IssuedLetter  # the module, not the package: notices import this


def issue(kind: str, body, number: str | None, day, request=None) -> IssuedLetter:
    """The letter's record (and its verification code), made once per request and kind; without a `number`,
    the next number of the body's outgoing letters."""
    if request is not None:
        found = IssuedLetter.objects.filter(request=request, kind=kind).first()
        if found is not None:
            return found
    try:
        with transaction.atomic():
            number = number or body.next_letter_number(day)
            return IssuedLetter.objects.create(kind=kind, public_body=body, number=number, issued_on=day,
                                               request=request)  # fmt: skip
    except IntegrityError:  # made by another process meanwhile
        return IssuedLetter.objects.get(request=request, kind=kind)


def qr_svg(letter: IssuedLetter) -> str:
    """The QR code of the letter's verification link, as an inline SVG for the PDF."""
    return segno.make(letter.get_verify_url(), error="m").svg_inline(scale=1, border=2, omitsize=True,
                                                                       svgclass="qr")  # fmt: skip


def render_letter(template: str, context: dict, letter: IssuedLetter) -> bytes:
    return render_pdf(template, {**context, "letter": letter, "qr": qr_svg(letter)})


def freeze(letter: IssuedLetter, pdf: bytes, keep: bool = False) -> bytes:
    """Keep the SHA-256 of the first PDF issued (and, with `keep`, the PDF itself, served from then on)."""
    digest = hashlib.sha256(pdf).hexdigest()
    if IssuedLetter.objects.filter(pk=letter.pk, sha256="").update(sha256=digest) and keep:
        letter.pdf.save(f"{letter.kind}-{letter.code}.pdf", ContentFile(pdf), save=False)
        letter.save(update_fields=["pdf"])
    letter.refresh_from_db(fields=["sha256", "pdf"])
    return pdf


def frozen_or_issued(kind: str, body, number: str, day, request, template: str, context: dict) -> bytes:
    """A receipt as first issued: rendered, frozen and kept the first time, the kept copy every time after."""
    letter = issue(kind, body, number, day, request=request)
    if letter.pdf:
        with letter.pdf.open("rb") as kept:
            return kept.read()
    return freeze(letter, render_letter(template, context, letter), keep=True)


def matches(letter: IssuedLetter, data: bytes) -> bool:
    return bool(letter.sha256) and hashlib.sha256(data).hexdigest() == letter.sha256
