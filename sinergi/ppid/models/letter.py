"""Letters a public body issued, kept so that anyone holding one can check it is genuine.

Each issued letter (the written notice, the receipts, a signed annual report) is frozen: its PDF
and SHA-256 are kept, and it carries a QR code and a short link to a public page that names the
body, the number, the date and the kind, never a person, and compares an uploaded PDF with the
one issued. A correction is a new letter; an erased requester's redacted copy is a new file, the
record of the original stays.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Letters without 0/O, 1/I/L: read aloud or typed from paper without mistakes.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 10


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


class LetterKind(models.TextChoices):
    RECEIPT = "receipt", _("Receipt of a request")
    NOTICE = "notice", _("Written notice")
    OBJECTION_RECEIPT = "objection_receipt", _("Receipt of an objection")
    REFUSAL_DECISION = "refusal_decision", _("Decision of the PPID to refuse")
    EXTENSION = "extension", _("Notice of an extension")
    OBJECTION_ANSWER = "objection_answer", _("Answer of the atasan PPID")
    ANNUAL_REPORT = "annual_report", _("Annual report")


class IssuedLetter(models.Model):
    public_body = models.ForeignKey("ppid.PublicBody", on_delete=models.PROTECT, related_name="letters",
                                    verbose_name=_("public body"))  # fmt: skip
    kind = models.CharField(_("kind"), max_length=20, choices=LetterKind.choices)
    number = models.CharField(_("number"), max_length=80)
    issued_on = models.DateField(_("issued on"))
    code = models.CharField(_("verification code"), max_length=CODE_LENGTH, unique=True, default=new_code,
                            editable=False)  # fmt: skip
    sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True)
    # The frozen PDF of a receipt (a notice keeps its own on the WrittenNotice; a report on the AnnualReport).
    pdf = models.FileField(_("PDF file"), upload_to="ppid/surat/", blank=True, max_length=200)
    request = models.ForeignKey("ppid.InformationRequest", null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="letters", verbose_name=_("information request"))  # fmt: skip
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("issued letter")
        verbose_name_plural = _("issued letters")
        constraints = [models.UniqueConstraint("request", "kind", condition=models.Q(request__isnull=False),
                                               name="one_letter_of_a_kind_per_request")]  # fmt: skip

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.number}"

    @property
    def audit_forum_id(self) -> int | None:
        return self.public_body.forum_id

    def get_verify_url(self) -> str:
        return settings.SITE_URL + reverse("ppid:verify", args=[self.code])
