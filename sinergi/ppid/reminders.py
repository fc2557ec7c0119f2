"""The daily round of the PPID clock: who has what due, and what is overdue (escalated once)."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from sinergi.core.mail import send_or_retry
from sinergi.forum.models import AgencyRoleKind, Forum, ForumRoleKind, Member
from sinergi.ppid.clock import WorkingCalendar
from sinergi.ppid.forms import agencies_kept_by
from sinergi.ppid.models import DikEntry, InformationRequest, OverviewSent, RequestAction


def escalate_overdue(forum: Forum, today: dt.date, calendar: WorkingCalendar) -> list[InformationRequest]:
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


def daily_overview(forum: Forum, today: dt.date) -> int:
    """E-mail each PPID what is due in the next working days and what is late; once a day per forum."""
    try:
        with transaction.atomic():
            OverviewSent.objects.create(forum=forum, day=today)
    except IntegrityError:
        return 0
    calendar = WorkingCalendar.for_forum(forum)
    escalate_overdue(forum, today, calendar)
    horizon = calendar.add_working_days(today, settings.PPID_REMINDER_WORKING_DAYS)
    open_items = [(item, item.notice_due_on(calendar)) for item in
                  InformationRequest.objects.open().filter(forum=forum).select_related("agency")]  # fmt: skip
    ending_by = today + dt.timedelta(days=settings.PPID_EXEMPTION_REMINDER_DAYS)
    # The annual report is due by 31 March (Perki 1/2021 Pasal 56): the PPID utama hears of it all March.
    report_due = today.month == 3
    sent = 0
    for person in _ppids(forum):
        mine = set(InformationRequest.objects.handled_by(person, forum).values_list("pk", flat=True))
        due = [(item, day) for item, day in open_items if item.pk in mine and day <= horizon]
        ending = DikEntry.objects.filter(agency__in=agencies_kept_by(person, forum), ends_on__gte=today,
                                         ends_on__lte=ending_by).select_related("agency")  # fmt: skip
        reports = report_due and person.has_forum_role(forum, ForumRoleKind.PPID_UTAMA)
        if not (due or ending or reports):
            continue
        context = {"person": person, "forum": forum, "due": due, "today": today, "ending": ending,
                   "report_due": reports, "url": settings.SITE_URL + "/ruang-kerja/ppid/permohonan/"}  # fmt: skip
        with translation.override("id"):
            subject = render_to_string("ppid/email/overview_subject.txt", context).strip()
            body = render_to_string("ppid/email/overview.txt", context)
        send_or_retry(subject, body, [person.email])
        sent += 1
    return sent


def _ppids(forum: Forum):
    utama = Member.objects.filter(forum_roles__forum=forum, forum_roles__role=ForumRoleKind.PPID_UTAMA)
    pelaksana = Member.objects.filter(
        agency_roles__agency__forum=forum, agency_roles__role=AgencyRoleKind.PPID_PELAKSANA
    )
    return (utama | pelaksana).filter(is_active=True).distinct().order_by("pk")
