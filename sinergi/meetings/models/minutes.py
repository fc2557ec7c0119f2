"""The minutes (notulen) of a meeting: written by the secretariat, approved by the chair,
published to members and, when the chair chooses, to the public portal.

Draft -> submitted to the chair -> approved (every member reads them; the portal too when the
chair says so) or sent back to draft with the chair's comment. Approved minutes are frozen until
the chair reopens them. Each step is a method here that checks the current state, moves with a
conditional UPDATE (`core.workflow.move`), records a `MinutesEvent` and tells the people
concerned once it is committed (`meetings/effects.py`).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sinergi.core import limits, pii
from sinergi.core.workflow import TransitionError, after_commit, move


class MinutesStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Waiting for the chair")
    APPROVED = "approved", _("Approved and published to members")


class MinutesAction(models.TextChoices):
    SUBMITTED = "submitted", _("sent to the chair")
    WITHDRAWN = "withdrawn", _("taken back to change")
    APPROVED = "approved", _("approved by the chair")
    SENT_BACK = "sent_back", _("sent back by the chair")
    REOPENED = "reopened", _("reopened by the chair")


class Minutes(models.Model):
    meeting = models.OneToOneField("meetings.Meeting", on_delete=models.CASCADE, related_name="minutes", verbose_name=_("meeting"))
    summary = models.TextField(_("summary"), blank=True, max_length=limits.DOCUMENT)
    outputs = models.TextField(_("outputs"), blank=True, max_length=limits.LONG_TEXT, help_text=_("What the meeting produced besides decisions."))
    status = models.CharField(_("status"), max_length=10, choices=MinutesStatus.choices, default=MinutesStatus.DRAFT)
    is_public = models.BooleanField(_("published on the portal"), default=False)
    written_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("written by"))
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+", verbose_name=_("approved by"))  # fmt: skip
    approved_at = models.DateTimeField(null=True, blank=True, verbose_name=_("approved at"))
    chair_comment = models.TextField(_("the chair's comment"), blank=True, max_length=limits.REASON)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("minutes")
        verbose_name_plural = _("minutes")

    def __str__(self) -> str:
        return str(self.meeting)

    @property
    def audit_forum_id(self) -> int | None:
        return self.meeting.forum_id

    def check_editable(self) -> None:
        """Raise TransitionError saying why these minutes cannot be changed now."""
        if self.status == MinutesStatus.APPROVED:
            raise TransitionError(
                _("These minutes are approved and can no longer be changed. Ask the chair to reopen them first.")
            )
        if self.status == MinutesStatus.SUBMITTED:
            raise TransitionError(_("These minutes are waiting for the chair. Take them back first to change them."))

    # --- the workflow ----------------------------------------------------------------------

    def _move(self, by, action: str, to: str, allowed: set[str], comment: str = "", **fields) -> MinutesEvent:
        if self.status not in allowed:
            raise TransitionError(
                _("These minutes are “%(status)s”; that step is not possible now.")
                % {"status": self.get_status_display()}
            )
        before = self.status
        with transaction.atomic():
            move(self, by, _("Someone else changed these minutes just now. Reload the page."), {"status": before},
                 status=to, updated_at=timezone.now(), **fields)  # fmt: skip
            event = self.events.create(action=action, from_status=before, to_status=to, actor=by, comment=comment)
            after_commit(event)
        return event

    def submit(self, by) -> MinutesEvent:
        """The secretariat hands the draft to the chair, who is told by e-mail."""
        meeting = self.meeting
        if meeting.chair is None or not meeting.chair.is_active:
            raise TransitionError(_("The meeting has no chair who can approve the minutes. Choose the chair first."))
        if not self.summary.strip() and not meeting.decisions.exists():
            raise TransitionError(
                _("Write a summary or at least one decision before sending the minutes to the chair.")
            )
        return self._move(by, MinutesAction.SUBMITTED, MinutesStatus.SUBMITTED, {MinutesStatus.DRAFT}, written_by=by)

    def withdraw(self, by) -> MinutesEvent:
        """The secretariat takes submitted minutes back to change them."""
        return self._move(by, MinutesAction.WITHDRAWN, MinutesStatus.DRAFT, {MinutesStatus.SUBMITTED})

    def approve(self, by, *, public: bool) -> MinutesEvent:
        """The chair approves: every member may read the minutes, the portal too if `public`; the invited are told."""
        if public:
            self._refuse_personal_data()
        return self._move(by, MinutesAction.APPROVED, MinutesStatus.APPROVED, {MinutesStatus.SUBMITTED},
                          is_public=public, approved_by=by, approved_at=timezone.now(), chair_comment="")  # fmt: skip

    def send_back(self, by, comment: str) -> MinutesEvent:
        """The chair returns the minutes to draft, saying what should change; the writer is told."""
        if not comment.strip():
            raise TransitionError(_("Say what should change before sending the minutes back."))
        return self._move(by, MinutesAction.SENT_BACK, MinutesStatus.DRAFT, {MinutesStatus.SUBMITTED},
                          comment.strip(), chair_comment=comment.strip())  # fmt: skip

    def reopen(self, by) -> MinutesEvent:
        """The chair reopens approved minutes for changes; they leave the portal until approved again."""
        return self._move(by, MinutesAction.REOPENED, MinutesStatus.DRAFT, {MinutesStatus.APPROVED},
                          is_public=False, approved_at=None)  # fmt: skip

    def _refuse_personal_data(self) -> None:
        texts = [self.summary, self.outputs, *self.meeting.decisions.values_list("text", flat=True)]
        found = pii.find_personal_data("\n\n".join(texts))
        if found:
            kinds = ", ".join(sorted({str(finding.label) for finding in found}))
            raise TransitionError(
                _("The minutes contain personal data (%(kinds)s). Send them back to remove it, or approve them for "
                  "members only.") % {"kinds": kinds}
            )  # fmt: skip


class MinutesEvent(models.Model):
    """One step of the minutes: who, when, from which state to which, and why (the chair's comment)."""

    audit_trail_exempt = True  # this is the minutes' own trail; the state change itself is audited

    minutes = models.ForeignKey(Minutes, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(max_length=20, choices=MinutesAction.choices)
    from_status = models.CharField(max_length=10, choices=MinutesStatus.choices)
    to_status = models.CharField(max_length=10, choices=MinutesStatus.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    comment = models.TextField(blank=True, max_length=limits.REASON)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.minutes_id}: {self.action}"


class Decision(models.Model):
    """One decision (kesepakatan) of a meeting; each can raise follow-up actions."""

    meeting = models.ForeignKey("meetings.Meeting", on_delete=models.CASCADE, related_name="decisions", verbose_name=_("meeting"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    text = models.TextField(_("decision"), max_length=limits.REASON)

    class Meta:
        ordering = ["order", "id"]
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def audit_forum_id(self) -> int | None:
        return self.meeting.forum_id
