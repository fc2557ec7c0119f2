"""The PPID demo of the Kepulauan Meranti forum: a year of requests in every state, safe to load twice,
and never a requester's personal data on a public page."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from sinergi.core.models import AuditEntry
from sinergi.forum.models import AgencyRole, AgencyRoleKind, Forum, ForumRole, ForumRoleKind
from sinergi.ppid.demo import load_demo_ppid
from sinergi.ppid.demo_content import DIK, DIP, REQUESTS
from sinergi.ppid.models import (
    Decision,
    DikEntry,
    DipEntry,
    Dispute,
    DisputeResult,
    DisputeStage,
    Held,
    InformationRequest,
    Objection,
    ObjectionOutcome,
    RequestAction,
    RequestEvent,
    RequestStatus,
    ServiceCharter,
    WrittenNotice,
)
from sinergi.ppid.models.request import RequestCounter

pytestmark = pytest.mark.django_db


@pytest.fixture
def forum():
    call_command("load_demo", quiet_logins=True, stdout=io.StringIO())
    return Forum.objects.get(slug="meranti")


def requests(forum):
    return InformationRequest.objects.filter(forum=forum)


def by_key(forum, key: str) -> InformationRequest:
    return requests(forum).get(subject=next(item.subject for item in REQUESTS if item.key == key))


def counts():
    return tuple(
        model.objects.count()
        for model in (InformationRequest, RequestEvent, WrittenNotice, Objection, Dispute, DikEntry, DipEntry,
                      ServiceCharter, RequestCounter, AuditEntry)
    )  # fmt: skip


def test_loading_twice_changes_nothing(forum):
    before, numbers = counts(), sorted(requests(forum).values_list("number", flat=True))
    assert load_demo_ppid(forum) == 0
    call_command("load_demo", quiet_logins=True, stdout=io.StringIO())
    assert counts() == before
    assert sorted(requests(forum).values_list("number", flat=True)) == numbers
    assert requests(forum).count() == len(REQUESTS)
    assert DikEntry.objects.filter(agency__forum=forum).count() == len(DIK)
    assert DipEntry.objects.filter(agency__forum=forum).count() == len(DIP)


def test_a_year_of_requests_numbered_in_order_with_histories_in_order(forum):
    now = timezone.now()
    items = list(requests(forum).order_by("received_at"))
    assert now - dt.timedelta(days=366) < items[0].received_at and items[-1].received_at < now
    assert len({item.received_at.month for item in items}) >= 10  # spread over the year
    # Each body numbers its own (a request passed on later keeps the number of the body that received it).
    code = lambda item: item.number.split("/")[2]  # noqa: E731
    for year, body in {(item.received_on.year, code(item)) for item in items}:
        numbers = [item.number for item in items if item.received_on.year == year and code(item) == body]
        assert numbers == sorted(numbers) and numbers[0].startswith(f"0001/PPID/{body}/")
    for item in items:
        events = list(item.events.all())
        assert events[0].action == RequestAction.RECEIVED and events[0].created_at == item.received_at
        assert [e.created_at for e in events] == sorted(e.created_at for e in events)
        assert events[-1].created_at <= now, item.subject
        if item.status == RequestStatus.ANSWERED:
            assert item.received_at < item.notice.issued_at < now and item.notice.pdf
            assert item.events.filter(action=RequestAction.NOTICE_GIVEN, created_at=item.notice.issued_at).exists()


def test_every_state_is_there(forum):
    today = timezone.localdate()
    notices = WrittenNotice.objects.filter(request__forum=forum)
    assert {Decision.GRANTED, Decision.PARTLY, Decision.REFUSED} <= set(notices.values_list("decision", flat=True))
    assert notices.filter(held=Held.NO).exclude(holder="").exists()
    assert notices.filter(held=Held.NOT_DOCUMENTED).exists()
    for notice in notices.filter(decision__in=[Decision.PARTLY, Decision.REFUSED]):
        notice.clean()
        # the blacked-out or refused part names its ground and the agency's own DIK entry
        entry = DikEntry.objects.get(agency=notice.request.agency, ground=notice.exemption_ground,
                                     decree_number=notice.exemption_register_entry.split()[1])  # fmt: skip
        assert entry.decree_date <= timezone.localtime(notice.issued_at).date()
    partly = notices.filter(decision=Decision.PARTLY)
    assert partly.count() >= 2 and all(n.blacked_out and n.material for n in partly)

    open_items = [(item, item.notice_due_on()) for item in requests(forum).open()]
    within = [item for item, due in open_items if due >= today]
    overdue = [item for item, due in open_items if due < today]
    assert len(within) >= 3 and len(overdue) >= 2
    assert all(item.escalated_at for item in overdue) and not any(item.escalated_at for item in within)
    assert requests(forum).filter(status=RequestStatus.RECEIVED, agency__isnull=True).exists()  # to be routed
    extended = requests(forum).filter(extended_at__isnull=False)
    assert {item.status for item in extended} == {RequestStatus.ANSWERED, RequestStatus.RECEIVED}
    assert any(item in within for item in extended) and any(item in overdue for item in extended)
    late = by_key(forum, "dana-bos")
    assert late.escalated_at and timezone.localtime(late.notice.issued_at).date() > late.notice_due_on()

    events = RequestEvent.objects.filter(request__forum=forum)
    forwarded = events.filter(action=RequestAction.FORWARDED)
    assert forwarded.count() >= 2 and all(e.from_agency and e.to_agency and e.comment for e in forwarded)
    assert events.filter(action=RequestAction.ROUTED, actor__email="ppid.utama@demo.test").exists()
    assert by_key(forum, "dpt-pilkada").agency.slug == "kpu"

    objections = Objection.objects.filter(request__forum=forum)
    answered = objections.filter(answered_at__isnull=False)
    assert set(answered.values_list("outcome", flat=True)) == set(ObjectionOutcome.values)
    assert all(o.answered_by == o.request.public_body.atasan and o.answered_by_position for o in answered)
    kejari = answered.get(request__agency__slug="kejari")  # decided by the Kejari's own atasan, not the Sekda
    assert kejari.answered_by.email == "kajari@demo.test" and kejari.request.number.endswith("/PPID/KEJARI/" +
                                                                                         kejari.request.number[-4:])
    assert all(o.received_at < o.answered_at < timezone.now() for o in answered)
    pending = objections.get(answered_at__isnull=True)
    assert pending.answer_due_on() >= today

    decided = Dispute.objects.get(objection__request__forum=forum, stage=DisputeStage.DECIDED)
    assert decided.result == DisputeResult.PARTLY and decided.outcome and decided.case_number
    assert decided.filed_on < decided.mediation_on < decided.adjudication_on < decided.decided_on < today
    ongoing = Dispute.objects.get(objection__request__forum=forum, stage=DisputeStage.MEDIATION)
    assert not ongoing.result and ongoing.mediation_on < today


def test_demo_logins_and_registers(forum):
    assert ForumRole.objects.filter(forum=forum, role=ForumRoleKind.PPID_UTAMA).exists()
    assert ForumRole.objects.filter(forum=forum, role=ForumRoleKind.ATASAN_PPID).exists()
    pelaksana = AgencyRole.objects.filter(agency__forum=forum, role=AgencyRoleKind.PPID_PELAKSANA)
    assert pelaksana.values("agency").distinct().count() >= 4
    charter = ServiceCharter.objects.get(forum=forum, body__is_main=True)
    assert all(text.strip() for _heading, text in charter.elements())
    kejari = ServiceCharter.objects.get(forum=forum, body__code="KEJARI")  # a body of its own, its own maklumat
    assert "Kepala Kejaksaan Negeri" in kejari.procedure
    for entry in DikEntry.objects.filter(agency__forum=forum):
        entry.clean()  # letters a-f carry an end date
    dip = DipEntry.objects.filter(agency__forum=forum)
    assert dip.filter(release__isnull=False).count() >= 5
    assert [entry.is_stale for entry in dip].count(True) == 1


def test_no_mail_goes_to_a_real_address(forum):
    addresses = set(requests(forum).exclude(email="").values_list("email", flat=True))
    assert addresses and all(address.endswith("@example.org") for address in addresses)
    assert all(to.endswith(("@example.org", ".test")) for message in mail.outbox for to in message.to)


def test_the_public_pages_show_no_requesters_personal_data(forum):
    client = Client()
    pages, number = [], 1
    while True:
        response = client.get(reverse("ppid:public_register"), {"halaman": number})
        assert response.status_code == 200
        pages.append(response.content.decode())
        if not response.context["page"].has_next():
            break
        number += 1
    page = "\n".join(pages)
    assert "/permohonan-informasi/register/" == reverse("ppid:public_register")
    for item in requests(forum):
        assert item.number in page
        for secret in (item.name, item.id_number, item.address, item.phone, item.email):
            assert not secret or secret not in page, secret
    dip_page = client.get(reverse("public_dip")).content.decode()
    for entry in DikEntry.objects.filter(agency__forum=forum):
        assert entry.information not in dip_page
