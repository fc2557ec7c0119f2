"""Loading the demo meetings of the Kepulauan Meranti forum (`meetings.demo_content`).

`load_demo_meetings(forum)` runs after the forum demo has created the agencies and members. The
kopi darat is keyed by its title and date, the series by its title, so a second run creates
nothing new (it only plans the series further ahead, as the scheduler would).
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from sinergi.forum.models import Member
from sinergi.meetings import series as planner
from sinergi.meetings.demo_content import (
    KOPDAR,
    KOPDAR_AGENDA,
    KOPDAR_ATTENDANCE,
    KOPDAR_DECISIONS,
    KOPDAR_GUESTS,
    KOPDAR_MINUTES,
    KOPDAR_SPEAKERS,
    SERIES,
    SERIES_ACTIONS,
)
from sinergi.meetings.models import (
    Action,
    ActionStatus,
    Attendance,
    Meeting,
    MeetingSeries,
    MeetingStatus,
    Minutes,
    MinutesStatus,
)

INVITED_ROLES = ("pejabat_humas", "admin_medsos")


def load_demo_meetings(forum) -> int:
    """Create the demo kopi darat and coffee-morning series if missing; returns how many meetings are new."""
    agencies = {agency.slug: agency for agency in forum.agencies.all()}
    if not {*KOPDAR["organisers"], *SERIES["organisers"]} <= agencies.keys():
        return 0  # not the demo forum
    people = {member.email: member for member in Member.objects.filter(email__endswith="@demo.test")}
    before = Meeting.objects.filter(forum=forum).count()
    with transaction.atomic():
        _kopdar(forum, agencies, people)
        _series(forum, agencies, people)
    return Meeting.objects.filter(forum=forum).count() - before


def _kopdar(forum, agencies, people) -> None:
    if Meeting.objects.filter(forum=forum, title=KOPDAR["title"], start=KOPDAR["start"]).exists():
        return
    fields = {k: v for k, v in KOPDAR.items() if k not in ("organisers", "chair")}
    meeting = Meeting.objects.create(forum=forum, chair=people.get(KOPDAR["chair"]), **fields)
    meeting.organisers.set(agencies[code] for code in KOPDAR["organisers"])
    for order, (role, email, name, organisation, topic) in enumerate(KOPDAR_SPEAKERS):
        meeting.speakers.create(role=role, member=people.get(email), name=name, organisation=organisation,
                                topic=topic, order=order)  # fmt: skip
    for order, (time, title) in enumerate(KOPDAR_AGENDA):
        meeting.agenda.create(order=order, starts_at=dt.time.fromisoformat(time), title=title)
    _invite_roles(meeting)
    _attend(meeting, [people[e] for e in KOPDAR_ATTENDANCE if e in people], guests=KOPDAR_GUESTS)
    approved = meeting.end + dt.timedelta(days=6)
    Minutes.objects.create(meeting=meeting, status=MinutesStatus.APPROVED, is_public=True, approved_at=approved,
                           approved_by=meeting.chair, written_by=people.get("moderator@demo.test"),
                           **KOPDAR_MINUTES)  # fmt: skip
    for order, (text, actions) in enumerate(KOPDAR_DECISIONS):
        decision = meeting.decisions.create(order=order, text=text)
        for title, agency, email, days, status, note in actions:
            due = meeting.local_date + dt.timedelta(days=days)
            _action(meeting, decision, title, agencies[agency], people.get(email), due, status, note)


def _series(forum, agencies, people) -> None:
    series = MeetingSeries.objects.filter(forum=forum, title=SERIES["title"]).first()
    if series is not None:
        planner.plan(series)
        return
    today = timezone.localdate()
    month = (today.month - 1 - SERIES["months_back"]) % 12 + 1
    year = today.year + (today.month - 1 - SERIES["months_back"]) // 12
    fields = {k: v for k, v in SERIES.items() if k not in ("organisers", "months_back")}
    series = MeetingSeries.objects.create(forum=forum, starts_on=dt.date(year, month, 1),
                                          created_by=people.get("moderator@demo.test"),
                                          chair=people.get("prokopim@demo.test"), **fields)  # fmt: skip
    series.organisers.set(agencies[code] for code in SERIES["organisers"])
    for role in INVITED_ROLES:
        series.invitations.create(kind="agency_role", role=role)
    planner.plan(series, today=series.starts_on)  # the past occurrences too, as if planned back then
    planner.plan(series)
    meetings = list(series.meetings.order_by("start"))
    past = [m for m in meetings if m.end < timezone.now() and m.status == MeetingStatus.SCHEDULED][::-1]
    members = [people[e] for e in ("moderator@demo.test", "prokopim@demo.test", "humas.imigrasi@demo.test",
                                   "admin.dinkes@demo.test", "pranata.bpbd@demo.test") if e in people]  # fmt: skip
    for ago, meeting in enumerate(past, start=1):
        _attend(meeting, members[: 3 + ago % 3])
        Minutes.objects.create(meeting=meeting, status=MinutesStatus.APPROVED, approved_at=meeting.end,
                               approved_by=meeting.chair, written_by=people.get("moderator@demo.test"),
                               summary="Setiap instansi melaporkan tindak lanjut pertemuan sebelumnya "
                                       "dan rencana publikasi bulan ini.")  # fmt: skip
    future = [m for m in meetings if m.start > timezone.now()]
    if len(future) > 2:
        planner.cancel(future[2], "Bertepatan dengan Musrenbang kabupaten.")
    today = timezone.localdate()
    for ago, title, agency, email, days, status, note in SERIES_ACTIONS:
        if ago <= len(past):
            meeting = past[ago - 1]
            decision = meeting.decisions.create(order=meeting.decisions.count(), text=title)
            _action(meeting, decision, title, agencies[agency], people.get(email), today + dt.timedelta(days=days),
                    status, note)  # fmt: skip


def _invite_roles(meeting) -> None:
    for role in INVITED_ROLES:
        meeting.invitations.get_or_create(kind="agency_role", role=role)


def _attend(meeting, members, guests=()) -> None:
    for member in members:
        role = member.agency_roles.filter(agency__forum=meeting.forum).select_related("agency").first()
        agency = role.agency if role else None
        Attendance.objects.create(meeting=meeting, member=member, agency=agency, name=member.full_name,
                                  organisation=agency.name if agency else "", position=member.position,
                                  method="qr")  # fmt: skip
    for name, organisation, position in guests:
        Attendance.objects.create(meeting=meeting, name=name, organisation=organisation, position=position,
                                  method="manual")  # fmt: skip


def _action(meeting, decision, title, agency, person, due, status, note) -> Action:
    action = Action.objects.create(forum=meeting.forum, meeting=meeting, decision=decision, title=title,
                                   agency=agency, person=person, due_on=due, status=status,
                                   dropped_reason=note if status == ActionStatus.DROPPED else "",
                                   created_by=meeting.created_by)  # fmt: skip
    if status == ActionStatus.DONE:
        done = dt.datetime.combine(min(due, timezone.localdate()), dt.time(15), tzinfo=timezone.get_current_timezone())
        Action.objects.filter(pk=action.pk).update(done_at=done)
    if note:
        action.notes.create(author=person, text=note, status_to=status)
    return action
