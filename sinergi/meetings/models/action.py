"""Follow-up actions (tindak lanjut): what, who is responsible, by when, and how it is going."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sinergi.core import limits


class ActionStatus(models.TextChoices):
    OPEN = "open", _("Open")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    DROPPED = "dropped", _("Dropped")


class ActionQuerySet(models.QuerySet):
    def unfinished(self):
        return self.filter(status__in=[ActionStatus.OPEN, ActionStatus.IN_PROGRESS])

    def overdue(self, today=None):
        return self.unfinished().filter(due_on__lt=today or timezone.localdate())


class Action(models.Model):
    forum = models.ForeignKey("forum.Forum", on_delete=models.CASCADE, related_name="+", verbose_name=_("forum"))
    meeting = models.ForeignKey("meetings.Meeting", null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="actions", verbose_name=_("meeting"))  # fmt: skip
    decision = models.ForeignKey("meetings.Decision", null=True, blank=True, on_delete=models.SET_NULL,
                                 related_name="actions", verbose_name=_("decision"))  # fmt: skip
    title = models.CharField(_("what"), max_length=300)
    description = models.TextField(_("details"), blank=True, max_length=limits.LONG_TEXT)
    agency = models.ForeignKey("forum.Agency", on_delete=models.PROTECT, related_name="actions",
                               verbose_name=_("responsible agency"))  # fmt: skip
    person = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="actions", verbose_name=_("responsible person"))  # fmt: skip
    due_on = models.DateField(_("due"))
    status = models.CharField(_("status"), max_length=12, choices=ActionStatus.choices, default=ActionStatus.OPEN)
    dropped_reason = models.TextField(_("why it was dropped"), blank=True, max_length=limits.REASON)
    done_at = models.DateTimeField(null=True, blank=True, verbose_name=_("done at"))
    reminded_for = models.DateField(null=True, blank=True, editable=False, verbose_name=_("reminder sent for due date"))
    overdue_notified_for = models.DateField(
        null=True, blank=True, editable=False, verbose_name=_("late notice sent for due date")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("created by")
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    updated_at = models.DateTimeField(auto_now=True)

    objects = ActionQuerySet.as_manager()

    class Meta:
        ordering = ["due_on", "id"]
        verbose_name = _("follow-up action")
        verbose_name_plural = _("follow-up actions")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("meetings:action", args=[self.pk])

    @property
    def audit_forum_id(self) -> int | None:
        return self.forum_id

    @property
    def is_finished(self) -> bool:
        return self.status in (ActionStatus.DONE, ActionStatus.DROPPED)

    def is_overdue(self, today=None) -> bool:
        return not self.is_finished and self.due_on < (today or timezone.localdate())


def progress_path(instance: ProgressNote, filename: str) -> str:
    return f"meetings/progress/{instance.action_id}/{instance.storage_key}"


class ProgressNote(models.Model):
    action = models.ForeignKey(
        Action, on_delete=models.CASCADE, related_name="notes", verbose_name=_("follow-up action")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("author")
    )
    text = models.TextField(_("progress"), max_length=limits.REASON)
    status_to = models.CharField(
        max_length=12, choices=ActionStatus.choices, blank=True, editable=False, verbose_name=_("new status")
    )
    attachment = models.FileField(_("attachment"), upload_to=progress_path, blank=True, max_length=200)
    attachment_name = models.CharField(
        max_length=200, blank=True, editable=False, verbose_name=_("attachment file name")
    )
    storage_key = models.CharField(max_length=43, blank=True, editable=False, verbose_name=_("storage name"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("progress note")
        verbose_name_plural = _("progress notes")

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def audit_forum_id(self) -> int | None:
        return self.action.forum_id
