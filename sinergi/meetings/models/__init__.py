from sinergi.meetings.models.action import Action, ActionStatus, ProgressNote
from sinergi.meetings.models.attendance import Attendance, CheckInMethod
from sinergi.meetings.models.material import Material
from sinergi.meetings.models.meeting import (
    Frequency,
    Meeting,
    MeetingKind,
    MeetingSeries,
    MeetingStatus,
    OnHoliday,
    Weekday,
    WeekOfMonth,
)
from sinergi.meetings.models.minutes import Decision, Minutes, MinutesAction, MinutesEvent, MinutesStatus
from sinergi.meetings.models.people import AgendaItem, Invitation, InviteeKind, Rsvp, RsvpAnswer, Speaker, SpeakerRole

__all__ = [
    "Action",
    "ActionStatus",
    "AgendaItem",
    "Attendance",
    "CheckInMethod",
    "Decision",
    "Frequency",
    "Invitation",
    "InviteeKind",
    "Material",
    "Meeting",
    "MeetingKind",
    "MeetingSeries",
    "MeetingStatus",
    "Minutes",
    "MinutesAction",
    "MinutesEvent",
    "MinutesStatus",
    "OnHoliday",
    "ProgressNote",
    "Rsvp",
    "RsvpAnswer",
    "Speaker",
    "SpeakerRole",
    "WeekOfMonth",
    "Weekday",
]
