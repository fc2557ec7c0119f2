"""The information itself: documents a PPID gives with a written notice, and every download of them.

A document is checked by content (core.uploads), its text read by the personal-data guard, and
kept outside the public media folder: only the requester's private link and the PPIDs handling
the request reach it, and each download is recorded.
"""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models, transaction
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sinergi.core import pii
from sinergi.core.uploads import TableKind, UploadKind
from sinergi.core.workflow import TransitionError
from sinergi.ppid.models.event import RequestAction
from sinergi.ppid.models.notice import Decision, WrittenNotice

# What a given document is saved as when downloaded (images are re-encoded as JPEG at upload).
EXTENSIONS = {UploadKind.PDF: "pdf", UploadKind.IMAGE: "jpg", TableKind.CSV: "csv", TableKind.XLSX: "xlsx"}


def document_path(instance: NoticeDocument, filename: str) -> str:
    return f"ppid/dokumen/{secrets.token_urlsafe(24)}"


class NoticeDocument(models.Model):
    notice = models.ForeignKey(WrittenNotice, on_delete=models.CASCADE, related_name="documents",
                               verbose_name=_("written notice"))  # fmt: skip
    file = models.FileField(_("file"), upload_to=document_path, max_length=200)
    name = models.CharField(_("name shown to the requester"), max_length=200)
    kind = models.CharField(_("kind"), max_length=10, choices=UploadKind.choices + TableKind.choices)
    size = models.PositiveIntegerField(_("size in bytes"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    blacked_out = models.BooleanField(_("blacked-out copy"), default=False,
                                      help_text=_("The exempt parts are blacked out (a partly granted request)."))  # fmt: skip
    personal_data_note = models.CharField(_("why the personal data in it may be given"), max_length=300, blank=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+",
                                    verbose_name=_("uploaded by"))  # fmt: skip
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        ordering = ["uploaded_at", "pk"]
        verbose_name = _("document given")
        verbose_name_plural = _("documents given")

    def __str__(self) -> str:
        return self.name

    @property
    def audit_forum_id(self) -> int | None:
        return self.notice.request.forum_id

    @property
    def size_display(self) -> str:
        return filesizeformat(self.size)

    def download_name(self) -> str:
        stem = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in self.name)[:80].strip("-") or "dokumen"
        return f"{stem}.{EXTENSIONS.get(self.kind, 'bin')}"

    @property
    def requester_downloads(self) -> int:
        return self.downloads.filter(by_requester=True).count()

    def record_download(self, member=None) -> DocumentDownload:
        return DocumentDownload.objects.create(document=self, member=member, by_requester=member is None)

    @classmethod
    def give(cls, notice: WrittenNotice, prepared: dict, name: str, by, *, blacked_out: bool = False,
             personal_data_note: str = "") -> NoticeDocument:  # fmt: skip
        """Attach a checked file (`core.uploads.prepare`) to a notice that grants all or part of a request.

        A partly granted request gives blacked-out copies only. Text in which the guard finds personal
        data is refused unless the PPID says why it may be given (the requester's own data, say).
        """
        if notice.decision not in (Decision.GRANTED, Decision.PARTLY):
            raise TransitionError(_("Documents are given only with a notice that grants the request, in whole or in part."))
        if notice.decision == Decision.PARTLY and not blacked_out:
            raise TransitionError(_("A partly granted request gets blacked-out copies: confirm the exempt parts are "
                                    "blacked out."))  # fmt: skip
        found = pii.find_personal_data(prepared.get("text", ""), names=True)
        if found and not personal_data_note.strip():
            kinds = ", ".join(sorted({str(finding.label) for finding in found}))
            raise TransitionError(_("The document contains personal data (%(kinds)s). Black it out, or say why it "
                                    "may be given.") % {"kinds": kinds})  # fmt: skip
        given = sum(notice.documents.values_list("size", flat=True))
        if given + prepared["size"] > settings.PPID_DOCUMENTS_MAX_BYTES:
            raise TransitionError(_("The documents of one notice may total %(limit)s.")
                                  % {"limit": filesizeformat(settings.PPID_DOCUMENTS_MAX_BYTES)})  # fmt: skip
        content = prepared["content"]
        content.seek(0)
        digest = hashlib.sha256(content.read()).hexdigest()
        content.seek(0)
        with transaction.atomic():
            document = cls(notice=notice, name=name.strip()[:200], kind=prepared["kind"], size=prepared["size"],
                           sha256=digest, blacked_out=blacked_out, uploaded_by=by,
                           personal_data_note=personal_data_note.strip()[:300] if found else "")  # fmt: skip
            document.file.save("dokumen", content, save=False)
            document.save()
            notice.request.record(by, RequestAction.DOCUMENT_GIVEN, document.name)
        return document


class DocumentDownload(models.Model):
    """One download of a given document: by the requester (through their link) or by a PPID."""

    document = models.ForeignKey(NoticeDocument, on_delete=models.CASCADE, related_name="downloads")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="+")  # fmt: skip
    by_requester = models.BooleanField(default=False)
    at = models.DateTimeField(default=timezone.now)

    audit_trail_exempt = True  # itself a log

    class Meta:
        ordering = ["at"]
        verbose_name = _("document download")
        verbose_name_plural = _("document downloads")

    def __str__(self) -> str:
        return f"{self.document} {self.at:%Y-%m-%d %H:%M}"
