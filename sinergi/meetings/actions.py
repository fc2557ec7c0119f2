"""Follow-up actions (tindak lanjut): raised from a meeting or one of its decisions, reported on, reminded.

Reports and status changes are `Action.report` (meetings/models/action.py); an attachment is
checked here first. Reminders go out a few days before the due date and once when it has passed,
each once per due date: the row is claimed with a conditional UPDATE, so two runs of the task
(or two workers) send one e-mail.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from sinergi.core.audit import acting_as
from sinergi.core.tasks import enqueue_or_defer
from sinergi.forum.models import AgencyRoleKind, Forum, ForumRoleKind, Member
from sinergi.meetings import materials
from sinergi.meetings.models import Action, ActionStatus, Meeting, MeetingStatus
from sinergi.meetings.tasks import send_action_mail

# How many days before the due date the responsible person is reminded.
REMIND_DAYS_BEFORE = 3
# Fields of an action its raiser may change later.
EDITABLE_FIELDS = ("title", "description", "agency", "person", "due_on", "decision")


# --- raising and editing --------------------------------------------------------------------


def check_due_on(due_on: dt.date, today: dt.date | None = None) -> None:
    if due_on < (today or timezone.localdate()):
        raise ValidationError({"due_on": _("The due date has passed; choose today or a later date.")})


def _check(meeting: Meeting, fields: dict, *, new_due_date: bool) -> None:
    """Raise ValidationError, keyed by field, for what a person must put right; tidy the title."""
    fields["title"] = (fields.get("title") or "").strip()
    if not fields["title"]:
        raise ValidationError({"title": _("Say what is to be done.")})
    agency = fields.get("agency")
    if agency is None or agency.forum_id != meeting.forum_id:
        raise ValidationError({"agency": _("Choose the responsible agency.")})
    if fields.get("due_on") is None:
        raise ValidationError({"due_on": _("Choose the due date.")})
    if new_due_date:
        check_due_on(fields["due_on"])
    decision = fields.get("decision")
    if decision is not None and decision.meeting_id != meeting.pk:
        raise ValidationError({"decision": _("That decision belongs to another meeting.")})
    person = fields.get("person")
    if person is not None and not person.is_active:
        raise ValidationError({"person": _("This person's account is no longer active.")})


def raise_action(meeting: Meeting, by, **fields) -> Action:
    """A new action on the meeting (and one of its decisions, if given); the responsible are told."""
    _check(meeting, fields, new_due_date=True)
    with transaction.atomic(), acting_as(by):
        action = Action.objects.create(forum_id=meeting.forum_id, meeting=meeting, created_by=by, **fields)
    enqueue_or_defer(send_action_mail, action.pk, "assigned", [p.pk for p in responsible_people(action)])
    return action


def change_action(action: Action, by, **fields) -> Action:
    """Correct what, who or when; a due date already past may stay, but not be newly set."""
    if action.meeting is None:
        raise ValidationError(_("This action's meeting was removed; it can no longer be changed."))
    # Compare with the stored date: a model form has already copied the new one onto `action`.
    stored_due_on = Action.objects.values_list("due_on", flat=True).get(pk=action.pk)
    _check(action.meeting, fields, new_due_date=fields.get("due_on") != stored_due_on)
    with transaction.atomic(), acting_as(by):
        for name in EDITABLE_FIELDS:
            if name in fields:
                setattr(action, name, fields[name])
        action.save()
    return action


# --- attachments ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckedFile:
    data: bytes
    name: str  # the name it is downloaded under, its extension proved by the content


def check_attachment(upload) -> CheckedFile:
    """A PDF, an image or a Word/Excel/PowerPoint file, checked by content as the library checks its
    materials; or ValidationError (on the `attachment` field) saying why not."""
    try:
        checked = materials.check(upload)
    except ValidationError as error:
        raise ValidationError({"attachment": error.messages}) from None
    return CheckedFile(checked.data, materials.download_name(upload.name or "", checked.extension))


# --- the meeting's page: what came of it ---------------------------------------------------------


def previous_meeting(meeting: Meeting) -> Meeting | None:
    """The meeting of the same series held before this one."""
    if meeting.series_id is None:
        return None
    earlier = Meeting.objects.filter(series_id=meeting.series_id, start__lt=meeting.start,
                                     status=MeetingStatus.SCHEDULED)  # fmt: skip
    return earlier.order_by("-start").first()


def carried_over(meeting: Meeting):
    """The previous meeting's actions not yet done or dropped: where this meeting starts from."""
    previous = previous_meeting(meeting)
    if previous is None:
        return previous, Action.objects.none()
    return previous, previous.actions.unfinished().select_related("agency", "person")


# --- the board --------------------------------------------------------------------------------


@dataclass
class Column:
    status: str
    label: str
    actions: list
    count: int


def answered_for_by(member, forum=None):
    """The actions a member answers for: their own, and all of their agency's as its head of PR (who owns them)."""
    heads_of = member.agency_roles.filter(role=AgencyRoleKind.PEJABAT_HUMAS).values("agency")
    actions = Action.objects.filter(Q(person=member) | Q(agency__in=heads_of))
    return actions.filter(forum=forum) if forum is not None else actions


BOARD_FINISHED_DAYS = 90  # done and dropped actions stay on the board this long


def board(actions, today: dt.date | None = None) -> list[Column]:
    """The actions by status, each column in due-date order, the overdue ones flagged."""
    today = today or timezone.localdate()
    columns = []
    finished_since = today - dt.timedelta(days=BOARD_FINISHED_DAYS)
    for status, label in ActionStatus.choices:
        column = actions.filter(status=status)
        if status in (ActionStatus.DONE, ActionStatus.DROPPED):
            column = column.filter(updated_at__date__gte=finished_since)
        items = list(column.select_related("agency", "person", "meeting"))
        for item in items:
            item.overdue = item.is_overdue(today)
        columns.append(Column(status, label, items, len(items)))
    return columns


# --- reminders ------------------------------------------------------------------------------


def responsible_people(action: Action) -> list[Member]:
    """The responsible person, or else the responsible agency's heads of PR."""
    if action.person_id and action.person.is_active:
        return [action.person]
    return list(Member.objects.filter(is_active=True, agency_roles__agency_id=action.agency_id,
                                      agency_roles__role=AgencyRoleKind.PEJABAT_HUMAS).distinct())  # fmt: skip


def secretariat(forum_id: int) -> list[Member]:
    return list(Member.objects.filter(is_active=True, forum_roles__forum_id=forum_id,
                                      forum_roles__role=ForumRoleKind.MODERATOR).distinct())  # fmt: skip


def _not_yet(field: str) -> Q:
    """The bookkeeping field does not hold the action's current due date (a NULL counts as not)."""
    return Q(**{f"{field}__isnull": True}) | Q(**{f"{field}__lt": F("due_on")}) | Q(**{f"{field}__gt": F("due_on")})


def send_reminders(today: dt.date | None = None) -> dict[str, int]:
    """Remind of actions due within a few days, and report those overdue; each once per due date."""
    sent = {"due_soon": 0, "overdue": 0}
    for forum in Forum.objects.all():
        with timezone.override(forum.time_zone):
            day = today or timezone.localdate()
        actions = Action.objects.filter(forum=forum).unfinished()
        soon = actions.filter(_not_yet("reminded_for"), due_on__gte=day,
                              due_on__lte=day + dt.timedelta(days=REMIND_DAYS_BEFORE))  # fmt: skip
        for action in soon:
            sent["due_soon"] += _claim_and_send(action, "reminded_for", "due_soon")
        for action in actions.filter(_not_yet("overdue_notified_for"), due_on__lt=day):
            sent["overdue"] += _claim_and_send(action, "overdue_notified_for", "overdue")
    return sent


def _claim_and_send(action: Action, field: str, message: str) -> int:
    with transaction.atomic():
        claimed = Action.objects.filter(_not_yet(field), pk=action.pk).unfinished().update(**{field: F("due_on")})
        if not claimed:
            return 0  # another run got there first
        people = responsible_people(action)
        if message == "overdue" or not people:
            people += [p for p in secretariat(action.forum_id) if p not in people]
        if people:
            enqueue_or_defer(send_action_mail, action.pk, message, [p.pk for p in people])
    return 1
