"""What the PPID office puts in each officer's inbox, with the law's deadlines in working days.

- the PPID utama: requests to route to the agency holding the information, and every late request;
- a PPID pelaksana: the requests of their agencies to answer, and notices the requester has not received
  (a failed e-mail first);
- the atasan PPID: objections to decide.
Each request appears once per person, under the most pressing step they can take on it.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from sinergi.core.contributions import InboxItem
from sinergi.forum.models import AgencyRoleKind
from sinergi.ppid import bodies
from sinergi.ppid.clock import DeadlineCalendar
from sinergi.ppid.models import DeliveryState, InformationRequest, Objection, RequestStatus


def working_days_left(calendar: DeadlineCalendar, today: dt.date, due: dt.date) -> int:
    """Working days from today to the deadline (0 on the day itself); negative, counted the same way, once late."""
    if due == today:
        return 0
    step = 1 if due > today else -1
    day, counted = today, 0
    while day != due:
        day += dt.timedelta(days=step)
        counted += calendar.is_working_day(day)
    return counted * step if due > today else -max(counted, 1)


def requests_waiting(member, forum):
    """Requests to route (PPID utama), to answer (PPID pelaksana), and late ones (PPID utama)."""
    headed = set(bodies.headed_by(member, forum).values_list("pk", flat=True))
    mine = member.agency_roles.filter(role=AgencyRoleKind.PPID_PELAKSANA, agency__forum=forum).values("agency")
    open_requests = InformationRequest.objects.open().filter(forum=forum).select_related("agency", "forum")
    open_requests = open_requests.filter(Q(public_body__in=headed) | Q(agency__in=mine))
    calendar = DeadlineCalendar.for_forum(forum)
    today = forum.today()
    pelaksana_of = set(mine.values_list("agency", flat=True))
    kind = _("Information request")
    for item in open_requests.order_by("received_at")[:200]:
        due = item.notice_due_on(calendar)
        left = working_days_left(calendar, today, due)
        utama = item.public_body_id in headed
        if utama and item.agency_id is None:
            step = _("Route to the agency that holds the information")
        elif item.agency_id in pelaksana_of:
            step = _("Give the written notice")
        elif left < 0:
            step = _("Late: the written notice is overdue")
        else:
            continue  # another agency's request, on time: theirs to answer
        yield InboxItem(item.number, reverse("ppid_office:detail", args=[item.pk]), kind, step, due_on=due,
                        days_left=left, agency=_agency(item), since=item.received_at)  # fmt: skip


def notices_not_received(member, forum):
    """Notices of the member's agencies the requester has not received: a failed e-mail first, then hand-overs."""
    mine = member.agency_roles.filter(role=AgencyRoleKind.PPID_PELAKSANA, agency__forum=forum).values("agency")
    answered = InformationRequest.objects.filter(forum=forum, agency__in=mine, status=RequestStatus.ANSWERED).exclude(
        notice__delivery_state__in=(DeliveryState.SENT, DeliveryState.HANDED_OVER))
    kind = _("Written notice")
    failed, waiting = [], []
    for item in answered.select_related("agency", "notice").order_by("notice__issued_at")[:50]:
        notice = item.notice
        if notice.delivery_state == DeliveryState.FAILED:
            failed.append(InboxItem(item.number, reverse("ppid_office:detail", args=[item.pk]) + "#penyampaian", kind,
                                    _("The e-mail to the requester failed: send it again or hand it over"),
                                    agency=_agency(item), since=notice.issued_at, urgent=True))  # fmt: skip
        elif notice.delivery_state == DeliveryState.WAITING:
            waiting.append(InboxItem(item.number, reverse("ppid_office:detail", args=[item.pk]) + "#penyampaian", kind,
                                     _("Hand the notice over to the requester and record the date"),
                                     agency=_agency(item), since=notice.issued_at))  # fmt: skip
    yield from failed + waiting


def objections_to_decide(member, forum):
    """The atasan PPID's: objections without a decision, with the working days left to answer."""
    overseen = bodies.overseen_by(member, forum)
    if not overseen.exists():
        return
    calendar = DeadlineCalendar.for_forum(forum)
    today = forum.today()
    waiting = Objection.objects.filter(request__forum=forum, request__public_body__in=overseen,
                                       answered_at__isnull=True)  # fmt: skip
    kind = _("Objection")
    for objection in waiting.select_related("request__agency", "request__forum").order_by("received_at"):
        due = objection.answer_due_on(calendar)
        yield InboxItem(objection.number, reverse("ppid_office:detail", args=[objection.request_id]), kind,
                        _("Decide the objection"), due_on=due, days_left=working_days_left(calendar, today, due),
                        agency=_agency(objection.request), since=objection.received_at)  # fmt: skip


def _agency(item: InformationRequest) -> str:
    return (item.agency.short_name or item.agency.name) if item.agency else _("not yet routed")
