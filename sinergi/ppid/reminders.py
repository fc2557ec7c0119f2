"""The daily round of the PPID clock: who has what due, and what is overdue (escalated once).

Each PPID gets one e-mail a day listing the written notices due within
`PPID_REMINDER_WORKING_DAYS` working days or late, the exemptions ending soon and, in March, the
annual report; the atasan PPID gets the objections waiting for an answer. Each deadline's
reminder is recorded once in the request's history, and a request that becomes late is
escalated to the PPID utama with its own e-mail.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from sinergi.core.mail import send_templated
from sinergi.forum.models import AgencyRoleKind, Forum, ForumRoleKind, Member
from sinergi.ppid import bodies
from sinergi.ppid.clock import DeadlineCalendar
from sinergi.ppid.forms import agencies_kept_by
from sinergi.ppid.models import DikEntry, InformationRequest, Objection, OverviewSent, PublicBody, RequestAction


def escalate_overdue(forum: Forum, today: dt.date, calendar: DeadlineCalendar) -> list[InformationRequest]:
    """Mark each request whose notice is late as escalated, once, with an event in its history."""
    escalated = []
    for item in InformationRequest.objects.open().filter(forum=forum, escalated_at__isnull=True):
        if item.notice_due_on(calendar) < today:
            with transaction.atomic():
                # A conditional update, so two workers escalate a request once.
                if InformationRequest.objects.filter(pk=item.pk, escalated_at__isnull=True).update(
                    escalated_at=timezone.now()
                ):
                    item.events.create(action=RequestAction.ESCALATED, to_agency=item.agency)
                    escalated.append(item)
    return escalated


def tell_of_escalation(forum: Forum, escalated: list[InformationRequest]) -> int:
    """The PPID utama hears at once of each request that has just become late."""
    if not escalated:
        return 0
    people = sorted({person for item in escalated for person in bodies.heads_of(item.public_body)}, key=lambda m: m.pk)
    context = {"escalated": escalated, "url": settings.SITE_URL + "/ruang-kerja/ppid/permohonan/"}
    send_templated("ppid/email/escalated", context, people, forum=forum, kind="ppid.escalation")
    return len(people)


def record_reminders(due: list[tuple[InformationRequest, dt.date]], objections) -> None:
    """Note in each request's history that its PPIDs were reminded of this deadline, once per date."""
    for item, day in due:
        if InformationRequest.objects.filter(pk=item.pk).exclude(reminded_for=day).update(reminded_for=day):
            item.events.create(action=RequestAction.REMINDED, comment=day.isoformat())
    for objection, day in objections:
        if Objection.objects.filter(pk=objection.pk).exclude(reminded_for=day).update(reminded_for=day):
            objection.request.events.create(action=RequestAction.REMINDED, comment=day.isoformat())


def daily_overview(forum: Forum, today: dt.date) -> int:
    """E-mail each PPID what is due in the next working days and what is late; once a day per forum.

    Returns how many overviews went out at once (not those held for a summary or left to the inbox)."""
    try:
        with transaction.atomic():
            OverviewSent.objects.create(forum=forum, day=today)
    except IntegrityError:
        return 0
    calendar = DeadlineCalendar.for_forum(forum)
    tell_of_escalation(forum, escalate_overdue(forum, today, calendar))
    horizon = calendar.add_working_days(today, settings.PPID_REMINDER_WORKING_DAYS)
    open_items = [(item, item.notice_due_on(calendar)) for item in
                  InformationRequest.objects.open().filter(forum=forum).select_related("agency")]  # fmt: skip
    waiting = [(objection, objection.answer_due_on(calendar)) for objection in
               Objection.objects.filter(request__forum=forum, answered_at__isnull=True).select_related("request")]  # fmt: skip
    waiting = [(objection, day) for objection, day in waiting if day <= horizon]
    ending_by = today + dt.timedelta(days=settings.PPID_EXEMPTION_REMINDER_DAYS)
    # The annual report is due by 31 March (Perki 1/2021 Pasal 56): the PPID utama hears of it all March.
    report_due = today.month == 3
    sent = 0
    reminded = [(item, day) for item, day in open_items if day <= horizon]
    for person in _ppids(forum):
        headed = bodies.headed_by(person, forum)
        handles = (
            headed.exists()
            or person.agency_roles.filter(role=AgencyRoleKind.PPID_PELAKSANA, agency__forum=forum).exists()
        )
        requests = (
            InformationRequest.objects.handled_by(person, forum) if handles else InformationRequest.objects.none()
        )
        mine = set(requests.values_list("pk", flat=True))
        due = [(item, day) for item, day in reminded if item.pk in mine]
        overseen = set(bodies.overseen_by(person, forum).values_list("pk", flat=True))
        objections = [(objection, day) for objection, day in waiting if objection.request.public_body_id in overseen]
        ending = DikEntry.objects.filter(agency__in=agencies_kept_by(person, forum), ends_on__gte=today,
                                         ends_on__lte=ending_by).select_related("agency")  # fmt: skip
        reports = report_due and headed.exists()
        if not (due or objections or ending or reports):
            continue
        context = {"due": due, "today": today, "ending": ending, "objections": objections, "report_due": reports,
                   "url": settings.SITE_URL + "/ruang-kerja/ppid/permohonan/"}  # fmt: skip
        sent += send_templated("ppid/email/overview", context, person, forum=forum, kind="ppid.overview") == "sent"
    record_reminders(reminded, waiting)
    return sent


def _ppids(forum: Forum):
    utama = Member.objects.filter(forum_roles__forum=forum, forum_roles__role__in=[ForumRoleKind.PPID_UTAMA,
                                                                                  ForumRoleKind.ATASAN_PPID])  # fmt: skip
    utama |= Member.objects.filter(pk__in=PublicBody.objects.filter(forum=forum).values("ppid_head"))
    utama |= Member.objects.filter(pk__in=PublicBody.objects.filter(forum=forum).values("atasan"))
    pelaksana = Member.objects.filter(
        agency_roles__agency__forum=forum, agency_roles__role=AgencyRoleKind.PPID_PELAKSANA
    )
    return (utama | pelaksana).filter(is_active=True).distinct().order_by("pk")
