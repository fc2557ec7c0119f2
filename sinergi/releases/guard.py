"""The personal-data guard applied to a release: what it finds, where, and what is still open.

Title, summary, body and the text of every non-exempt attachment are scanned. A finding is
resolved when it is redacted (gone from the text) or overridden with a reason; each override
is remembered by the finding's fingerprint, so it survives unrelated edits.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from sinergi.core import pii
from sinergi.releases.models import EventAction, PiiOverride, Release


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
    count = 0
    for field in ("title", "summary", "body"):
        text = getattr(release, field)
        chosen = [f for f in pii.find_personal_data(text) if pii.fingerprint(f) in fingerprints]
        if chosen:
            setattr(release, field, pii.redact(text, chosen))
            count += len(chosen)
    if count:
        with transaction.atomic():
            release.save_edit(by, release.lock_version)
            release.record(by, EventAction.PII_REDACTED, str(count))
            _clear_publish_error(release)
    return count


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
