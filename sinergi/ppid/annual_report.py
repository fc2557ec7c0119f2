"""The annual report (laporan layanan informasi publik): statistics computed from the records,
the narrative the PPID writes (`AnnualReport`), who may write it, and the printed report.

For one year and the whole forum or one agency. Requests count in the year they were received.
"""

from __future__ import annotations

import statistics as stats
from collections import Counter
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from sinergi.core.pdf import render_pdf
from sinergi.ppid.clock import DeadlineCalendar
from sinergi.ppid.models import AnnualReport, Decision, Held, InformationRequest, Objection, ObjectionOutcome
from sinergi.ppid.rules import is_ppid_utama, keeps_registers_of


@dataclass
class AnnualStatistics:
    year: int
    received: int = 0
    answered: int = 0
    answered_late: int = 0
    open_overdue: int = 0
    granted: int = 0
    partly_granted: int = 0
    refused: int = 0
    not_held: int = 0
    not_documented: int = 0
    refusal_grounds: Counter = field(default_factory=Counter)
    working_days_to_answer: list[int] = field(default_factory=list)
    objections: int = 0
    objections_upheld: int = 0
    objections_rejected: int = 0
    disputes: int = 0

    @property
    def mean_days(self) -> float | None:
        return round(stats.mean(self.working_days_to_answer), 1) if self.working_days_to_answer else None

    @property
    def median_days(self) -> float | None:
        return stats.median(self.working_days_to_answer) if self.working_days_to_answer else None

    def rows(self) -> list[tuple[str, object]]:
        """(label, value) in the order of the report; also the CSV."""
        rows = [
            (_("Requests received"), self.received),
            (_("Written notices given"), self.answered),
            (_("of which late"), self.answered_late),
            (_("Still open and overdue"), self.open_overdue),
            (_("Working days to the written notice (mean)"), self.mean_days if self.mean_days is not None else "–"),
            (_("Working days to the written notice (median)"), self.median_days if self.median_days is not None else "–"),
            (_("Granted in full"), self.granted),
            (_("Partly granted"), self.partly_granted),
            (_("Refused"), self.refused),
            (_("Not held (held elsewhere)"), self.not_held),
            (_("Not yet documented"), self.not_documented),
        ]  # fmt: skip
        rows += [(_("Refused or blacked out on ground %(letter)s") % {"letter": letter}, count)
                 for letter, count in sorted(self.refusal_grounds.items())]  # fmt: skip
        rows += [(_("Objections"), self.objections), (_("Objections upheld"), self.objections_upheld),
                 (_("Objections rejected"), self.objections_rejected), (_("Disputes to the Komisi Informasi"), self.disputes)]  # fmt: skip
        return rows


def annual_statistics(forum, year: int, agency=None) -> AnnualStatistics:
    calendar = DeadlineCalendar.for_forum(forum)
    result = AnnualStatistics(year=year)
    requests = InformationRequest.objects.filter(forum=forum, received_at__year=year).select_related("notice", "forum")
    if agency is not None:
        requests = requests.filter(agency=agency)
    today = forum.today()
    for item in requests:
        result.received += 1
        due = item.notice_due_on(calendar)
        notice = getattr(item, "notice", None) if item.is_answered else None
        if notice is None:
            result.open_overdue += due < today
            continue
        result.answered += 1
        issued = forum.date_of(notice.issued_at)
        result.answered_late += issued > due
        result.working_days_to_answer.append(_working_days_between(calendar, item.received_on, issued))
        result.not_held += notice.held == Held.NO
        result.not_documented += notice.held == Held.NOT_DOCUMENTED
        result.granted += notice.decision == Decision.GRANTED
        result.partly_granted += notice.decision == Decision.PARTLY
        result.refused += notice.decision == Decision.REFUSED
        if notice.decision in (Decision.PARTLY, Decision.REFUSED) and notice.exemption_ground:
            result.refusal_grounds[notice.exemption_ground] += 1
    objections = Objection.objects.filter(request__in=requests.values("pk")).select_related("dispute")
    for objection in objections:
        result.objections += 1
        result.objections_upheld += objection.outcome == ObjectionOutcome.UPHELD
        result.objections_rejected += objection.outcome == ObjectionOutcome.REJECTED
        result.disputes += hasattr(objection, "dispute")
    return result


def _working_days_between(calendar: DeadlineCalendar, start, end) -> int:
    """Working days after `start` up to and including `end` (0 when answered the same day)."""
    days, day = 0, start
    while day < end:
        day = calendar.add_working_days(day, 1)
        if day <= end:
            days += 1
    return days


def may_write_narrative(user, forum, agency=None) -> bool:
    """The PPID utama writes the forum's report and any agency's; a PPID pelaksana their agency's."""
    if agency is None:
        return is_ppid_utama(user, forum)
    return agency.forum_id == forum.pk and keeps_registers_of(user, agency)


def report_pdf(forum, year: int, agency=None) -> bytes:
    """The report as printed: A4, in Indonesian, statistics between the narrative sections."""
    report = AnnualReport.for_scope(forum, year, agency)
    sections = report.sections()
    return render_pdf("ppid/annual_report_pdf.html", {
        "forum": forum, "year": year, "agency": agency, "report": report,
        "result": annual_statistics(forum, year, agency),
        "sections_before": sections[:2], "sections_after": sections[2:],
        "today": forum.today(),
    })  # fmt: skip
