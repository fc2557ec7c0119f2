"""Minutes (notulen): written by the secretariat, approved by the chair, published to members.

Draft -> submitted to the chair -> approved (every member reads them; the portal too when the
chair says so) or sent back to draft with the chair's comment. Approved minutes are frozen until
the chair reopens them. Each step checks the current state, is recorded under the person who
took it (the audit trail), and tells the people concerned by e-mail.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sinergi.core import pii
from sinergi.core.audit import acting_as
from sinergi.core.permissions import allowed
from sinergi.core.tasks import enqueue_or_defer
from sinergi.meetings.models import Decision, Meeting, Minutes, MinutesStatus


def minutes_of(meeting: Meeting) -> Minutes | None:
    return Minutes.objects.filter(meeting=meeting).select_related("written_by", "approved_by").first()


def public_minutes():
    """The only minutes a public surface may show: approved, made public by the chair, of a public meeting."""
    return Minutes.objects.filter(status=MinutesStatus.APPROVED, is_public=True, meeting__in=Meeting.objects.public())


def may_write(user, meeting: Meeting) -> bool:
    return allowed("meetings.write_minutes", user, meeting)


def may_read(user, meeting: Meeting, minutes: Minutes | None) -> bool:
    """Approved minutes are for every member; a draft only for its writers and the chair."""
    if minutes is not None and minutes.status == MinutesStatus.APPROVED:
        return allowed("meetings.view_meeting", user, meeting)
    return may_write(user, meeting) or allowed("meetings.approve_minutes", user, meeting)


def check_editable(minutes: Minutes | None) -> None:
    """Raise ValidationError saying why these minutes cannot be changed now."""
    if minutes is None or minutes.status == MinutesStatus.DRAFT:
        return
    if minutes.status == MinutesStatus.APPROVED:
        raise ValidationError(
            _("These minutes are approved and can no longer be changed. Ask the chair to reopen them first.")
        )
    raise ValidationError(_("These minutes are waiting for the chair. Take them back first to change them."))


def save_draft(meeting: Meeting, by, *, summary: str, outputs: str, decisions: Sequence[tuple[int | None, str]]):
    """Save the text and the whole ordered list of decisions: (id or None for a new one, text).

    Decisions of the meeting missing from the list are removed; their actions stay on the meeting.
    """
    with transaction.atomic(), acting_as(by):
        minutes = Minutes.objects.select_for_update().filter(meeting=meeting).first()
        check_editable(minutes)
        existing = {decision.pk: decision for decision in meeting.decisions.all()}
        for pk, text in decisions:
            if not text.strip():
                raise ValidationError(_("A decision cannot be empty; write it, or remove it."))
            if pk is not None and pk not in existing:
                raise ValidationError(_("A decision was removed meanwhile. Reload the page."))
        minutes = minutes or Minutes(meeting=meeting)
        minutes.summary, minutes.outputs, minutes.written_by = summary.strip(), outputs.strip(), by
        minutes.save()
        kept = set()
        for position, (pk, text) in enumerate(decisions, start=1):
            decision = existing.get(pk) or Decision(meeting=meeting)
            if decision.pk is None or decision.text != text.strip() or decision.order != position:
                decision.text, decision.order = text.strip(), position
                decision.save()
            kept.add(decision.pk)
        for pk, decision in existing.items():
            if pk not in kept:
                decision.delete()
    return minutes


def _move(minutes: Minutes, by, allowed_from: set[str], to: str, **fields) -> Minutes:
    with transaction.atomic(), acting_as(by):
        current = Minutes.objects.select_for_update().get(pk=minutes.pk)
        if current.status not in allowed_from:
            raise ValidationError(
                _("These minutes are “%(status)s”; that step is not possible now.")
                % {"status": current.get_status_display()}
            )
        current.status = to
        for name, value in fields.items():
            setattr(current, name, value)
        current.save()
    minutes.refresh_from_db()
    return minutes


def submit(minutes: Minutes, by) -> Minutes:
    """The secretariat hands the draft to the chair, who is told by e-mail."""
    from sinergi.meetings.tasks import send_minutes_mail

    meeting = minutes.meeting
    if meeting.chair is None or not meeting.chair.is_active:
        raise ValidationError(_("The meeting has no chair who can approve the minutes. Choose the chair first."))
    if not minutes.summary.strip() and not meeting.decisions.exists():
        raise ValidationError(_("Write a summary or at least one decision before sending the minutes to the chair."))
    _move(minutes, by, {MinutesStatus.DRAFT}, MinutesStatus.SUBMITTED, written_by=by)
    enqueue_or_defer(send_minutes_mail, meeting.pk, "submitted", [meeting.chair_id])
    return minutes


def withdraw(minutes: Minutes, by) -> Minutes:
    """The secretariat takes submitted minutes back to change them."""
    return _move(minutes, by, {MinutesStatus.SUBMITTED}, MinutesStatus.DRAFT)


def approve(minutes: Minutes, by, *, public: bool) -> Minutes:
    """The chair approves: every member may read the minutes, the portal too if `public`; the invited are told."""
    from sinergi.meetings.invitations import invitees
    from sinergi.meetings.tasks import send_minutes_mail

    if public:
        _refuse_personal_data(minutes)
    _move(minutes, by, {MinutesStatus.SUBMITTED}, MinutesStatus.APPROVED, is_public=public, approved_by=by,
          approved_at=timezone.now(), chair_comment="")  # fmt: skip
    people = list(invitees(minutes.meeting).values_list("pk", flat=True))
    if people:
        enqueue_or_defer(send_minutes_mail, minutes.meeting_id, "approved", people)
    return minutes


def send_back(minutes: Minutes, by, comment: str) -> Minutes:
    """The chair returns the minutes to draft, saying what should change; the writer is told."""
    from sinergi.meetings.tasks import send_minutes_mail

    if not comment.strip():
        raise ValidationError(_("Say what should change before sending the minutes back."))
    _move(minutes, by, {MinutesStatus.SUBMITTED}, MinutesStatus.DRAFT, chair_comment=comment.strip())
    if minutes.written_by_id:
        enqueue_or_defer(send_minutes_mail, minutes.meeting_id, "sent_back", [minutes.written_by_id])
    return minutes


def reopen(minutes: Minutes, by) -> Minutes:
    """The chair reopens approved minutes for changes; they leave the portal until approved again."""
    return _move(minutes, by, {MinutesStatus.APPROVED}, MinutesStatus.DRAFT, is_public=False, approved_at=None)


def _refuse_personal_data(minutes: Minutes) -> None:
    texts = [minutes.summary, minutes.outputs, *minutes.meeting.decisions.values_list("text", flat=True)]
    found = pii.find_personal_data("\n\n".join(texts))
    if found:
        kinds = ", ".join(sorted({str(finding.label) for finding in found}))
        raise ValidationError(
            _("The minutes contain personal data (%(kinds)s). Send them back to remove it, or approve them for "
              "members only.") % {"kinds": kinds}
        )  # fmt: skip
