"""Follow-up actions (tindak lanjut): what, who is responsible, by when, and how it is going.

The status moves between open, in progress, done and dropped (with a reason) only through
`Action.report`, a conditional UPDATE from the status the reporter saw; every report is a
`ProgressNote` (`status_to` when it moved the status), so an action's page reads as its history.
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sinergi.core import limits
from sinergi.core.audit import acting_as
from sinergi.core.workflow import TransitionError, move

if TYPE_CHECKING:
    from sinergi.meetings.actions import CheckedFile


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

    def report(self, by, *, text: str = "", status: str = "", seen: str = "",
               attachment: CheckedFile | None = None) -> ProgressNote:  # fmt: skip
        """A progress note, perhaps moving the status and carrying a checked attachment.

        `seen` is the status the reporter saw (default: this instance's). Choosing another one moves
        the action, unless someone else moved it meanwhile; then nothing is saved. Dropping needs a reason.
        """
        text = text.strip()
        seen = seen or self.status
        status = status or seen
        if status not in ActionStatus.values:
            raise TransitionError({"status": _("Choose a status from the list.")})
        moves = status != seen
        if moves and status == ActionStatus.DROPPED and not text:
            raise TransitionError({"text": _("Say why the action is dropped.")})
        if not moves and not text and attachment is None:
            raise TransitionError({"text": _("Write what has been done, or change the status.")})
        with transaction.atomic(), acting_as(by):
            if moves:
                move(self, by, _("Someone else changed this action's status just now. Reload the page."),
                     {"status": seen}, status=status, updated_at=timezone.now(),
                     done_at=timezone.now() if status == ActionStatus.DONE else None,
                     dropped_reason=text if status == ActionStatus.DROPPED else "")  # fmt: skip
            note = ProgressNote(action=self, author=by, text=text, status_to=status if moves else "")
            if attachment is not None:
                note.storage_key = secrets.token_urlsafe(32)
                note.attachment_name = attachment.name
                note.attachment.save(note.storage_key, ContentFile(attachment.data), save=False)
            note.save()
        return note


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
