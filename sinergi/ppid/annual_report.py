"""The annual report (laporan layanan informasi publik): statistics computed from the records,
the narrative the PPID writes (`AnnualReport`), who may write it, and the printed report.

For one year and one public body (Badan Publik), or one agency among its units. Requests count in the
year they were received, under the body they were made to.
"""

from __future__ import annotations

import hashlib
import statistics as stats
from collections import Counter
from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sinergi.core.pdf import render_pdf
from sinergi.core.workflow import TransitionError
from sinergi.forum.rules import is_active_member
from sinergi.ppid import bodies
from sinergi.ppid.clock import DeadlineCalendar
from sinergi.ppid.models import (
    AnnualReport,
    Decision,
    DisputeResult,
    Held,
    InformationRequest,
    Objection,
    ObjectionOutcome,
    PublicBody,
)
from sinergi.ppid.models.report import report_body
from sinergi.ppid.rules import keeps_registers_of


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
    objections_pending: int = 0
    objections_answered_late: int = 0
    disputes: int = 0
    dispute_results: Counter = field(default_factory=Counter)
    disputes_pending: int = 0
    court_cases: int = 0
    court_decided: int = 0

    # Working days to the written notice, as the report groups them: (label, lowest, highest).
    RESPONSE_BANDS = ((_("0-5 working days"), 0, 5), (_("6-10 working days"), 6, 10),
                      (_("11-17 working days (extended)"), 11, 17), (_("more than 17 working days"), 18, None))  # fmt: skip

    def response_bands(self) -> list[tuple[str, int]]:
        return [(label, sum(1 for days in self.working_days_to_answer if low <= days and (high is None or days <= high)))
                for label, low, high in self.RESPONSE_BANDS]  # fmt: skip

    @property
    def mean_days(self) -> float | None:
        return round(stats.mean(self.working_days_to_answer), 1) if self.working_days_to_answer else None

    @property
    def median_days(self) -> float | None:
        return stats.median(self.working_days_to_answer) if self.working_days_to_answer else None

    def rows(self) -> list[tuple[str, object]]:
        """(label, value) in the order of the report; also the CSV."""
        return self.service_rows() + self.dispute_rows()

    def service_rows(self) -> list[tuple[str, object]]:
        """Part III of the report: the requests, how long they took, how they ended (Perki 1/2021)."""
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
        rows += [(_("Written notice after %(band)s") % {"band": label}, count) for label, count in self.response_bands()]
        return rows

    def dispute_rows(self) -> list[tuple[str, object]]:
        """Part IV: objections, disputes before the Komisi Informasi, and cases in court."""
        rows = [(_("Objections"), self.objections), (_("Objections upheld"), self.objections_upheld),
                (_("Objections rejected"), self.objections_rejected),
                (_("Objections still waiting for the atasan"), self.objections_pending),
                (_("Objections answered late by the atasan"), self.objections_answered_late),
                (_("Disputes to the Komisi Informasi"), self.disputes),
                (_("Disputes not yet settled"), self.disputes_pending)]  # fmt: skip
        rows += [(_("Disputes ended: %(result)s") % {"result": DisputeResult(result).label}, count)
                 for result, count in sorted(self.dispute_results.items())]  # fmt: skip
        rows += [(_("Cases taken to court"), self.court_cases), (_("Court cases decided"), self.court_decided)]
        return rows


def annual_statistics(forum, year: int, agency=None, body=None) -> AnnualStatistics:
    calendar = DeadlineCalendar.for_forum(forum)
    result = AnnualStatistics(year=year)
    body = body or report_body(forum, agency)
    requests = (InformationRequest.objects.filter(forum=forum, public_body=body, received_at__year=year)
                .select_related("notice", "forum"))  # fmt: skip
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
    objections = Objection.objects.filter(request__in=requests.values("pk")).select_related("dispute", "request__forum")
    for objection in objections:
        result.objections += 1
        result.objections_upheld += objection.outcome == ObjectionOutcome.UPHELD
        result.objections_rejected += objection.outcome == ObjectionOutcome.REJECTED
        if objection.answered_at is None:
            result.objections_pending += 1
        else:
            result.objections_answered_late += forum.date_of(objection.answered_at) > objection.answer_due_on(calendar)
        dispute = getattr(objection, "dispute", None)
        if dispute is not None:
            result.disputes += 1
            if dispute.result:
                result.dispute_results[dispute.result] += 1
            else:
                result.disputes_pending += 1
            result.court_cases += dispute.court_filed_on is not None
            result.court_decided += dispute.court_decided_on is not None
    return result


def _working_days_between(calendar: DeadlineCalendar, start, end) -> int:
    """Working days after `start` up to and including `end` (0 when answered the same day)."""
    days, day = 0, start
    while day < end:
        day = calendar.add_working_days(day, 1)
        if day <= end:
            days += 1
    return days


def may_write_narrative(user, forum, agency=None, body=None) -> bool:
    """A body's PPID writes the body's report and any of its units'; a PPID pelaksana their agency's."""
    body = body or report_body(forum, agency)
    if body is None or body.forum_id != forum.pk:
        return False
    if agency is None:
        return is_active_member(user) and bodies.is_head_of(user, body)
    return PublicBody.objects.of_agency(agency) == body and keeps_registers_of(user, agency)


def report_pdf(forum, year: int, agency=None, body=None) -> bytes:
    """The report as printed: A4, in Indonesian, the parts of Perki 1/2021 in order, the statistics between
    the written parts; a draft is marked on every page until the PPID signs it off. A signed report is
    the PDF frozen at signing."""
    report = AnnualReport.for_scope(forum, year, agency, body)
    if report.is_signed and report.pdf:
        with report.pdf.open("rb") as stored:
            return stored.read()
    return _render(report)


def _render(report: AnnualReport) -> bytes:
    sections = dict(zip(AnnualReport.SECTIONS, report.sections(), strict=True))
    return render_pdf("ppid/annual_report_pdf.html", {
        "forum": report.forum, "body": report.body, "year": report.year, "agency": report.agency, "report": report,
        "result": annual_statistics(report.forum, report.year, report.agency, report.body),
        "policy": sections["policy"], "facilities": sections["facilities"],
        "carried_out": sections["decisions_carried_out"], "obstacles": sections["obstacles"],
        "recommendations": sections["recommendations"], "draft": not report.is_signed,
        "today": report.forum.today(),
    })  # fmt: skip


def sign_off(report: AnnualReport, by, *, name: str, position: str, nip: str, place: str) -> None:
    """The PPID signs the report of a finished year with every part written; it is frozen from then on."""
    if report.is_signed:
        raise TransitionError(_("This report has been signed off already."))
    if report.year >= report.forum.today().year:
        raise TransitionError(_("A year's report is signed off once the year has ended."))
    missing = [str(heading) for heading, text in report.sections() if not text.strip()]
    if missing:
        raise TransitionError(_("Write every part before signing off; missing: %(parts)s.") % {"parts": ", ".join(missing)})
    if not (name.strip() and position.strip()):
        raise TransitionError(_("Give the signatory's name and position."))
    with transaction.atomic():
        report.signer_name, report.signer_position = name.strip()[:200], position.strip()[:200]
        report.signer_nip, report.signed_place = nip.strip()[:30], place.strip()[:100]
        report.signed_at, report.signed_by = timezone.now(), by
        report.save()
        data = _render(report)
        report.pdf.save(f"laporan-ppid-{report.year}-{report.pk}.pdf", ContentFile(data), save=False)
        report.sha256 = hashlib.sha256(data).hexdigest()
        updated = AnnualReport.objects.filter(pk=report.pk, pdf="").update(pdf=report.pdf.name, sha256=report.sha256)
        if not updated:
            raise TransitionError(_("This report has been signed off already."))


def publish(report: AnnualReport) -> None:
    """Put a signed report on the portal."""
    if not report.is_signed:
        raise TransitionError(_("Only a signed-off report can be published."))
    AnnualReport.objects.filter(pk=report.pk, published_at__isnull=True).update(published_at=timezone.now())
    report.refresh_from_db()
