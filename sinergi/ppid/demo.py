"""Loading the PPID demo of the Kepulauan Meranti forum (`ppid.demo_content`).

`load_demo_ppid(forum)` runs after the forum and release demos. It adds, where missing: the
maklumat pelayanan, the DIK and DIP entries, and a year of information requests in every state.

Each request goes through the workflow the office uses (`route`, `forward`, `extend`,
`give_notice`, `Objection.decide`, `Dispute.record`), as the demo's own PPIDs and atasan, and each
step is then back-dated in working days from the day of loading, so the clock shows requests
answered, open, extended, overdue and escalated. A request is keyed by its subject: its number
comes from the forum's counter and differs between databases, its subject never changes. A
second run creates nothing and writes nothing.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone

from sinergi.forum import demo as forum_demo
from sinergi.forum.models import AgencyRole, AgencyRoleKind, ForumRole, ForumRoleKind, Member
from sinergi.ppid.clock import DeadlineCalendar
from sinergi.ppid.demo_content import (
    ATASAN_POSITION,
    CHARTER,
    DELIVERY_TEXT,
    DIK,
    DIP,
    FORM_TEXT,
    KEJARI_CHARTER,
    REQUESTS,
    DemoRequest,
)
from sinergi.ppid.disputes import DisputeForm
from sinergi.ppid.models import (
    Decision,
    DeliveryState,
    DikEntry,
    DipEntry,
    HandOver,
    Held,
    InformationRequest,
    IssuedLetter,
    LetterKind,
    Objection,
    PublicBody,
    PublicBodyKind,
    PublicBodyUnit,
    RequestAction,
    RequestEvent,
    ServiceCharter,
    WrittenNotice,
)
from sinergi.ppid.models.public_body import main_body_name
from sinergi.releases.demo_content import RELEASES
from sinergi.releases.models import Release

WIB = ZoneInfo("Asia/Jakarta")
_DEMO_EMAILS = [person[0] for person in forum_demo.PEOPLE]
_DIK_LABELS = {entry.decree_number: entry.label for entry in DIK}
# The hour (WIB) of each kind of step; the daily round escalates at 07.00.
_HOURS = {"route": (10, 30), "forward": (11, 0), "extend": (13, 30), "escalate": (7, 0), "notice": (15, 0),
          "objection": (11, 15), "answer": (14, 30), "dispute": (10, 0)}  # fmt: skip


def load_demo_ppid(forum) -> int:
    """Create the forum's demo PPID records that do not exist yet; returns how many requests were new."""
    agencies = {agency.slug: agency for agency in forum.agencies.all()}
    if not ServiceCharter.objects.filter(forum=forum, body__is_main=True).exists():
        ServiceCharter.objects.create(forum=forum, **CHARTER)
    _dik(agencies)
    _dip(forum, agencies)
    people = _People(forum)
    _public_bodies(forum, agencies, people)
    kejari = PublicBody.objects.filter(forum=forum, code="KEJARI").first()
    if kejari is not None and not ServiceCharter.objects.filter(body=kejari).exists():
        ServiceCharter.objects.create(forum=forum, body=kejari, **KEJARI_CHARTER)
    clock = _Clock(forum)
    created = 0
    for item in sorted(REQUESTS, key=lambda r: -r.ago):  # in order of arrival, so numbers follow the dates
        needed = {item.agency, *(step[1] for step in (item.routed, item.forwarded) if step)} - {""}
        if not needed <= agencies.keys():  # not the demo forum, or an agency was removed: leave it be
            continue
        if InformationRequest.objects.filter(forum=forum, subject=item.subject).exists():
            continue
        with transaction.atomic():
            _create(forum, item, agencies, people, clock)
        created += 1
    return created


def _dik(agencies) -> None:
    for entry in DIK:
        agency = agencies.get(entry.agency)
        if agency is None or DikEntry.objects.filter(agency=agency, decree_number=entry.decree_number).exists():
            continue
        dik = DikEntry(agency=agency, information=entry.information, ground=entry.ground,
                       legal_basis=entry.legal_basis, consequence=entry.consequence,
                       public_interest=entry.public_interest, ends_on=entry.ends_on,
                       decree_number=entry.decree_number, decree_date=entry.decree_date)  # fmt: skip
        dik.clean()  # an exemption under letters a-f carries its end date
        dik.save()


def _dip(forum, agencies) -> None:
    titles = {item.key: (item.agency, item.title) for item in RELEASES}
    today = timezone.localdate()
    for entry in DIP:
        agency = agencies.get(entry.agency)
        if agency is None or DipEntry.objects.filter(agency=agency, summary=entry.summary).exists():
            continue
        release = None
        if entry.release in titles:
            slug, title = titles[entry.release]
            release = Release.objects.filter(agency__forum=forum, agency__slug=slug, title=title).first()
        updated = entry.updated if isinstance(entry.updated, dt.date) else today - dt.timedelta(days=entry.updated)
        DipEntry.objects.create(agency=agency, summary=entry.summary, held_by=entry.held_by,
                                responsible=entry.responsible, made=entry.made, available_as=entry.available_as,
                                retention=entry.retention, kip_class=entry.kip_class,
                                berkala_item=entry.berkala_item, release=release, updated_on=updated)  # fmt: skip


# The demo's public bodies besides the regency's government: (agency, atasan's e-mail, place).
OWN_BODIES = {"kejari": "kajari@demo.test", "imigrasi": "kakanim@demo.test", "polres": "", "kpu": "", "setwan": ""}


def _public_bodies(forum, agencies: dict, people: _People) -> None:
    """The regency's government (PPID utama and Sekda) and a body of its own for each vertical agency and the
    DPRD, as the migration makes them for real forums."""
    sekda = people.atasan
    main, _created = PublicBody.objects.get_or_create(forum=forum, is_main=True, defaults={
        "name": main_body_name(forum), "code": forum.slug.upper()})  # fmt: skip
    if main.ppid_head is None and main.atasan is None:  # as the forum's demo left it: fill in its PPID and atasan
        PublicBody.objects.filter(pk=main.pk).update(
            place="Selatpanjang", ppid_head=people.utama, ppid_position=getattr(people.utama, "position", ""),
            atasan=sekda, atasan_position=ATASAN_POSITION)  # fmt: skip
    for slug, atasan_email in OWN_BODIES.items():
        agency = agencies.get(slug)
        if agency is None or PublicBody.objects.filter(forum=forum, code=slug.upper()).exists():
            continue
        head = people.ppid(agency) if people.ppid(agency) != people.utama else None
        atasan = Member.objects.filter(email=atasan_email, is_active=True).first() if atasan_email else None
        body = PublicBody.objects.create(
            forum=forum, code=slug.upper(), name=agency.name, place="Selatpanjang",
            kind=PublicBodyKind.DPRD if agency.kind == "dprd" else PublicBodyKind.VERTICAL,
            ppid_head=head, ppid_position=head.position if head else "",
            atasan=atasan, atasan_position=f"{atasan.position} selaku Atasan PPID" if atasan else "",
        )  # fmt: skip
        PublicBodyUnit.objects.create(body=body, agency=agency)


class _People:
    """Who handles the demo requests: only the forum demo's own members, never a real user."""

    def __init__(self, forum):
        roles = AgencyRole.objects.filter(agency__forum=forum, role=AgencyRoleKind.PPID_PELAKSANA,
                                          member__email__in=_DEMO_EMAILS, member__is_active=True)  # fmt: skip
        self._pelaksana = {}
        for role in roles.select_related("member", "agency").order_by("member__email"):
            self._pelaksana.setdefault(role.agency.slug, role.member)
        found = {}
        for role in ForumRole.objects.filter(forum=forum, member__email__in=_DEMO_EMAILS).select_related("member"):
            found.setdefault(str(role.role), role.member)
        self.utama = found.get(ForumRoleKind.PPID_UTAMA.value)
        self.atasan = found.get(ForumRoleKind.ATASAN_PPID.value)

    def ppid(self, agency):
        """The agency's PPID pelaksana, or the PPID utama who answers for agencies without one."""
        return (self._pelaksana.get(agency.slug) if agency else None) or self.utama


class _Clock:
    """Dates in working days on the forum's own calendar, counted from the day of loading."""

    def __init__(self, forum):
        self.calendar = DeadlineCalendar.for_forum(forum)
        self.now = timezone.now()
        self.today = timezone.localtime(self.now, WIB).date()

    def working_days_ago(self, days: int) -> dt.date:
        day, counted = self.today, 0
        while counted < days:
            day -= dt.timedelta(days=1)
            counted += self.calendar.is_working_day(day)
        return day

    def after(self, day: dt.date, days: int) -> dt.date:
        return self.calendar.add_working_days(day, days) if days else day

    def at(self, day: dt.date, step: str) -> dt.datetime:
        hour, minute = _HOURS[step]
        return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=WIB)


def _create(forum, item: DemoRequest, agencies, people: _People, clock: _Clock) -> InformationRequest:
    who = item.requester
    received_on = clock.working_days_ago(item.ago)
    # Arrivals spread over the morning, a few minutes apart from one request to the next.
    received_at = dt.datetime.combine(received_on, dt.time(8, 10), tzinfo=WIB) + dt.timedelta(
        minutes=(item.ago * 37) % 240
    )
    request = InformationRequest(
        forum=forum, agency=agencies.get(item.agency), received_at=received_at, channel=item.channel,
        requester_type=who.kind, name=who.name, id_number=who.id_number, address=who.address,
        occupation=who.occupation, phone=who.phone, email=who.email, subject=item.subject, purpose=item.purpose,
        access=item.access, form=item.form, delivery=item.delivery,
    )  # fmt: skip
    request.save()  # issues the registration number and records the receipt
    InformationRequest.objects.filter(pk=request.pk).update(created_at=received_at)
    _backdate_last(request, received_at)

    if item.routed:
        day, to, comment = item.routed
        request.route(agencies[to], people.utama, comment)
        _backdate_last(request, clock.at(clock.after(received_on, day), "route"))
    if item.forwarded:
        day, to, reason = item.forwarded
        request.forward(agencies[to], people.ppid(request.agency), reason)
        _backdate_last(request, clock.at(clock.after(received_on, day), "forward"))
    if item.extended:
        day, reason = item.extended
        extended_at = clock.at(clock.after(received_on, day), "extend")
        request.extend(people.ppid(request.agency), reason, today=request.forum.date_of(extended_at))
        InformationRequest.objects.filter(pk=request.pk).update(extended_at=extended_at)
        request.extended_at = extended_at
        _backdate_last(request, extended_at)

    if item.ago > 2:  # the newest requests still wait for a PPID to check their public subject
        checked_at = request.events.order_by("-created_at", "-pk").first().created_at + dt.timedelta(minutes=30)
        request.check_public_subject(people.ppid(request.agency), request.suggested_public_subject())
        InformationRequest.objects.filter(pk=request.pk).update(public_subject_checked_at=checked_at)
        request.public_subject_checked_at = checked_at
        _backdate_last(request, checked_at)

    due = request.notice_due_on(clock.calendar)
    notice_on = clock.after(received_on, item.notice.day) if item.notice else None
    _escalate_if_late(request, due, notice_on, clock)
    if item.notice:
        _notice(request, item, clock.at(notice_on, "notice"), people)
    if item.objection:
        _objection(request, item, notice_on or due, people, clock)
    return request


def _escalate_if_late(request: InformationRequest, due: dt.date, notice_on: dt.date | None, clock: _Clock) -> None:
    """As the daily round does: the morning after the notice was due and did not come."""
    escalated_at = clock.at(due + dt.timedelta(days=1), "escalate")
    if (notice_on is not None and notice_on <= due) or escalated_at > clock.now:
        return
    InformationRequest.objects.filter(pk=request.pk).update(escalated_at=escalated_at)
    request.escalated_at = escalated_at
    event = request.events.create(action=RequestAction.ESCALATED, to_agency=request.agency)
    _backdate(event, escalated_at)


def _notice(request: InformationRequest, item: DemoRequest, issued_at: dt.datetime, people: _People) -> None:
    spec, by = item.notice, people.ppid(request.agency)
    dik = DikEntry.objects.filter(agency__forum=request.forum, decree_number=spec.dik).first() if spec.dik else None
    label = _DIK_LABELS.get(spec.dik, "")
    notice = WrittenNotice(
        request=request, issued_by=by, held=spec.held, holder=spec.holder, decision=spec.decision,
        blacked_out=spec.blacked_out, exemption_ground=spec.ground, refusal_reason=spec.refusal_reason,
        exemption_register_entry=f"SK {dik.decree_number} ({label})" if dik else "",
        material=spec.material, form=FORM_TEXT[request.form], delivery=DELIVERY_TEXT[request.delivery],
        cost=spec.cost, payment_method=spec.payment_method, consequence=dik.consequence if dik else "",
        ready_by=issued_at.date() + dt.timedelta(days=14) if spec.held == Held.NOT_DOCUMENTED else None,
        cost_details=f"{spec.cost // 500} lembar × Rp500 penggandaan" if spec.cost else "",
        provided_within="bersama pemberitahuan ini" if spec.decision in (Decision.GRANTED, Decision.PARTLY) else "",
    )  # fmt: skip
    notice.clean()  # what each answer must state
    # `issued_at` is set when the notice is first saved; saved and back-dated before `give_notice`
    # saves it again, the PDF it renders carries the day the notice was given.
    notice.save()
    WrittenNotice.objects.filter(pk=notice.pk).update(issued_at=issued_at)
    notice.issued_at = issued_at
    request.give_notice(notice, by)
    _backdate(request.events.filter(action=RequestAction.NOTICE_GIVEN).latest("pk"), issued_at)
    _delivered(request, notice, issued_at)


def _delivered(request: InformationRequest, notice: WrittenNotice, issued_at: dt.datetime) -> None:
    """As it went: e-mail on the day of issue, a collected notice two days later; one issued in the
    last three days is still waiting to be collected, for the PPID's inbox."""
    issued_on = request.forum.date_of(issued_at)
    if request.emails_notice:
        WrittenNotice.objects.filter(pk=notice.pk).update(delivery_state=DeliveryState.SENT, delivered_on=issued_on)
        # The e-mail may have gone at once (no transaction around the demo): its line is dated, not doubled.
        emailed = request.events.filter(action=RequestAction.EMAILED).first()
        _backdate(emailed or request.events.create(action=RequestAction.EMAILED), issued_at)
    elif issued_on + dt.timedelta(days=3) <= request.forum.today():
        collected = issued_on + dt.timedelta(days=2)
        WrittenNotice.objects.filter(pk=notice.pk).update(delivery_state=DeliveryState.HANDED_OVER,
                                                          delivered_on=collected, handed_over_how=HandOver.IN_PERSON)  # fmt: skip
        event = request.events.create(action=RequestAction.DELIVERED, comment=f"{HandOver.IN_PERSON.label} {collected}")
        _backdate(event, issued_at + dt.timedelta(days=2))


def _objection(request: InformationRequest, item: DemoRequest, arose: dt.date, people: _People, clock: _Clock):
    spec = item.objection
    filed_at = clock.at(clock.after(arose, spec.day), "objection")
    # `file_objection` checks the period against today; a back-dated objection is recorded as it
    # would have been on its day: the objection and its line in the request's history.
    objection = Objection.objects.create(request=request, received_at=filed_at, grounds=sorted(set(spec.grounds)),
                                         statement=spec.statement)  # fmt: skip
    _backdate(request.events.create(action=RequestAction.OBJECTED, comment=", ".join(objection.grounds)), filed_at)
    if spec.answered is None:
        return
    answered_at = clock.at(clock.after(filed_at.date(), spec.answered), "answer")
    body = request.public_body  # the body asked decides: a Kejari objection goes to the Kejari's own atasan
    objection.decide(body.atasan or people.atasan, spec.outcome, spec.answer, body.atasan_position or ATASAN_POSITION)
    Objection.objects.filter(pk=objection.pk).update(answered_at=answered_at, requester_response=spec.requester_response)
    objection.answered_at, objection.requester_response = answered_at, spec.requester_response
    IssuedLetter.objects.filter(request=request, kind=LetterKind.OBJECTION_ANSWER).update(
        issued_on=request.forum.date_of(answered_at))
    _backdate_last(request, answered_at)
    if spec.dispute:
        _dispute(objection, spec.dispute, answered_at.date(), people, clock)


def _dispute(objection: Objection, spec, answered_on: dt.date, people: _People, clock: _Clock) -> None:
    """Recorded stage by stage, as the PPID utama would note each letter from the Komisi Informasi."""
    filed_on = clock.after(answered_on, spec.filed)
    stages = [("filed_on", filed_on)]
    if spec.mediation is not None:
        stages.append(("mediation_on", clock.after(filed_on, spec.mediation)))
    if spec.adjudication is not None:
        stages.append(("adjudication_on", clock.after(stages[-1][1], spec.adjudication)))
    if spec.decided is not None:
        stages.append(("decided_on", clock.after(stages[-1][1], spec.decided)))
    data = {"case_number": spec.case_number.format(year=filed_on.year), "result": "", "outcome": ""}
    dispute = None
    for name, day in stages:
        data[name] = day
        if name == "decided_on":
            data.update(result=spec.result, outcome=spec.outcome)
        form = DisputeForm(data=dict(data), instance=dispute, objection=objection)
        if not form.is_valid():
            raise ValueError(f"demo dispute of {objection.request}: {form.errors.as_text()}")
        dispute = form.save(commit=False)
        dispute.record(people.utama)
        _backdate_last(objection.request, clock.at(day, "dispute"))


def _backdate_last(request: InformationRequest, at: dt.datetime) -> None:
    """The step just taken happened at `at`."""
    _backdate(request.events.order_by("-pk").first(), at)


def _backdate(event: RequestEvent, at: dt.datetime) -> None:
    RequestEvent.objects.filter(pk=event.pk).update(created_at=at)
    event.created_at = at
