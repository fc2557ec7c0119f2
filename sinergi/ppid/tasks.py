"""Background work of the PPID: e-mails to requesters."""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django_tasks import task
from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from sinergi.core.mail import reports_to, send_templated, sent_count
from sinergi.forum.models import AgencyRoleKind, Forum, Member
from sinergi.ppid import bodies, clock
from sinergi.ppid.models import InformationRequest, Objection, WrittenNotice
from sinergi.ppid.reminders import daily_overview
from sinergi.ppid.retention import delete_id_scans, erase_past_retention

log = logging.getLogger(__name__)


@task()
def send_receipt(request_id: int) -> str:
    """E-mail the registration number and the private tracking link to the requester (always: no kind)."""
    item = InformationRequest.objects.select_related("forum").filter(pk=request_id).first()
    if item is None or not item.email:
        return "skipped"
    context = {"item": item, "url": settings.SITE_URL + item.get_tracking_url(), "notice_due_on": item.notice_due_on(),
               "periods": clock.periods(item.forum)}  # fmt: skip
    return send_templated("ppid/email/receipt", context, item.email, forum=item.forum)


@task()
def send_notice(request_id: int) -> str:
    """E-mail the requester that the written notice is ready, with their private link (the PDF is there).

    Sent only when the notice is to go by e-mail; how it ends is recorded on the notice
    (`notice_outcome`), so "received" is never claimed for a message that did not go out.
    """
    item = InformationRequest.objects.select_related("forum", "notice").filter(pk=request_id).first()
    if item is None or not hasattr(item, "notice") or not item.emails_notice:
        return "skipped"
    window = item.objection_window()
    context = {"item": item, "url": settings.SITE_URL + item.get_tracking_url(),
               "objection_by": window[1] if window else None}  # fmt: skip
    return send_templated("ppid/email/notice", context, item.email, forum=item.forum, about=f"ppid.notice:{item.notice.pk}")


@task()
def tell_documents_ready(request_id: int) -> str:
    """E-mail the requester that the documents given with their notice are on their private page."""
    item = InformationRequest.objects.select_related("forum", "notice").filter(pk=request_id).first()
    if item is None or not item.email or not hasattr(item, "notice"):
        return "skipped"
    context = {"item": item, "url": settings.SITE_URL + item.get_tracking_url() + "#dokumen",
               "documents": list(item.notice.documents.all())}  # fmt: skip
    return send_templated("ppid/email/documents", context, item.email, forum=item.forum)


@task()
def tell_of_extension(request_id: int) -> str:
    """E-mail the requester that the period is extended, why, to when, and where the letter is."""
    item = InformationRequest.objects.select_related("forum", "public_body").filter(pk=request_id).first()
    if item is None or not item.email or not item.extended_at:
        return "skipped"
    context = {"item": item, "due": item.notice_due_on(), "url": settings.SITE_URL + item.get_tracking_url(),
               "letter_url": settings.SITE_URL + reverse("ppid:track_letter_pdf", args=[item.tracking_token,
                                                                                       "perpanjangan"])}  # fmt: skip
    return send_templated("ppid/email/extension", context, item.email, forum=item.forum)


@reports_to("ppid.notice")
def notice_outcome(notice_id: int, outcome: str, reason: str) -> None:
    """The notice's e-mail went out, is being retried, or failed: its delivery state says so."""
    notice = WrittenNotice.objects.select_related("request__forum").filter(pk=notice_id).first()
    if notice is not None:
        notice.record_email_outcome(outcome, reason)


@db_periodic_task(crontab(hour=0, minute=0))  # huey's crontab reads UTC: 07.00 WIB, 08.00 WITA, 09.00 WIT
def ppid_daily_round() -> None:
    """Every morning: escalate late requests and send each PPID their overview."""
    for forum in Forum.objects.all():
        try:
            daily_overview(forum, timezone.localdate(timezone=ZoneInfo(forum.time_zone)))
        except Exception:  # one forum's trouble must not cost every other forum its round
            log.exception("The PPID daily round failed for forum %s", forum.pk)


@db_periodic_task(crontab(hour=2, minute=30))
def ppid_erase_personal_data() -> None:
    """Every night: delete the ID scans of closed requests, and erase requesters past the retention period."""
    delete_id_scans()
    erase_past_retention()


@task()
def tell_of_routing(request_id: int, comment: str = "") -> int:
    """The PPID pelaksana of the agency a request was routed or forwarded to hear of it at once."""

    item = InformationRequest.objects.select_related("forum", "agency").filter(pk=request_id).first()
    if item is None or item.agency is None:
        return 0
    people = Member.objects.filter(agency_roles__agency=item.agency, agency_roles__role=AgencyRoleKind.PPID_PELAKSANA,
                                   is_active=True).distinct().order_by("pk")  # fmt: skip
    context = {"item": item, "comment": comment, "due": item.notice_due_on(),
               "url": settings.SITE_URL + reverse("ppid_office:detail", args=[item.pk])}  # fmt: skip
    return sent_count("ppid/email/routed", context, list(people), forum=item.forum, kind="ppid.request_routed")


@task()
def tell_of_objection(request_id: int) -> int:
    """The atasan PPID, who decides, and the PPID pelaksana of the agency hear of a new objection at once."""

    objection = (
        Objection.objects.select_related("request__forum", "request__agency", "request__public_body")
        .filter(request_id=request_id)
        .first()
    )
    if objection is None:
        return 0
    item = objection.request
    atasan = Q(pk__in=bodies.atasan_of(item.public_body).values("pk"))  # the atasan of the body asked, no other
    pelaksana = Q(agency_roles__agency=item.agency, agency_roles__role=AgencyRoleKind.PPID_PELAKSANA)
    people = Member.objects.filter(atasan | pelaksana if item.agency else atasan, is_active=True).distinct()
    context = {"item": item, "objection": objection, "due": objection.answer_due_on(),
               "url": settings.SITE_URL + reverse("ppid_office:detail", args=[item.pk])}  # fmt: skip
    return sent_count("ppid/email/objection_filed", context, list(people.order_by("pk")), forum=item.forum,
                      kind="ppid.objection_filed")  # fmt: skip
