"""The letters a public body sends besides the written notice: the notice of an extension (Pasal 22(8)), the
PPID's decision to refuse (Pasal 17, with its consequence test) and the atasan PPID's answer to an
objection (Pasal 36(2)). Each was numbered when the step was taken; it is
rendered, frozen and kept the first time it is read, and served unchanged after."""

from __future__ import annotations

from django.http import Http404, HttpResponse

from sinergi.core.pdf import pdf_response
from sinergi.ppid import clock, letters
from sinergi.ppid.disputes import dispute_window
from sinergi.ppid.models import InformationRequest, LetterKind


def extension_pdf(item: InformationRequest) -> bytes:
    letter = item.letters.filter(kind=LetterKind.EXTENSION).first()
    if letter is None:
        raise Http404
    return letters.frozen_or_issued(LetterKind.EXTENSION, item.public_body, None, letter.issued_on, item,
                                    "ppid/letters/extension.html", {
        "item": item, "forum": item.forum, "body": item.public_body, "day": letter.issued_on,
        "due": item.notice_due_on(), "periods": clock.periods(item.forum),
    })  # fmt: skip


def objection_answer_pdf(item: InformationRequest) -> bytes:
    objection = getattr(item, "objection", None)
    letter = item.letters.filter(kind=LetterKind.OBJECTION_ANSWER).first()
    if objection is None or letter is None:
        raise Http404
    window = dispute_window(objection)
    return letters.frozen_or_issued(LetterKind.OBJECTION_ANSWER, item.public_body, None, letter.issued_on, item,
                                    "ppid/letters/objection_answer.html", {
        "item": item, "objection": objection, "forum": item.forum, "body": item.public_body,
        "day": letter.issued_on, "dispute_by": window[1] if window else None, "periods": clock.periods(item.forum),
    })  # fmt: skip


def refusal_decision_pdf(item: InformationRequest) -> bytes:
    notice = getattr(item, "notice", None)
    letter = item.letters.filter(kind=LetterKind.REFUSAL_DECISION).first()
    if notice is None or letter is None:
        raise Http404
    window = item.objection_window()
    return letters.frozen_or_issued(LetterKind.REFUSAL_DECISION, item.public_body, None, letter.issued_on, item,
                                    "ppid/letters/refusal_decision.html", {
        "item": item, "notice": notice, "forum": item.forum, "body": item.public_body, "day": letter.issued_on,
        "objection_by": window[1] if window else None, "periods": clock.periods(item.forum),
    })  # fmt: skip


RENDERERS = {
    "perpanjangan": (extension_pdf, "perpanjangan"),
    "keputusan-penolakan": (refusal_decision_pdf, "keputusan-penolakan"),
    "tanggapan-keberatan": (objection_answer_pdf, "tanggapan"),
}


def letter_response(item: InformationRequest, kind: str) -> HttpResponse:
    """The letter `kind` ("perpanjangan", "tanggapan-keberatan") of the request as a PDF; 404 if there is none."""
    if kind not in RENDERERS:
        raise Http404
    render, name = RENDERERS[kind]
    return pdf_response(render(item), f"{name}-{item.pk}.pdf")
