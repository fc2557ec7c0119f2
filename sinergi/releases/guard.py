"""The personal-data guard applied to a release: what it finds, where, and what is still open.

Title, summary, body and the text of every non-exempt attachment are scanned. A finding is
resolved when it is redacted (gone from the text) or overridden with a reason; each override
is remembered by the finding's fingerprint, so it survives unrelated edits.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from sinergi.core import pii
from sinergi.core.models import AuditEntry
from sinergi.releases.models import EventAction, PiiOverride, Release, ReleaseComment


@dataclass(frozen=True)
class Located:
    """A finding and the part of the release it was found in."""

    source: str  # "title", "summary", "body" or "attachment-<id>"
    source_label: str
    finding: pii.Finding
    fingerprint: str
    overridden: bool


def _texts(release: Release) -> list[tuple[str, str, str]]:
    texts = [("title", _("Title"), release.title), ("summary", _("Summary"), release.summary),
             ("body", _("Body"), release.body)]  # fmt: skip
    if release.pk:
        for attachment in release.attachments.not_exempt().select_related("release"):
            # Title and alt text are shown publicly too, not only the document's own text.
            text = "\n".join(part for part in (attachment.title, attachment.alt_text, attachment.text) if part)
            texts.append((f"attachment-{attachment.pk}", str(attachment), text))
    return texts


def scan(release: Release) -> list[Located]:
    overridden = set(release.pii_overrides.values_list("fingerprint", flat=True)) if release.pk else set()
    located = []
    for source, label, text in _texts(release):
        for finding in pii.find_personal_data(text or ""):
            mark = pii.fingerprint(finding)
            located.append(Located(source, str(label), finding, mark, mark in overridden))
    return located


def unresolved_findings(release: Release) -> list[Located]:
    return [item for item in scan(release) if not item.overridden]


def highlight(text: str, located: list[Located], source: str) -> SafeString:
    """The text, escaped, with each finding of `source` wrapped in <mark> (overridden ones marked so)."""
    parts, cursor = [], 0
    for item in sorted((i for i in located if i.source == source), key=lambda i: i.finding.start):
        finding = item.finding
        css = "pii pii-overridden" if item.overridden else "pii"
        parts.append(escape(text[cursor : finding.start]))
        parts.append(f'<mark class="{css}" title="{escape(finding.label)}">{escape(finding.text)}</mark>')
        cursor = finding.end
    parts.append(escape(text[cursor:]))
    return mark_safe("".join(parts))


def redact(release: Release, by, fingerprints: set[str]) -> int:
    """Replace the chosen findings in title, summary and body; attachments must be replaced instead."""
    removed: set[str] = set()
    for field in ("title", "summary", "body"):
        text = getattr(release, field)
        chosen = [f for f in pii.find_personal_data(text) if pii.fingerprint(f) in fingerprints]
        if chosen:
            setattr(release, field, pii.redact(text, chosen))
            removed |= {f.text for f in chosen}
    if removed:
        with transaction.atomic():
            release.save_edit(by, release.lock_version)
            scrub_history(release, removed)
            release.record(by, EventAction.PII_REDACTED, str(len(removed)))
            _clear_publish_error(release)
    return len(removed)


def scrub_history(release: Release, texts: set[str]) -> None:
    """Redaction reaches the past too: earlier versions, comment quotes and the audit trail (UU PDP)."""
    def clean(value: str) -> str:
        for text in texts:
            value = value.replace(text, pii.REDACTION_MASK)
        return value

    for version in release.versions.all():
        version.title, version.summary, version.body = clean(version.title), clean(version.summary), clean(version.body)
        version.save(update_fields=["title", "summary", "body"])
    for comment in release.comments.exclude(quote=""):
        ReleaseComment.objects.filter(pk=comment.pk).update(quote=clean(comment.quote))
    versions = [str(pk) for pk in release.versions.values_list("pk", flat=True)]
    entries = AuditEntry.objects.filter(content_type__app_label="releases").filter(
        Q(content_type__model="release", object_id=str(release.pk))
        | Q(content_type__model="releaseversion", object_id__in=versions)
    )
    for entry in entries:
        scrubbed = json.loads(clean(json.dumps(entry.changes, ensure_ascii=False)))
        if scrubbed != entry.changes:
            AuditEntry.objects.filter(pk=entry.pk).update(changes=scrubbed)


def override(release: Release, by, fingerprint: str, kind: str, reason: str) -> PiiOverride:
    """Allow one finding to be published; the reason is kept and audited."""
    with transaction.atomic():
        item, _created = PiiOverride.objects.update_or_create(
            release=release, fingerprint=fingerprint,
            defaults={"kind": kind, "reason": reason.strip(), "created_by": by},
        )  # fmt: skip
        release.record(by, EventAction.PII_OVERRIDDEN, f"{pii.KINDS.get(kind, kind)}: {reason.strip()}")
        _clear_publish_error(release)
    return item


def _clear_publish_error(release: Release) -> None:
    """A resolved finding may unblock a scheduled release: the sweep retries it once nothing blocks."""
    if not unresolved_findings(release):
        Release.objects.filter(pk=release.pk).exclude(publish_error="").update(publish_error="")
        release.publish_error = ""
