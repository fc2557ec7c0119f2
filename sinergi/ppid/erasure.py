"""Erasing a requester (UU 27/2022): who they were goes from every place Sinergi kept it, while what was
asked, when and how it ended stay for the registers and the statistics.

The places: the request's own fields and ID scan; the free texts about it (subject, purpose,
objection, answers, history comments) where the requester's name, number or contacts were typed;
the stored notice PDF, re-rendered as a redacted copy; documents given that held their own data;
e-mails to them still waiting; and the audit trail of the request and everything hanging from it.
"""

from __future__ import annotations

import json
import re

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sinergi.core import pii
from sinergi.core.models import AuditEntry, OutgoingEmail
from sinergi.core.workflow import TransitionError

ERASED = "[dihapus]"


def identifiers(item) -> list[str]:
    """What identifies the requester, longest first so that a name inside an address goes with it."""
    values = {item.name, item.id_number, item.email, item.phone, item.address, *item.address.splitlines()}
    return sorted((value.strip() for value in values if value and len(value.strip()) >= 3), key=len, reverse=True)


def scrub(text: str, known: list[str], guard: bool = True) -> str:
    """`text` without the requester's identifiers, nor (with `guard`) any number or contact the guard finds."""
    if not text:
        return text
    for value in known:
        text = re.sub(re.escape(value), ERASED, text, flags=re.IGNORECASE)
    if not guard:
        return text
    found = [finding for finding in pii.find_personal_data(text) if finding.kind != "name"]
    return pii.redact(text, found, mask=ERASED) if found else text


def _scrub_fields(record, fields: tuple[str, ...], known: list[str]) -> None:
    changed = [name for name in fields if scrub(getattr(record, name), known) != getattr(record, name)]
    for name in changed:
        setattr(record, name, scrub(getattr(record, name), known))
    if changed:
        record.save(update_fields=changed)


def _scrub_trail(records: list[tuple[type, int]], known: list[str]) -> None:
    for model, pk in records:
        entries = AuditEntry.objects.filter(content_type=ContentType.objects.get_for_model(model), object_id=str(pk))
        escaped = [json.dumps(value, ensure_ascii=False)[1:-1] for value in known]  # as they sit inside JSON
        for entry in entries:
            changes = json.loads(scrub(json.dumps(entry.changes, ensure_ascii=False), escaped, guard=False))
            AuditEntry.objects.filter(pk=entry.pk).update(changes=changes, object_repr=scrub(entry.object_repr, known))


def erase(item) -> None:
    """Erase the requester of `item` everywhere; idempotent. Refused while an objection or dispute is open:
    the atasan or the Komisi Informasi may still need to know who objected."""
    if item.has_open_objection:
        raise TransitionError(_("The requester's data is kept while their objection or dispute is open."))
    known = identifiers(item)
    notice = getattr(item, "notice", None)
    objection = getattr(item, "objection", None)
    dispute = getattr(objection, "dispute", None) if objection else None
    # (model, pk) of every record whose trail is cleaned, read before a document is deleted.
    trail = [(type(record), record.pk) for record in (item, notice, objection, dispute) if record is not None]
    trail += [(type(document), document.pk) for document in (notice.documents.all() if notice else [])]
    with transaction.atomic():
        if item.id_document:
            item.id_document.delete(save=False)
        _scrub_fields(item, ("subject", "purpose", "extension_reason", "public_subject"), known)
        for event in item.events.exclude(comment=""):
            _scrub_fields(event, ("comment",), known)
        if objection is not None:
            _scrub_fields(objection, ("statement", "answer", "requester_response"), known)
        if dispute is not None:
            _scrub_fields(dispute, ("outcome",), known)
        if item.email:  # few rows, and a JSON list is searched alike on every database this way
            waiting = [message.pk for message in OutgoingEmail.objects.only("to") if item.email in message.to]
            OutgoingEmail.objects.filter(pk__in=waiting).delete()
        for letter in item.letters.exclude(pdf=""):  # kept receipts name the requester; their hashes stay
            letter.pdf.delete(save=True)
        documents = list(notice.documents.all()) if notice else []
        for document in documents:
            if document.personal_data_note:  # the requester's own data, given to them alone
                document.file.delete(save=False)
                document.delete()
        item.name, item.id_number, item.address = ERASED, "", ""
        item.occupation = item.phone = item.email = item.client_fingerprint = ""
        item.personal_data_erased_at = timezone.now()
        item.save(update_fields=["name", "id_number", "address", "occupation", "phone", "email",
                                 "client_fingerprint", "id_document", "personal_data_erased_at"])  # fmt: skip
        if notice is not None:
            _scrub_fields(notice, ("holder", "blacked_out", "refusal_reason", "material"), known)
            if notice.pdf:  # the record stays, as a redacted copy rendered from what is left
                name = notice.pdf.name.rsplit("/", 1)[-1]
                notice.pdf.delete(save=False)
                notice.pdf.save(name, ContentFile(notice.as_pdf()), save=True)
        # Last, so that the trail of the changes just made is cleaned too.
        _scrub_trail(trail, known)
