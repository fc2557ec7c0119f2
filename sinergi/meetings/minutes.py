"""Minutes (notulen): who reads and writes them, what the public sees, and saving a draft.

The steps of the minutes (submit, withdraw, approve, send back, reopen) are methods of
`Minutes` (meetings/models/minutes.py); writing the draft lives here because it saves the
text and the whole ordered list of the meeting's decisions at once.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db import transaction
from django.utils.translation import gettext as _

from sinergi.core.audit import acting_as
from sinergi.core.permissions import allowed
from sinergi.core.workflow import TransitionError
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


def save_draft(meeting: Meeting, by, *, summary: str, outputs: str, decisions: Sequence[tuple[int | None, str]]):
    """Save the text and the whole ordered list of decisions: (id or None for a new one, text).

    Decisions of the meeting missing from the list are removed; their actions stay on the meeting.
    The row is locked while it is written, so a step taken meanwhile (submit) is never undone.
    """
    with transaction.atomic(), acting_as(by):
        minutes = Minutes.objects.select_for_update().filter(meeting=meeting).first()
        if minutes is not None:
            minutes.check_editable()
        existing = {decision.pk: decision for decision in meeting.decisions.all()}
        for pk, text in decisions:
            if not text.strip():
                raise TransitionError(_("A decision cannot be empty; write it, or remove it."))
            if pk is not None and pk not in existing:
                raise TransitionError(_("A decision was removed meanwhile. Reload the page."))
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
