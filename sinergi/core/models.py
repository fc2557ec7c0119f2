"""The audit trail: one row for every change to a Sinergi record."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sinergi.core import audit_display


class AuditEntry(models.Model):
    class Action(models.TextChoices):
        CREATED = "created", _("created")
        UPDATED = "updated", _("updated")
        DELETED = "deleted", _("deleted")

    at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    forum_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=64)
    object_repr = models.CharField(_("record"), max_length=300)
    changes = models.JSONField(_("changes"), default=dict, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["content_type", "object_id"])]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit trail")

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.action} {self.object_repr}"

    def readable_changes(self) -> list[audit_display.Change]:
        """What changed, under field labels and with choice labels and local dates (core/audit_display.py)."""
        return audit_display.changes(self)


class SearchDocument(models.Model):
    """One searchable record of some kind, written and read only through `core.search`.

    The engine's own index lives beside this table and is created by migration 0004: an FTS5
    table kept in step by triggers on SQLite, a generated tsvector column with a GIN index on
    PostgreSQL. Neither is part of the model, so the model stays the same on both.
    """

    audit_trail_exempt = True  # derived from the records it indexes

    kind = models.CharField(max_length=40)
    object_id = models.PositiveBigIntegerField()
    title = models.TextField()
    body = models.TextField()  # the original text, for snippets
    stemmed_title = models.TextField()  # weighs more than the body when ranking
    stemmed = models.TextField()  # the body's stems
    token_count = models.PositiveIntegerField(default=0)  # stems in both: bm25's document length
    published_at = models.DateTimeField(null=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "object_id"], name="core_searchdoc_kind_object_uniq")]
        indexes = [models.Index(fields=["kind", "published_at"], name="core_searchdoc_kind_pub_idx")]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id}: {self.title[:80]}"


class OutgoingEmail(models.Model):
    """An e-mail the mail server refused or could not take, waiting for its next attempt.

    The message lives here, not in the task queue, so the queue holds only its id: nothing
    personal stays in the queue's store, a sent message is deleted, and one given up stays
    visible to an administrator (Django admin) until `OUTGOING_EMAIL_KEEP_DAYS` have passed.
    """

    subject = models.CharField(max_length=300)
    body = models.TextField()
    to = models.JSONField(default=list)
    headers = models.JSONField(default=dict, blank=True)
    attempts = models.PositiveSmallIntegerField(default=1)
    last_error = models.TextField(blank=True)
    failed_at = models.DateTimeField(null=True, blank=True, help_text="Given up: no more attempts.")
    about = models.CharField(max_length=100, blank=True, help_text="The record told how this message ended.")
    created_at = models.DateTimeField(auto_now_add=True)

    audit_trail_exempt = True  # a delivery record

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("e-mail waiting to be sent")
        verbose_name_plural = _("e-mails waiting to be sent")

    def __str__(self) -> str:
        return self.subject


class DeferredTask(models.Model):
    """Work that could not be handed to the task queue because the queue was down.

    The step that asked for it has committed (a request registered, a release submitted), so
    its effect must not be lost: it waits here, with only the task's name and ids, until the
    queue answers again (`sinergi.core.tasks.hand_over_deferred`, every minute and at each
    worker's start).
    """

    task_path = models.CharField(max_length=200)
    args = models.JSONField(default=list)
    run_after = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    audit_trail_exempt = True  # a delivery record, like OutgoingEmail

    class Meta:
        ordering = ["pk"]
        verbose_name = _("work waiting for the task queue")
        verbose_name_plural = _("work waiting for the task queue")

    def __str__(self) -> str:
        return f"{self.task_path}{tuple(self.args)}"


class Delivery(models.TextChoices):
    """How a member wants to hear of one kind of message (see `sinergi.core.notifications`)."""

    IMMEDIATE = "immediate", _("E-mail at once")
    DAILY = "daily", _("In the daily summary")
    INBOX = "inbox", _("Only in the inbox")


class NotificationSetting(models.Model):
    """A member's choice for one kind of message; a kind without a row gets the kind's default."""

    member = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("member"), on_delete=models.CASCADE,
                               related_name="notification_settings")  # fmt: skip
    kind = models.CharField(_("kind of message"), max_length=60)
    delivery = models.CharField(_("delivery"), max_length=10, choices=Delivery.choices)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["member", "kind"], name="core_notification_member_kind_uniq")]
        verbose_name = _("notification setting")
        verbose_name_plural = _("notification settings")

    def __str__(self) -> str:
        return f"{self.kind}: {self.delivery}"


class HeldNotification(models.Model):
    """A message a member chose to read in the daily summary: its subject and link, until the summary goes."""

    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=60)
    subject = models.CharField(max_length=300)
    url = models.CharField(max_length=500, blank=True)
    # The zone of the forum the message came from: the summary goes in that forum's morning and
    # shows the time as that forum reads it (core knows no forum, only its zone).
    time_zone = models.CharField(max_length=64)
    held_at = models.DateTimeField(default=timezone.now, db_index=True)

    audit_trail_exempt = True  # a delivery record, like OutgoingEmail

    class Meta:
        ordering = ["held_at", "pk"]

    def __str__(self) -> str:
        return self.subject
