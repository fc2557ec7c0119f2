"""What a release leaves behind as it moves: versions, events, comments, corrections, overrides."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sinergi.core import limits


class PartOfRelease(models.Model):
    """Something that belongs to one release, and so to the release's forum for the audit trail."""

    class Meta:
        abstract = True

    @property
    def audit_forum_id(self) -> int | None:
        return self.release.audit_forum_id


class ReleaseVersion(PartOfRelease):
    """The text of a release as it was saved; kept for the diff and after a correction."""

    release = models.ForeignKey(
        "releases.Release", on_delete=models.CASCADE, related_name="versions", verbose_name=_("release")
    )
    number = models.PositiveIntegerField(verbose_name=_("version number"))
    title = models.CharField(max_length=200, verbose_name=_("title"))
    summary = models.TextField(blank=True, max_length=limits.REASON, verbose_name=_("summary"))
    body = models.TextField(max_length=limits.DOCUMENT, verbose_name=_("body"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("created by")
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))

    class Meta:
        ordering = ["-number"]
        constraints = [models.UniqueConstraint("release", "number", name="release_version_unique")]

    def __str__(self) -> str:
        return f"v{self.number}"


class EventAction(models.TextChoices):
    CREATED = "created", _("created")
    EDITED = "edited", _("edited")
    SUBMITTED = "submitted", _("submitted to the PR head")
    AGENCY_APPROVED = "agency_approved", _("approved by the agency, sent to forum review")
    CHANGES_REQUESTED = "changes_requested", _("changes requested")
    APPROVED = "approved", _("approved by the forum")
    SCHEDULED = "scheduled", _("scheduled")
    UNSCHEDULED = "unscheduled", _("schedule cancelled")
    PUBLISHED = "published", _("published")
    PUBLISHED_URGENTLY = "published_urgently", _("published at once (serta-merta)")
    PUBLISH_FAILED = "publish_failed", _("publishing failed")
    REVIEWED_AFTER = "reviewed_after", _("reviewed after publication")
    CORRECTED = "corrected", _("corrected")
    WITHDRAWN = "withdrawn", _("withdrawn")
    ARCHIVED = "archived", _("archived")
    PII_REDACTED = "pii_redacted", _("personal data redacted")
    PII_OVERRIDDEN = "pii_overridden", _("personal-data finding overridden")


class ReleaseEvent(PartOfRelease):
    """One step of the workflow: who, when, from which state to which, and why."""

    audit_trail_exempt = True  # this is the release's own trail

    release = models.ForeignKey("releases.Release", on_delete=models.CASCADE, related_name="events")
    action = models.CharField(max_length=30, choices=EventAction.choices)
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20, blank=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    comment = models.TextField(blank=True, max_length=limits.LONG_TEXT)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.release_id}: {self.action}"


class ReleaseComment(PartOfRelease):
    """A reviewer's remark, on the whole draft or on one paragraph of it."""

    release = models.ForeignKey(
        "releases.Release", on_delete=models.CASCADE, related_name="comments", verbose_name=_("release")
    )
    version_number = models.PositiveIntegerField(verbose_name=_("version number"))
    paragraph = models.PositiveIntegerField(null=True, blank=True, verbose_name=_("paragraph"))
    quote = models.CharField(max_length=300, blank=True, verbose_name=_("quoted text"))
    body = models.TextField(_("comment"), max_length=limits.LONG_TEXT)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("author")
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    resolved_at = models.DateTimeField(null=True, blank=True, verbose_name=_("resolved at"))
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("resolved by"),
    )

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.body[:40]


class Correction(PartOfRelease):
    """A public correction notice; the text before it stays as `previous_version`."""

    release = models.ForeignKey(
        "releases.Release", on_delete=models.CASCADE, related_name="corrections", verbose_name=_("release")
    )
    note = models.TextField(_("correction notice"), max_length=limits.REASON)
    previous_version = models.ForeignKey(
        ReleaseVersion, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("previous version")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("created by")
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.note[:40]


class PiiOverride(PartOfRelease):
    """A decision that one personal-data finding may be published, with the reason."""

    release = models.ForeignKey(
        "releases.Release", on_delete=models.CASCADE, related_name="pii_overrides", verbose_name=_("release")
    )
    fingerprint = models.CharField(max_length=64, verbose_name=_("finding fingerprint"))
    kind = models.CharField(max_length=20, verbose_name=_("kind"))
    reason = models.TextField(_("reason"), max_length=limits.REASON)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("created by")
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))

    class Meta:
        constraints = [models.UniqueConstraint("release", "fingerprint", name="pii_override_unique")]

    def __str__(self) -> str:
        return f"{self.kind} {self.fingerprint}"
