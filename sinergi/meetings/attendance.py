"""Who came to a meeting: check-in by QR code or by the secretariat, the daftar hadir, and the
attendance rates of agencies over time.

A member checks in by scanning the meeting's QR code, which carries the meeting's secret
check-in token; it is accepted only for that meeting, only while check-in is open, and never
for a cancelled meeting. Name, agency and position are copied at check-in (see
`models/attendance.py`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from sinergi.forum.models import Agency, AgencyRole, ForumRole, Member
from sinergi.meetings.invitations import invitees
from sinergi.meetings.models import Attendance, CheckInMethod, Invitation, InviteeKind, Meeting, MeetingStatus

# Check-in opens an hour before the start, for those who come early to register, and closes
# two hours after the end, for the secretariat's stragglers; a photo of the code shared later is useless.
CHECKIN_OPENS_MINUTES = 60
CHECKIN_CLOSES_MINUTES = 120
# Empty rows at the end of the printed daftar hadir, for guests who come without an invitation.
BLANK_ROWS = 8
RATE_MONTHS = 12


# --- The QR code -------------------------------------------------------------------------


def checkin_url(meeting: Meeting) -> str:
    """The absolute address the meeting's QR code carries."""
    return settings.SITE_URL + reverse("meetings:checkin", args=[meeting.pk, meeting.checkin_token])


def qr_svg(meeting: Meeting, label: str) -> str:
    """The check-in QR code as an inline SVG that scales to its box, with `label` for screen readers."""
    import segno

    code = segno.make(checkin_url(meeting), error="m")
    svg = code.svg_inline(scale=1, border=4, omitsize=True, svgclass="qr", light="#fff", dark="#000", title=label)
    return svg.replace("<svg ", '<svg role="img" focusable="false" ', 1)


# --- Checking in -------------------------------------------------------------------------


class CheckInRefused(Exception):
    """Why a check-in is not accepted; `status` is the HTTP status of the page that says so."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.message = message
        self.status = status


def window(meeting: Meeting) -> tuple[dt.datetime, dt.datetime]:
    """When check-in opens and closes."""
    return (
        meeting.start - dt.timedelta(minutes=CHECKIN_OPENS_MINUTES),
        meeting.end + dt.timedelta(minutes=CHECKIN_CLOSES_MINUTES),
    )


def is_open(meeting: Meeting, now: dt.datetime | None = None) -> bool:
    opens, closes = window(meeting)
    return not meeting.is_cancelled and opens <= (now or timezone.now()) <= closes


def refusal(meeting: Meeting, token: str, now: dt.datetime | None = None) -> CheckInRefused | None:
    """Why a scan of `token` cannot check anyone in to `meeting` now, or None if it can."""
    now = now or timezone.now()
    if not constant_time_compare(token, meeting.checkin_token):
        return CheckInRefused(
            _("This QR code is not for this meeting. Scan the code shown at the meeting you are attending."), 400
        )
    if meeting.is_cancelled:
        return CheckInRefused(_("This meeting is cancelled; there is nothing to check in to."), 410)
    opens, closes = window(meeting)
    if now < opens:
        return CheckInRefused(
            _("Check-in for this meeting opens at %(time)s on %(date)s.") % _when(opens),
            400,
        )
    if now > closes:
        return CheckInRefused(
            _("This QR code has expired: check-in closed at %(time)s on %(date)s. Ask the secretariat to add you.")
            % _when(closes),
            410,
        )
    return None


def _when(moment: dt.datetime) -> dict[str, str]:
    local = timezone.localtime(moment)
    return {"time": clock(moment), "date": date_format(local, "l, j F Y")}


def clock(moment: dt.datetime) -> str:
    """The time of day as written in Indonesian, HH.MM, in the current (the forum's) time zone."""
    return timezone.localtime(moment).strftime("%H.%M")


def pick_agency(roles, organiser_ids: set[int]):
    """The agency a person stands for at a meeting: one they hold a role in that organises it,
    else the first they joined. `roles` are their AgencyRoles in the meeting's forum."""
    roles = sorted(roles, key=lambda role: (role.since, role.pk))
    for role in roles:
        if role.agency_id in organiser_ids:
            return role.agency
    return roles[0].agency if roles else None


def agency_for(member: Member, meeting: Meeting):
    roles = AgencyRole.objects.filter(member=member, agency__forum_id=meeting.forum_id).select_related("agency")
    return pick_agency(roles, set(meeting.organisers.values_list("pk", flat=True)))


def attendance_of(meeting: Meeting, member: Member) -> Attendance | None:
    return Attendance.objects.filter(meeting=meeting, member=member).first()


def check_in(meeting: Meeting, member: Member, *, method: str = CheckInMethod.QR,
             recorded_by: Member | None = None) -> tuple[Attendance, bool]:  # fmt: skip
    """Record that `member` came, once: (the attendance, whether it is new).

    Two taps at once both get past any check made before writing; the unique constraint
    decides, and the loser gets the attendance the winner recorded.
    """
    existing = attendance_of(meeting, member)
    if existing is not None:
        return existing, False
    agency = agency_for(member, meeting)
    try:
        with transaction.atomic():
            attendance = Attendance.objects.create(
                meeting=meeting, member=member, agency=agency, name=member.full_name or member.email,
                organisation=agency.name if agency else "", position=member.position, method=method,
                recorded_by=recorded_by or member,
            )  # fmt: skip
    except IntegrityError:
        attendance = attendance_of(meeting, member)
        if attendance is None:  # not the constraint after all
            raise
        return attendance, False
    return attendance, True


def add_guest(meeting: Meeting, *, name: str, organisation: str, position: str, recorded_by: Member) -> Attendance:
    """Someone from outside the forum (a journalist, a guest speaker), written in by the secretariat."""
    return Attendance.objects.create(
        meeting=meeting, name=name.strip(), organisation=organisation.strip(), position=position.strip(),
        method=CheckInMethod.MANUAL, recorded_by=recorded_by,
    )  # fmt: skip


def attendances(meeting: Meeting):
    """The attendance of a meeting in the order people arrived: the order of the daftar hadir."""
    return meeting.attendances.select_related("agency").order_by("checked_in_at", "pk")


# --- The daftar hadir --------------------------------------------------------------------


@dataclass(frozen=True)
class SheetRow:
    name: str
    organisation: str
    position: str
    checked_in: bool


def expected(meeting: Meeting) -> list[SheetRow]:
    """Invited members and speakers who have not checked in, to sign on paper if they came."""
    came = set(meeting.attendances.exclude(member=None).values_list("member_id", flat=True))
    names = {name.casefold() for name in meeting.attendances.values_list("name", flat=True)}
    organiser_ids = set(meeting.organisers.values_list("pk", flat=True))
    rows: list[SheetRow] = []
    people = invitees(meeting).exclude(pk__in=came).with_roles_in(meeting.forum)
    for person in people:
        agency = pick_agency(person.agency_roles.all(), organiser_ids)
        rows.append(SheetRow(person.full_name, agency.name if agency else "", person.position, False))
        names.add(person.full_name.casefold())
    for speaker in meeting.speakers.select_related("member"):
        name = speaker.display_name
        if name and name.casefold() not in names and speaker.member_id not in came:
            position = speaker.member.position if speaker.member_id else ""
            rows.append(SheetRow(name, speaker.organisation, position, False))
            names.add(name.casefold())
    return rows


def sheet(meeting: Meeting) -> list[SheetRow | None]:
    """The rows of the printed daftar hadir: who checked in, who is still expected, then blank rows (None)."""
    rows: list[SheetRow | None] = [
        SheetRow(a.name, a.organisation, a.position, True) for a in attendances(meeting)
    ]  # fmt: skip
    rows.extend(expected(meeting))
    rows.extend([None] * BLANK_ROWS)
    return rows


# --- Attendance rates per agency ---------------------------------------------------------


@dataclass(frozen=True)
class Period:
    start: dt.date  # first day
    label: str

    def __str__(self) -> str:
        return self.label


@dataclass
class AgencyRates:
    agency: object
    invited: list[int]  # per period: meetings the agency was invited to
    attended: list[int]  # per period: of those, meetings someone from the agency checked in to

    @property
    def total_invited(self) -> int:
        return sum(self.invited)

    @property
    def total_attended(self) -> int:
        return sum(self.attended)

    @property
    def rate(self) -> int | None:
        """Per cent of invitations answered by someone coming, rounded; None if never invited."""
        return round(100 * self.total_attended / self.total_invited) if self.total_invited else None

    @property
    def cells(self) -> list[tuple[int, int]]:
        return list(zip(self.attended, self.invited, strict=True))


@dataclass
class Rates:
    periods: list[Period]
    rows: list[AgencyRates] = field(default_factory=list)
    meetings: int = 0

    @property
    def totals(self) -> list[tuple[int, int]]:
        """(attended, invited) summed over agencies, per period."""
        return [
            (sum(r.attended[i] for r in self.rows), sum(r.invited[i] for r in self.rows))
            for i in range(len(self.periods))
        ]


def periods(today: dt.date, quarterly: bool, months: int = RATE_MONTHS) -> list[Period]:
    """The months (or quarters) of the last `months` months, oldest first, the current one last."""
    first = _add_months(today.replace(day=1), -(months - 1))
    result: list[Period] = []
    month = first
    while month <= today:
        if quarterly:
            start = month.replace(month=(month.month - 1) // 3 * 3 + 1)
            if not result or result[-1].start != start:
                label = _("Q%(quarter)d %(year)d") % {"quarter": (start.month - 1) // 3 + 1, "year": start.year}
                result.append(Period(start, label))
        else:
            result.append(Period(month, date_format(month, "M Y")))
        month = _add_months(month, 1)
    return result


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return day.replace(year=index // 12, month=index % 12 + 1)


def rates(forum, *, quarterly: bool = False, now: dt.datetime | None = None) -> Rates:
    """For each agency, per period: the meetings it was invited to and those it attended.

    An agency is invited by an invitation to it, or through the people an invitation reaches
    (a role, a person), each counted for the agency they would check in for. It attended when
    at least one person checked in for it. A handful of queries whatever the number of
    meetings and agencies.
    """
    now = now or timezone.now()
    spans = periods(timezone.localtime(now).date(), quarterly)
    since = timezone.make_aware(dt.datetime.combine(spans[0].start, dt.time.min))
    meetings = list(
        Meeting.objects.filter(forum=forum, status=MeetingStatus.SCHEDULED, start__gte=since, start__lte=now)
        .prefetch_related("organisers")
        .only("pk", "start", "forum_id")
    )
    result = Rates(periods=spans, meetings=len(meetings))
    if not meetings:
        return result
    invited = _invited_agencies(forum, meetings)
    came = defaultdict(set)
    for meeting_id, agency_id in (
        Attendance.objects.filter(meeting__in=meetings).exclude(agency=None).values_list("meeting_id", "agency_id")
    ):
        came[meeting_id].add(agency_id)
    starts = [p.start for p in spans]
    counts: dict[int, tuple[list[int], list[int]]] = {}
    for meeting in meetings:
        day = timezone.localtime(meeting.start).date()
        column = max(i for i, start in enumerate(starts) if start <= day)
        for agency_id in invited.get(meeting.pk, ()):
            asked, went = counts.setdefault(agency_id, ([0] * len(spans), [0] * len(spans)))
            asked[column] += 1
            went[column] += agency_id in came[meeting.pk]

    agencies = Agency.objects.filter(pk__in=counts).order_by("name")
    result.rows = [AgencyRates(agency, *counts[agency.pk]) for agency in agencies]
    return result


def _invited_agencies(forum, meetings: list[Meeting]) -> dict[int, set[int]]:
    """Meeting id -> ids of the agencies its invitations reach, worked out in memory."""
    invitations = list(Invitation.objects.filter(meeting__in=meetings))
    roles_of: dict[int, list[AgencyRole]] = defaultdict(list)
    for role in AgencyRole.objects.filter(agency__forum=forum, member__is_active=True).select_related("agency"):
        roles_of[role.member_id].append(role)
    forum_roles = list(ForumRole.objects.filter(forum=forum, member__is_active=True).values_list("member_id", "role"))
    organisers = {m.pk: {a.pk for a in m.organisers.all()} for m in meetings}
    result: dict[int, set[int]] = defaultdict(set)
    for invitation in invitations:
        if invitation.kind == InviteeKind.AGENCY:
            result[invitation.meeting_id].add(invitation.agency_id)
            continue
        if invitation.kind == InviteeKind.AGENCY_ROLE:
            people = {m for m, roles in roles_of.items() if any(r.role == invitation.role for r in roles)}
        elif invitation.kind == InviteeKind.FORUM_ROLE:
            people = {m for m, role in forum_roles if role == invitation.role}
        else:
            people = {invitation.member_id}
        for person in people:
            agency = pick_agency(roles_of.get(person, ()), organisers[invitation.meeting_id])
            if agency is not None:
                result[invitation.meeting_id].add(agency.pk)
    return result


# --- The chart ---------------------------------------------------------------------------

CHART_WIDTH = 640
CHART_LABEL_WIDTH = 200
CHART_ROW_HEIGHT = 28
CHART_BAR_HEIGHT = 18


def chart(result: Rates) -> dict:
    """Geometry of a horizontal bar chart: per agency, meetings invited to (pale) and attended (dark)."""
    most = max((row.total_invited for row in result.rows), default=0) or 1
    room = CHART_WIDTH - CHART_LABEL_WIDTH - 60
    bars = []
    for i, row in enumerate(result.rows):
        y = i * CHART_ROW_HEIGHT + 4
        bars.append({
            "label": row.agency.short_name or row.agency.name,
            "y": y, "text_y": y + CHART_BAR_HEIGHT - 4,
            "invited_width": round(room * row.total_invited / most, 1),
            "attended_width": round(room * row.total_attended / most, 1),
            "value_x": CHART_LABEL_WIDTH + round(room * row.total_invited / most, 1) + 6,
            "attended": row.total_attended, "invited": row.total_invited, "rate": row.rate,
        })  # fmt: skip
    return {
        "width": CHART_WIDTH, "height": len(bars) * CHART_ROW_HEIGHT + 8, "label_width": CHART_LABEL_WIDTH,
        "bar_x": CHART_LABEL_WIDTH, "bar_height": CHART_BAR_HEIGHT, "bars": bars,
    }  # fmt: skip
